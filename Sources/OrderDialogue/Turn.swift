import OrderPolicy
import OrderUnderstanding

/// What the assistant did with one line: the reply and everything needed to explain it.
public struct Turn: Sendable {
    /// Something the front end must do beyond printing the reply.
    public enum Command: Sendable, Equatable {
        case quit
        case save(path: String)
    }

    /// The reply, possibly several lines.
    public var reply: String
    /// The intent this turn served; for an answer to a follow-up, the intent that asked. Nil when not understood.
    public var intent: String?
    /// How sure the understanding was.
    public var confidence: Double
    /// Every slot the conversation holds after this turn.
    public var slots: SlotValues
    /// The slot the assistant is now asking for, if any.
    public var asking: PolicySlot?
    /// The policy facts the reply draws on, sorted.
    public var facts: [FactID]
    /// A front-end action, such as quitting.
    public var command: Command?
    /// Every intent the turn served, in order: a message may ask several questions.
    public var intents: [String] = []
    /// Where each slot's value came from.
    public var slotSources: [String: SlotSource] = [:]

    /// A turn with the given parts.
    public init(
        reply: String, intent: String?, confidence: Double, slots: SlotValues,
        asking: PolicySlot? = nil, facts: [FactID] = [], command: Command? = nil
    ) {
        self.reply = reply
        self.intent = intent
        self.confidence = confidence
        self.slots = slots
        self.asking = asking
        self.facts = facts
        self.command = command
    }
}
