import OrderPolicy
import Testing

@testable import OrderDialogue
@testable import OrderUnderstanding

/// The decision table: a dialogue state and a reading, each built as a value (no matcher reads anything here),
/// and the plan `Decision.decide` makes of them. There is a row for every path through the decision; the path's
/// name leads the row, and a failing row reports its own line. Today is Friday 27 November 2026
/// (`CalendarDate.reference`). `DecisionEndToEndTests` has rows read by the real matcher.
struct DecisionTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let path: String
        let state: DialogueState
        let reading: Reading
        let expected: [Action]
        /// The kinds of the events the plan says the message answered, when the row checks them.
        var answered: [OrderEvent.Kind]?
        /// Whether what the message told is kept, when the row checks it.
        var keepsSituation: Bool?
        /// Whether the plan leans on the last answer's context, when the row checks it.
        var leansOnContext: Bool?
        /// The kinds of the events the message only supposes, when the row checks them.
        var supposed: [OrderEvent.Kind]?
        var sourceLocation: Testing.SourceLocation

        init(
            _ path: String, _ state: DialogueState, _ reading: Reading, _ expected: [Action],
            answered: [OrderEvent.Kind]? = nil, keepsSituation: Bool? = nil, leansOnContext: Bool? = nil,
            supposed: [OrderEvent.Kind]? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) {
            self.path = path
            self.state = state
            self.reading = reading
            self.expected = expected
            self.answered = answered
            self.keepsSituation = keepsSituation
            self.leansOnContext = leansOnContext
            self.supposed = supposed
            self.sourceLocation = sourceLocation
        }

        /// A row from a fresh state.
        init(
            _ path: String, _ reading: Reading, _ expected: [Action], keepsSituation: Bool? = nil,
            supposed: [OrderEvent.Kind]? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) {
            self.init(
                path, DecisionTests.state(), reading, expected, keepsSituation: keepsSituation, supposed: supposed,
                sourceLocation: sourceLocation)
        }

        var testDescription: String { "\(path): \"\(reading.text)\"" }
    }

    // MARK: Building states and readings

    static let today = CalendarDate.reference

    /// The dialogue state at turn 2, after a first turn that told `events` and `payment`.
    static func state(
        pending: FollowUp? = nil, choices: [String]? = nil,
        dateQuestion: (intent: String, event: OrderEvent.Kind)? = nil, lastIntent: String? = nil,
        implied: (status: OrderStatus, by: String)? = nil, events: [OrderEvent] = [], payment: PaymentMethod? = nil
    ) -> DialogueState {
        var state = DialogueState()
        state.situation.add(SituationReading(events: events, payment: payment), turn: 1)
        state.turn = 2
        state.pending = pending
        state.choices = choices
        state.dateQuestion = dateQuestion
        state.lastIntent = lastIntent
        state.implied = implied
        return state
    }

    /// An event that happened, or with `false` one that did not.
    static func event(_ kind: OrderEvent.Kind, _ happened: Bool = true, on day: String? = nil) -> OrderEvent {
        OrderEvent(kind, happened: happened, evidence: "\(kind)", date: day.flatMap { DateExtractor.mention(in: $0) })
    }

    /// What the examples make of a message: `intent` at `confidence` (nil: not ours), with a ranking that puts the
    /// intent first unless one is given, matched on `terms`.
    static func heard(
        _ intent: String?, _ confidence: Double = 0.8, ranking: [(String, Double)]? = nil,
        terms: [String] = ["order"], otherWords: Int = 2, anchored: Bool = true, outOfScope: Double = 0
    ) -> Classification {
        let ranking = ranking ?? intent.map { [($0, confidence)] } ?? []
        return Classification(
            intent: intent, confidence: confidence, slots: SlotValues(), otherWords: otherWords,
            ranking: ranking.map { Classification.Candidate(intent: $0.0, score: $0.1) }, terms: terms,
            anchored: anchored, outOfScopeScore: outOfScope)
    }

    /// The same, decided by the learned scorer: `intent` at `probability`, with its most probable intents.
    static func learned(
        _ intent: String?, _ probability: Double, probable: [(String, Double)], terms: [String] = ["order", "parcel"]
    ) -> Classification {
        var result = heard(nil, 0.5, ranking: probable, terms: terms)
        result.decided(
            by: intent, confidence: probability,
            probable: probable.map { Classification.Candidate(intent: $0.0, score: $0.1) })
        return result
    }

    static func reading(
        _ text: String, heard: Classification = heard(nil, 0.9, terms: []), questions: [String] = [],
        told: SituationReading = SituationReading(), asks: Bool = false
    ) -> Reading {
        Reading(text, today: today, heard: heard, questions: questions, told: told, asks: asks)
    }

    /// A question the message asks, read as `intent`.
    static func asking(_ text: String, _ intent: String, told: SituationReading = SituationReading()) -> Reading {
        reading(text, heard: heard(intent), questions: [intent], told: told, asks: true)
    }

    static let cancelPending = FollowUp(intent: "cancel_order", question: .status)
    /// Paid, and not arrived: awaiting shipment or shipped.
    static let paidNotArrived = [event(.paid), event(.delivered, false)]
    static let awaiting = [event(.shown(.awaitingShipment))]

    // MARK: The rows

    static let rows: [Row] = [
        // A day no count can start from is asked for again, for the dated event of the message…
        Row(
            "unusable date: a day still ahead",
            asking(
                "how long until my refund, i paid on december 20", "refund_time",
                told: SituationReading(events: [event(.paid, on: "december 20")])),
            [.askDate("refund_time", day: .future(CalendarDate(year: 2026, month: 12, day: 20)!), event: .paid)]),
        // …or for the event already waiting for a day, the payment when there is none: a day that does not exist.
        Row(
            "unusable date: a day that does not exist, for the event waiting for a day",
            state(dateQuestion: ("refund_time", .sellerApproved)),
            reading("i meant 31/02"),
            [.askDate("refund_time", day: .doesNotExist("February 2026 has no day 31"), event: .sellerApproved)]),
        Row(
            "date question answered: the day dates the waiting event, and the intent is planned",
            state(dateQuestion: ("refund_time", .sellerApproved), events: awaiting),
            reading("sorry, november 20"),
            [.answer("refund_time")], answered: [.sellerApproved]),
        Row(
            "choices: picked by number",
            state(choices: ["refund_time", "get_refund", "refund_method"]),
            reading("2"),
            [.ask("get_refund", .status)]),
        Row(
            "choices: picked by asking one of them",
            state(choices: ["refund_time", "get_refund"]),
            asking("how long does the refund take", "refund_time", told: SituationReading(events: awaiting)),
            [.answer("refund_time")]),
        // A pending question: settled by the reply…
        Row(
            "pending: settled by a number", state(pending: cancelPending), reading("3"),
            [.answer("cancel_order")], answered: [.shown(.shipped)]),
        Row(
            "pending: settled, and the reply asks something else too", state(pending: cancelPending),
            asking(
                "it's shipped, so how long does a refund take?", "refund_time",
                told: SituationReading(events: [event(.shipped)])),
            [.answer("cancel_order"), .answer("refund_time")]),
        Row(
            "pending: 'has it shipped?' settled by a no",
            state(pending: FollowUp(intent: "cancel_order", question: .hasShipped), events: paidNotArrived),
            reading("no"),
            [.answer("cancel_order")], answered: [.shipped]),
        Row(
            "pending: the payment question settled by a number",
            state(pending: FollowUp(intent: "refund_method", question: .payment)),
            reading("1"),
            [.answer("refund_method")]),
        // …an offer to be more precise, taken up or passed over…
        Row(
            "pending offer: a yes asks the question offered",
            state(
                pending: FollowUp(intent: "refund_time", question: .status, isOffer: true), lastIntent: "refund_time"),
            reading("yes"),
            [.ask("refund_time", .status)]),
        Row(
            "pending offer: passed over, the message is a message of its own",
            state(
                pending: FollowUp(intent: "refund_time", question: .status, isOffer: true), lastIntent: "refund_time"),
            asking("how do i cancel", "cancel_order"),
            [.ask("cancel_order", .status)]),
        // …a reply that changes what was known, a new question, something we can't help with…
        Row(
            "pending: the reply changes a slot and asks nothing",
            state(pending: FollowUp(intent: "refund_method", question: .payment), events: awaiting),
            reading("oh it shipped yesterday", told: SituationReading(events: [event(.shown(.shipped))])),
            [.noted("refund_method")]),
        Row(
            "pending: a new question is answered, and the pending one recalled", state(pending: cancelPending),
            asking("ok and when do i get my money", "refund_time"),
            [.answer("refund_time"), .resume("cancel_order")]),
        Row(
            "pending: a new question that asks a question of its own replaces it", state(pending: cancelPending),
            asking("how do i get a refund", "get_refund"),
            [.ask("get_refund", .status)]),
        Row(
            "pending: a short question naming no topic continues the pending one, by its how_long",
            state(pending: cancelPending),
            reading(
                "and how long is that?", heard: heard(nil, 0.5, ranking: [], terms: ["how", "time"]), asks: true),
            [.answer("refund_time"), .resume("cancel_order")]),
        Row(
            "pending: a question we can't help with", state(pending: cancelPending),
            reading("what's the weather like?", heard: heard(nil, 0.95, terms: ["weather"]), asks: true),
            [.outOfScope, .resume("cancel_order")]),
        // …or a reply that answers nothing.
        Row(
            "pending: nothing read, but only shipped-or-not is open",
            state(pending: cancelPending, events: paidNotArrived),
            reading("hmm not sure"),
            [.ask("cancel_order", .hasShipped)]),
        Row(
            "pending: nothing read, a first time", state(pending: cancelPending), reading("banana"),
            [.reprompt("cancel_order")]),
        Row(
            "pending: nothing read, a second time",
            state(pending: FollowUp(intent: "cancel_order", question: .status, failedTries: 1)),
            reading("purple elephant"),
            [.summary("cancel_order")]),
        // No question pending.
        Row(
            "correction: a status changed, with nothing else said",
            state(lastIntent: "cancel_order", events: awaiting),
            reading(
                "sorry, it's actually shipped", heard: heard("cancel_order", 0.3, otherWords: 0),
                told: SituationReading(events: [event(.shown(.shipped))])),
            [.correction("cancel_order")]),
        Row(
            "another day for the last question: 'and if I paid last Monday?'",
            state(lastIntent: "refund_time"),
            reading("and if i paid last monday?", told: SituationReading(events: [event(.paid, on: "last monday")])),
            [.answer("refund_time")]),
        Row(
            "another day, but the message asks a question of its own, which the examples alone miss",
            state(lastIntent: "return_item"),
            reading(
                "i paid for a phone case yesterday with my card, how do i cancel it?",
                heard: learned("cancel_order", 0.9, probable: [("cancel_order", 0.9)], terms: ["cancel", "paymethod"]),
                questions: ["cancel_order"],
                told: SituationReading(events: [event(.paid, on: "yesterday")], payment: .card), asks: true),
            [.answer("cancel_order")]),
        Row(
            "leaning on the last answer: a bare 'how long?' after a return goes to the refund's time",
            state(lastIntent: "return_item", implied: (.delivered, "return_item")),
            reading(
                "how long will that take?", heard: heard(nil, 0.5, ranking: [], terms: ["how", "time"]), asks: true),
            [.answer("refund_time")], leansOnContext: true),
        Row(
            "leaning on the last answer: a short line the examples place",
            state(lastIntent: "cancel_order", events: awaiting),
            reading(
                "and the refund?",
                heard: heard(nil, 0.5, ranking: [("refund_time", 0.3), ("get_refund", 0.28)], terms: ["refund"])),
            [.answer("refund_time")], leansOnContext: true),
        Row(
            "no question: a message that only tells",
            reading(
                "i paid with paypal", heard: heard(nil, 0.9, terms: [], otherWords: 0),
                told: SituationReading(payment: .eWallet)),
            [.acknowledge]),
        Row(
            "no question: the learned scorer unsure of a message about our order offers its likeliest readings",
            reading(
                "my parcel thing is weird",
                heard: learned(nil, 0.6, probable: [("open_dispute", 0.2), ("order_status_help", 0.15)])),
            [.offer(["open_dispute", "order_status_help"])]),
        Row(
            "no question: a question naming no topic, with nothing to lean on, offers the nearest intents",
            reading(
                "ok and how many days is that?",
                heard: heard(nil, 0.5, ranking: [("refund_time", 0.3), ("shipping_time", 0.28)], terms: ["time"]),
                asks: true),
            [.offer(["refund_time", "shipping_time"])]),
        Row(
            "no question: not ours",
            reading("what's the weather tomorrow", heard: heard(nil, 0.95, terms: ["weather"])),
            [.outOfScope], keepsSituation: true),
        Row(
            "no question: another shop's order, whose story is not kept",
            reading(
                "my ebay order hasnt shipped, cancel it",
                heard: heard(nil, 0.99, terms: ["othershop", "order"]),
                told: SituationReading(events: [event(.shipped, false)])),
            [.outOfScope], keepsSituation: false),
        Row(
            "no question: a story of what happened, in many words, is taken in",
            reading(
                "I bought a dress for my sister's wedding and the seller still hasn't shipped it",
                heard: heard(nil, 0.6, ranking: [("seller_not_responding", 0.2)], otherWords: 8, outOfScope: 0.1),
                told: SituationReading(events: [event(.shipped, false)])),
            [.acknowledge]),
        Row(
            "a story that reads as a question only by the lower bar is taken in",
            reading(
                "the seller still hasnt shipped it and i paid by card",
                heard: heard("seller_not_responding", 0.22, otherWords: 4),
                questions: ["seller_not_responding"],
                told: SituationReading(events: [event(.shipped, false)], payment: .card)),
            [.acknowledge]),
        Row(
            "a bare word that could mean several things offers choices",
            reading(
                "refund",
                heard: heard(
                    "get_refund", 0.5, ranking: [("get_refund", 0.5), ("refund_time", 0.45), ("refund_method", 0.3)],
                    terms: ["refund"]),
                questions: ["get_refund"]),
            [.offer(["get_refund", "refund_time", "refund_method"])]),
        Row(
            "a question the learned scorer is unsure of offers its likeliest readings",
            reading(
                "the parcel went weird what now please",
                heard: learned(
                    "open_dispute", 0.3, probable: [("open_dispute", 0.3), ("order_status_help", 0.25)],
                    terms: ["parcel", "weird", "now", "pleas"]),
                questions: ["open_dispute"], asks: true),
            [.offer(["open_dispute", "order_status_help"])]),
        // The plan for the questions asked.
        Row("plan: small talk is answered", asking("thanks", "thanks"), [.answer("thanks")]),
        Row(
            "plan: what happened settles every status alike (a dispute won)",
            asking("how do i get my money", "get_refund", told: SituationReading(events: [event(.disputeWon)])),
            [.answer("get_refund")]),
        Row(
            "plan: the status is needed and unknown: the four-way question", asking("how do i cancel", "cancel_order"),
            [.ask("cancel_order", .status)]),
        Row(
            "plan: the status is needed, and only shipped-or-not is open",
            asking("how do i cancel, it hasnt arrived", "cancel_order", told: SituationReading(events: paidNotArrived)),
            [.ask("cancel_order", .hasShipped)]),
        Row(
            "plan: the status is needed, and the shopper paid up front",
            asking(
                "i paid with my debit card, how do i cancel", "cancel_order", told: SituationReading(payment: .card)),
            [.ask("cancel_order", .hasShipped)]),
        Row(
            "plan: the payment is needed and unknown", asking("where does my refund go", "refund_method"),
            [.ask("refund_method", .payment)]),
        Row(
            "plan: answered without the status, then an offer to be more precise",
            asking("how long does a refund take", "refund_time"),
            [.answer("refund_time"), .refine("refund_time", .status)]),
        Row(
            "plan: answered with the status known",
            asking("how long does a refund take", "refund_time", told: SituationReading(events: awaiting)),
            [.answer("refund_time")]),
        Row(
            "plan: two questions answered in order, the one that needs the status asked last",
            reading(
                "message? refund?", heard: heard("message_template"), questions: ["message_template", "get_refund"],
                asks: true),
            [.answer("message_template"), .ask("get_refund", .status)]),
        Row(
            "plan: what is only supposed ('if I refuse it') is answered as if it had happened",
            asking("if i refuse it, how long until i get my money back?", "refund_time"),
            [.answer("refund_time")], supposed: [.deliveryRefused]),
    ]

    /// An intent that needs the status, and answers an order awaiting shipment and a shipped one with one answer: no
    /// shipped intent does for statuses that stay open together, so the path where the statuses still open are all answered alike has a catalogue of
    /// its own.
    static let alike = IntentLoader.load(
        folder: "intents",
        files: [
            (
                "check_order.yaml",
                """
                summary: checking an order
                needs: [status]
                examples:
                  - how do i check my order
                answers:
                  unpaid:
                    facts: [F1]
                    brief: Nothing to check before you pay; cancel it in My Orders if you like.
                    brief_facts: [F1]
                    say: Nothing to check before you pay; cancel it in My Orders if you like.
                  awaiting_shipment, shipped:
                    facts: [F12]
                    brief: Follow it on the order page.
                    brief_facts: [F12]
                    say: Follow it on the order page.
                  delivered:
                    facts: [F12]
                    brief: It has arrived; the order page has the details.
                    brief_facts: [F12]
                    say: It has arrived; the order page has the details.
                """
            )
        ])

    @Test("plan: the status is needed, but the statuses still open are answered alike: answered at once")
    func openStatusesAnsweredAlike() throws {
        try #require(!Self.alike.hasErrors, "\(Self.alike.problems)")
        // Paid, and not arrived: awaiting shipment or shipped, which this intent answers alike.
        let paidNotArrived = SituationReading(events: Self.paidNotArrived)
        let plan = Decision.decide(
            Self.asking("how do i check my order, paid and not here", "check_order", told: paidNotArrived),
            Self.state(),
            catalog: Self.alike)
        #expect(plan.actions == [.answer("check_order")])
        // With nothing known, the answers differ, and the status is asked.
        let unknown = Decision.decide(
            Self.asking("how do i check my order", "check_order"), Self.state(), catalog: Self.alike)
        #expect(unknown.actions == [.ask("check_order", .status)])
    }

    @Test("the plan for each state and reading", arguments: rows)
    func decides(row: Row) {
        let plan = Decision.decide(row.reading, row.state, catalog: Fixtures.assistant.catalog)
        #expect(plan.actions == row.expected, "\(row.path)", sourceLocation: row.sourceLocation)
        if let answered = row.answered {
            #expect(plan.answered.map(\.kind) == answered, "\(row.path)", sourceLocation: row.sourceLocation)
        }
        if let keeps = row.keepsSituation {
            #expect(plan.keepsSituation == keeps, "\(row.path)", sourceLocation: row.sourceLocation)
        }
        if let leans = row.leansOnContext {
            #expect(plan.leansOnContext == leans, "\(row.path)", sourceLocation: row.sourceLocation)
        }
        if let supposed = row.supposed {
            #expect(plan.supposed.map(\.kind) == supposed, "\(row.path)", sourceLocation: row.sourceLocation)
        }
    }
}
