import OrderPolicy
import OrderUnderstanding
import Testing
@testable import OrderDialogue

/// Every intent answers every combination of status and payment method with exactly one filled-in answer.
struct AnswerCoverageTests {
    static let combinations: [(OrderStatus, PaymentMethod)] = OrderStatus.allCases.flatMap { status in
        PaymentMethod.allCases.map { (status, $0) }
    }

    @Test("every intent has one complete answer for every status and payment method",
          arguments: Fixtures.assistant.catalog.intents.map(\.name))
    func completeAnswers(name: String) throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        for (status, payment) in Self.combinations {
            let slots = SlotValues(status: status, payment: payment, orderNumber: "1234567")
            let template = try #require(intent.answer(for: slots), "\(name) has no answer for \(status), \(payment)")
            let rendered = try AnswerRenderer.render(template, slots: slots)
            #expect(!rendered.text.contains("{"), "\(name): unfilled placeholder")
            if !intent.isSmallTalk { #expect(!rendered.facts.isEmpty, "\(name) names no facts") }
        }
    }

    @Test("the cancel answer for each status rests on the policy core's cancellation rule", arguments: OrderStatus.allCases)
    func cancelAnswersFollowTheRule(status: OrderStatus) throws {
        #expect(Set(CancellationRule.for(status).facts).isSubset(of: try facts(of: "cancel_order", for: status)))
    }

    @Test("the refund-time answer for each status rests on what starts the refund", arguments: OrderStatus.allCases)
    func refundTimeFollowsTheTrigger(status: OrderStatus) throws {
        #expect(Set(RefundTrigger.for(status).facts).isSubset(of: try facts(of: "refund_time", for: status)))
    }

    /// The facts of `name`'s answer for an order in `status`.
    private func facts(of name: String, for status: OrderStatus) throws -> [FactID] {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        let slots = SlotValues(status: status)
        return try AnswerRenderer.render(try #require(intent.answer(for: slots)), slots: slots).facts
    }

    @Test("the refund destination follows the policy core for every payment method", arguments: PaymentMethod.allCases)
    func refundDestination(payment: PaymentMethod) {
        let turns = Fixtures.talk("where does my refund go", payment.label)
        #expect(turns[1].slots.payment == payment)
        #expect(turns[1].reply.contains(RefundDestination.for(payment).text(for: payment)))
        #expect(turns[1].facts.contains(RefundDestination.fact))
    }
}
