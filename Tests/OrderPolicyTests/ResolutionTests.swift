import Testing

@testable import OrderPolicy

/// The policy as a table: every status × payment method reaches exactly one decision.
struct ResolutionTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let status: OrderStatus
        let ability: CancellationRule.Ability
        let action: CancellationRule.Action
        let trigger: RefundTrigger
        var testDescription: String { id }
    }

    static let statusRows: [Row] = [
        Row(
            id: "S1 unpaid", status: .unpaid, ability: .byShopper, action: .cancelInMyOrders,
            trigger: .paymentVerification),
        Row(
            id: "S2 awaiting shipment", status: .awaitingShipment, ability: .withSellerApproval,
            action: .requestAndMessageSeller, trigger: .sellerApproval),
        Row(
            id: "S3 shipped", status: .shipped, ability: .no, action: .refuseOrReturnAfterDelivery,
            trigger: .returnReceived),
        Row(
            id: "S4 delivered", status: .delivered, ability: .no, action: .returnOrDispute,
            trigger: .returnReceived),
    ]

    static let destinations: [(PaymentMethod, RefundDestination)] = [
        (.card, .originalMethod), (.eWallet, .originalMethod),
        (.bankTransfer, .alipayAccount), (.westernUnion, .alipayAccount), (.cash, .alipayAccount),
        (.cashOnDelivery, .voucher),
    ]

    @Test("the status table covers every status once")
    func statusTableIsComplete() {
        #expect(Self.statusRows.map(\.status) == OrderStatus.allCases)
        #expect(Self.destinations.map(\.0) == PaymentMethod.allCases)
    }

    @Test("every status and payment method reaches exactly one decision", arguments: statusRows, PaymentMethod.allCases)
    func everyCombinationDecides(row: Row, payment: PaymentMethod) {
        let resolution = Resolution(status: row.status, payment: payment)
        #expect(resolution.cancellation.ability == row.ability)
        #expect(resolution.cancellation.action == row.action)
        #expect(resolution.refundTrigger == row.trigger)
        #expect(resolution.destination == Self.destinations.first { $0.0 == payment }?.1)
        #expect(resolution == Resolution(status: row.status, payment: payment))
        #expect(resolution.facts.contains(RefundDestination.fact))
        #expect(resolution.facts == Array(Set(resolution.facts)).sorted())
    }

    @Test("without a payment method there is no destination, and F7 is not claimed", arguments: OrderStatus.allCases)
    func unknownPaymentHasNoDestination(status: OrderStatus) {
        let resolution = Resolution(status: status, payment: nil)
        #expect(resolution.destination == nil)
        #expect(!resolution.facts.contains(RefundDestination.fact))
    }

    @Test(
        "an unpaid order has no refund window to count; a paid one has the refund window (F6)",
        arguments: [
            (OrderStatus.unpaid, PolicyWindow?.none), (.awaitingShipment, .refund), (.shipped, .refund),
            (.delivered, .refund),
        ])
    func refundWindowFollowsPayment(status: OrderStatus, window: PolicyWindow?) {
        let resolution = Resolution(status: status, payment: .card)
        #expect(resolution.refundWindow == window)
        #expect(resolution.facts.contains(FactID(6)) == (window != nil))
    }

    @Test("only orders that have not shipped can be cancelled", arguments: OrderStatus.allCases)
    func cancellingStopsAtShipment(status: OrderStatus) {
        let canCancel = CancellationRule.for(status).ability != .no
        #expect(canCancel == (status == .unpaid || status == .awaitingShipment))
    }
}
