import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// The decision end to end: lines read by the real matcher, after earlier lines played through a conversation, and
/// the actions decided. `DecisionTests` is the table itself, built from values with no matcher.
struct DecisionEndToEndTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let before: [String]
        let message: String
        let expected: [Action]
        var testDescription: String { (before + [message]).joined(separator: " / ") }
    }

    static let rows: [Row] = [
        Row(before: [], message: "how do I cancel my order?", expected: [.ask("cancel_order", .status)]),
        // The situation answers the status: never ask what the shopper already said, even in other words.
        Row(
            before: [],
            message:
                "I paid with my card 3 days ago and the seller still didn't ship. I want to cancel. How long until the refund?",
            expected: [.answer("cancel_order"), .answer("refund_time")]),
        Row(before: [], message: "seller won't answer my cancel request", expected: [.answer("seller_not_responding")]),
        Row(
            before: [], message: "the seller accepted my cancellation on the 20th; when does the money come back?",
            expected: [.answer("refund_time")]),
        // Answer first when the answer stands without the status, then offer to be more precise.
        Row(
            before: [], message: "how many days is a refund",
            expected: [.answer("refund_time"), .refine("refund_time", .status)]),
        // The narrowest question: only shipped-or-not is open.
        Row(
            before: [], message: "how do i cancel? i haven't received it yet",
            expected: [.ask("cancel_order", .hasShipped)]),
        Row(
            before: ["how do i cancel? i haven't received it yet"], message: "no, not yet",
            expected: [.answer("cancel_order")]),
        Row(
            before: ["how do i cancel? i haven't received it yet"], message: "yes", expected: [.answer("cancel_order")]),
        // Replies to the status question in the shopper's words.
        Row(
            before: ["I want to cancel an order"], message: "paid already, seller hasnt posted it",
            expected: [.answer("cancel_order")]),
        Row(
            before: ["i bought headphones yesterday and want to cancel"], message: "i already paid with paypal",
            expected: [.answer("cancel_order")]),
        Row(before: ["how do I cancel my order?"], message: "3", expected: [.answer("cancel_order")]),
        // A question in the middle of a follow-up is a new question, not a bad answer.
        Row(
            before: ["how do I cancel my order?"], message: "ok and when do i get my money",
            expected: [.answer("refund_time"), .resume("cancel_order")]),
        Row(before: ["how do I cancel my order?"], message: "banana", expected: [.reprompt("cancel_order")]),
        Row(
            before: ["how do I cancel my order?", "banana"], message: "purple elephant",
            expected: [.summary("cancel_order")]),
        // A status together with a new question settles the pending question too.
        Row(
            before: ["how do I cancel my order?"], message: "it's shipped, so how long does a refund take?",
            expected: [.answer("cancel_order"), .answer("refund_time")]),
        Row(
            before: ["it's awaiting shipment, how do i cancel"], message: "sorry, it's actually shipped",
            expected: [.correction("cancel_order")]),
        Row(before: [], message: "i paid with paypal", expected: [.acknowledge]),
        Row(before: [], message: "card payment", expected: [.acknowledge]),
        // Two questions are answered as asked, even when the message is short enough to be offered choices.
        Row(
            before: [], message: "message? refund?",
            expected: [.answer("message_template"), .ask("get_refund", .status)]),
        Row(
            before: [],
            message:
                "I bought a dress for my sister's wedding and paid with paypal but the seller still hasn't shipped it",
            expected: [.acknowledge]),
        // A question we can't help with during a follow-up is not a bad answer.
        Row(
            before: ["how do I cancel my order?"], message: "what's the weather like today?",
            expected: [.outOfScope, .resume("cancel_order")]),
        // "yes" to the offer to be more precise asks the question offered.
        Row(before: ["how many days is a refund"], message: "yes", expected: [.ask("refund_time", .status)]),
        Row(before: [], message: "what's the weather like tomorrow", expected: [.outOfScope]),
        Row(before: [], message: "my ebay order hasn't shipped yet, how do i cancel it", expected: [.outOfScope]),
        Row(before: [], message: "thanks", expected: [.answer("thanks")]),
        // A day given in answer to "which day?" settles that, not what the answer needs besides.
        Row(
            before: ["where does my refund go, i paid on december 20"], message: "meant november 20",
            expected: [.ask("refund_method", .payment)]),
        Row(
            before: ["where does my refund go, i paid by card on december 20"], message: "meant november 20",
            expected: [.answer("refund_method")]),
    ]

    @Test("the decision for each state and message", arguments: rows)
    func decides(row: Row) {
        var conversation = Fixtures.assistant.conversation(today: .reference)
        for line in row.before { _ = conversation.respond(to: line) }
        conversation.state.turn += 1
        let reading = Fixtures.assistant.read(
            row.message, today: .reference, followingUp: conversation.state.isFollowingUp)
        let plan = Decision.decide(reading, conversation.state, catalog: Fixtures.assistant.catalog)
        #expect(plan.actions == row.expected)
    }

    @Test("a bare word that could mean several things offers numbered choices")
    func offersChoices() {
        let reading = Fixtures.assistant.read("refund", today: .reference)
        let plan = Decision.decide(reading, DialogueState(), catalog: Fixtures.assistant.catalog)
        guard case .offer(let names)? = plan.actions.first else {
            Issue.record("no choices: \(plan.actions)")
            return
        }
        #expect(names.count >= 2)
    }

    @Test("an out-of-scope message tells nothing about our order")
    func outOfScopeKeepsNothing() {
        let turns = Fixtures.talk(
            "my amazon parcel arrived broken, how do i return it to amazon", "how do i cancel my order")
        #expect(turns[1].asking == .status)
    }
}
