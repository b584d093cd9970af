import Testing

@testable import OrderPolicy

/// Which events may start each window, written by hand from POLICY-FACTS ("A time window counts from the event
/// that starts it"): F4 from the request, F5 from the payment, F6 from the approval, the warehouse's receipt of a
/// return or the dispute's resolution.
struct WindowStartTests {
    @Test(
        "each window lists the events allowed to start it",
        arguments: [
            (PolicyWindow.sellerReply, [WindowStart]()),
            (.sellerResponse, [.cancellationRequest]),
            (.shipping, [.payment]),
            (.refund, [.sellerApproval, .returnReceipt, .disputeResolution]),
        ])
    func windowStarts(window: PolicyWindow, starts: [WindowStart]) {
        #expect(window.starts == starts)
    }

    @Test("the table above covers every window")
    func everyWindow() {
        #expect(PolicyWindow.allCases.count == 4)
    }

    @Test(
        "a refund counts from an approval only for a cancelled order, from a return's receipt only once shipped",
        arguments: [
            (OrderStatus?.none, [WindowStart.sellerApproval, .returnReceipt, .disputeResolution]),
            (.unpaid, []),
            (.awaitingShipment, [.sellerApproval, .disputeResolution]),
            (.shipped, [.returnReceipt, .disputeResolution]),
            (.delivered, [.returnReceipt, .disputeResolution]),
        ])
    func refundStartsByStatus(status: OrderStatus?, starts: [WindowStart]) {
        #expect(RefundTrigger.windowStarts(for: status) == starts)
        #expect(Set(starts).isSubset(of: PolicyWindow.refund.starts))
    }
}
