import Testing

@testable import OrderPolicy

/// What the policy offers once a window has run out, held to the facts by hand.
struct OverdueTests {
    @Test("a seller late to ship: cancel with the late seller's reason (F14), or a dispute (F12)")
    func lateShipping() {
        #expect(Overdue.shipping.window == .shipping)
        #expect(Overdue.shipping.facts == [FactID(14), FactID(12)])
        #expect(Overdue.shipping.advice.contains("ask to cancel, with \"seller delays shipping\" as the reason"))
        #expect(Overdue.shipping.advice.contains("open a dispute"))
    }

    @Test("a refund later than its window: the facts say no more than a dispute (F12)")
    func lateRefund() {
        #expect(Overdue.refund.window == .refund)
        #expect(Overdue.refund.facts == [FactID(12)])
        #expect(Overdue.refund.advice.contains("don't say what happens when a refund takes longer"))
        #expect(Overdue.refund.advice.contains("open a dispute"))
    }

    @Test("the facts named are the ones that say it: F14 lists a slow seller, F12 is the dispute")
    func factsSayIt() {
        #expect(PolicyFacts.fact(Overdue.reasonsFact).summary.contains("seller slow to ship"))
        #expect(PolicyFacts.fact(Overdue.disputeFact).summary.contains("Open Dispute"))
    }

    @Test("a shipped order can no longer be cancelled (F9); a return's refund starts at the warehouse (F10)")
    func namedFacts() {
        #expect(CancellationRule.endsAtShipment == FactID(9))
        #expect(RefundTrigger.returnReceived.startFact == FactID(10))
        #expect(RefundTrigger.returnReceived.facts == [FactID(10), FactID(6)])
    }
}
