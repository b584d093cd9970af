import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

struct ConversationTests {
    @Test("a cancel question without a status asks for it, listing the values")
    func asksForStatus() {
        let turn = Fixtures.talk("how do I cancel my order?")[0]
        #expect(turn.intent == "cancel_order")
        #expect(turn.asking == .status)
        for status in OrderStatus.allCases { #expect(turn.reply.contains(status.label)) }
    }

    @Test(
        "each status, in the shopper's words, gets its own answer",
        arguments: [
            ("not paid yet", OrderStatus.unpaid, FactID(1)), ("2", .awaitingShipment, FactID(2)),
            ("it's on the way", .shipped, FactID(9)), ("it arrived yesterday", .delivered, FactID(10)),
        ])
    func answersEachStatus(answer: String, status: OrderStatus, fact: FactID) {
        let turns = Fixtures.talk("how do I cancel my order?", answer)
        #expect(turns[1].intent == "cancel_order")
        #expect(turns[1].slots.status == status)
        #expect(turns[1].asking == nil)
        #expect(turns[1].facts.contains(fact))
    }

    @Test(
        "a correction that leaves the answer as it was says so instead of repeating it; one that changes it repeats it")
    func correctionThatChangesNothing() {
        let turns = Fixtures.talk(
            "I paid with my card and the seller hasn't shipped, how do I cancel?",
            "sorry, actually I paid with paypal", "actually it already shipped this morning")
        #expect(turns[1].reply == "Got it: payment e-wallet, not card. That doesn't change the answer above.")
        #expect(turns[1].facts.isEmpty)  // the answer is not repeated, so no fact is shown in this turn
        #expect(
            turns[2].reply.hasPrefix("Got it: status shipped, not awaiting shipment. Here is the answer again.\n\n"))
        #expect(turns[2].reply.count > turns[1].reply.count + 100)
    }

    @Test("a status said up front is not asked for")
    func upFrontStatus() {
        let turn = Fixtures.talk("my order already shipped, can i cancel it")[0]
        #expect(turn.asking == nil)
        #expect(turn.slots.status == .shipped)
    }

    @Test("a slot is remembered across questions")
    func remembersSlots() {
        let turns = Fixtures.talk("it's awaiting shipment, how do i cancel", "how long does a refund take")
        #expect(turns[1].asking == nil)
        #expect(turns[1].intent == "refund_time")
        #expect(turns[1].reply.contains(PolicyWindow.refund.text))
    }

    @Test("a new question during a follow-up is answered as a new question")
    func newQuestionDuringFollowUp() {
        let turns = Fixtures.talk("how do I cancel my order?", "what is the difference between a return and a dispute")
        #expect(turns[1].intent == "cancel_return_dispute")
        #expect(turns[1].reply.contains("Earlier you asked about how to cancel an order"))
        #expect(turns[1].asking == .status)
    }

    @Test("an unreadable answer is asked again, then a compact summary gives one line per status")
    func boundedReprompts() {
        let turns = Fixtures.talk("how do I cancel my order?", "banana", "purple")
        #expect(turns[1].asking == .status)
        #expect(turns[1].reply.contains("didn't catch"))
        #expect(turns[2].asking == nil)
        let lines = turns[2].reply.split(separator: "\n")
        for status in OrderStatus.allCases {
            #expect(
                lines.filter { $0.hasPrefix("- \(status.label.prefix(1).uppercased())\(status.label.dropFirst()):") }
                    .count == 1)
        }
        #expect(lines.count <= OrderStatus.allCases.count + 2)
    }

    @Test("/reset forgets the slots")
    func resetForgets() {
        let turns = Fixtures.talk("paid by paypal, it's shipped", "/reset", "where does my refund go")
        #expect(turns[0].slots.payment == .eWallet)
        #expect(turns[1].slots.isEmpty)
        #expect(turns[2].asking == .payment)
    }

    @Test("out of scope gets an honest reply, never a guess")
    func outOfScope() {
        let turn = Fixtures.talk("what's the weather in london")[0]
        #expect(turn.intent == nil)
        #expect(turn.reply.contains("can't help"))
        #expect(turn.facts.isEmpty)
    }

    @Test("empty and garbage lines get a polite reply", arguments: ["", "   ", "@@@!!!", "\u{FFFD}\u{FFFD}"])
    func garbage(line: String) {
        let turn = Fixtures.talk(line)[0]
        #expect(turn.intent == nil)
        #expect(!turn.reply.isEmpty)
    }

    @Test("/quit asks the front end to quit; an unknown command suggests the right one")
    func commands() {
        let turns = Fixtures.talk("/quit", "/hlep")
        #expect(turns[0].command == .quit)
        #expect(turns[1].reply.contains("Did you mean /help?"))
    }

    @Test("/why names the intent, the slots and the facts of the last answer")
    func why() {
        let turns = Fixtures.talk("paid with visa, where does my refund go", "/why")
        #expect(turns[1].reply.contains("refund_method"))
        #expect(turns[1].reply.contains("payment=card"))
        #expect(turns[1].reply.contains("F7"))
    }
}
