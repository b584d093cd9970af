import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// Every intent answers every combination of status and payment method with exactly one filled-in answer.
struct AnswerCoverageTests {
    static let combinations: [(OrderStatus, PaymentMethod)] = OrderStatus.allCases.flatMap { status in
        PaymentMethod.allCases.map { (status, $0) }
    }

    @Test(
        "every intent has one complete answer for every status and payment method",
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

    @Test(
        "the cancel answer for each status rests on the policy core's cancellation rule",
        arguments: OrderStatus.allCases)
    func cancelAnswersFollowTheRule(status: OrderStatus) throws {
        #expect(Set(CancellationRule.for(status).facts).isSubset(of: try facts(of: "cancel_order", for: status)))
    }

    @Test("the refund-time answer for each status rests on what starts the refund", arguments: OrderStatus.allCases)
    func refundTimeFollowsTheTrigger(status: OrderStatus) throws {
        #expect(Set(RefundTrigger.for(status).facts).isSubset(of: try facts(of: "refund_time", for: status)))
    }

    /// Words by which a cancel answer says who can stop the order, written by hand from the facts (F1, F2, F9).
    static let abilityWords: [CancellationRule.Ability: [String]] = [
        .byShopper: ["doesn't need to agree"],
        .withSellerApproval: ["seller has to agree"],
        .no: ["can no longer be cancelled", "can't be cancelled"],
    ]

    @Test(
        "the cancel answer for each status says who can cancel, as the policy core's rule does",
        arguments: OrderStatus.allCases)
    func cancelAnswersSayTheAbility(status: OrderStatus) throws {
        let text = try rendered("cancel_order", status: status).text
        for (ability, words) in Self.abilityWords {
            let says = words.contains { text.contains($0) }
            #expect(says == (CancellationRule.for(status).ability == ability), "\(status), \(ability): \(text)")
        }
    }

    @Test(
        "for every status and payment method, the cancel and refund answers rest on every fact of the resolution",
        arguments: Self.combinations)
    func answersRestOnTheResolution(status: OrderStatus, payment: PaymentMethod) throws {
        var facts: Set<FactID> = []
        for name in ["cancel_order", "refund_time", "refund_method"] {
            facts.formUnion(try rendered(name, status: status, payment: payment).facts)
        }
        let resolution = Resolution(status: status, payment: payment)
        #expect(
            Set(resolution.facts).isSubset(of: facts), "missing \(Set(resolution.facts).subtracting(facts).sorted())")
    }

    @Test("the cancel answer names the policy core's reason for a seller late to ship")
    func lateShippingReason() throws {
        #expect(
            try rendered("cancel_order", status: .awaitingShipment).text.contains("\"\(Overdue.lateShippingReason)\""))
    }

    /// The facts of `name`'s answer for an order in `status`.
    private func facts(of name: String, for status: OrderStatus) throws -> [FactID] {
        try rendered(name, status: status).facts
    }

    /// `name`'s answer for an order in `status`, paid with `payment` if given.
    private func rendered(
        _ name: String, status: OrderStatus,
        payment: PaymentMethod? = nil
    ) throws -> (text: String, facts: [FactID]) {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        let slots = SlotValues(status: status, payment: payment)
        let answer = try AnswerRenderer.render(try #require(intent.answer(for: slots)), slots: slots)
        return (answer.text, answer.facts)
    }

    @Test("the refund destination follows the policy core for every payment method", arguments: PaymentMethod.allCases)
    func refundDestination(payment: PaymentMethod) {
        let turns = Fixtures.talk("where does my refund go", payment.label)
        #expect(turns[1].slots.payment == payment)
        #expect(turns[1].reply.contains(RefundDestination.for(payment).text(for: payment)))
        #expect(turns[1].facts.contains(RefundDestination.fact))
    }
}
