import OrderPolicy
import OrderUnderstanding

/// What a conversation keeps between turns: the situation the shopper told, and where the dialogue stands.
struct DialogueState: Sendable {
    /// The number of the current turn, from 1.
    var turn = 0
    /// What the shopper has told about the order.
    var situation = Situation()
    /// The question waiting for an answer, or the offer to be more precise.
    var pending: FollowUp?
    /// Intents offered as numbered choices when a question could mean several things.
    var choices: [String]?
    /// An intent waiting for a usable date, and the event the date belongs to.
    var dateQuestion: (intent: String, event: OrderEvent.Kind)?
    /// The last question about an order that was answered: the context of a short follow-up.
    var lastIntent: String?
    /// The text of the last answer given, so a correction that changes nothing in it doesn't repeat it.
    var lastAnswerText: String?
    /// Every slot known, as the last turn left them.
    var slots = SlotValues()
    /// The situation as it was when the last answer was given, for `/why`.
    var explained: (situation: Situation, turn: Int, statusAssumed: Bool)?
    /// Whether the conversation has asked or answered something, so a new line may answer or correct it.
    var isFollowingUp: Bool { pending != nil || lastIntent != nil }

    /// The slot a question waits on; an offer to be more precise waits on nothing.
    var asking: PolicySlot? { pending.flatMap { $0.isOffer ? nil : $0.question.slot } }

    /// A status taken from the question rather than said ("how do I return it" implies delivered), and the
    /// intent it came from; it holds for the follow-up that leans on that question, and no longer.
    var implied: (status: OrderStatus, by: String)?
}
