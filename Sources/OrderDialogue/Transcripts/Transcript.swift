import OrderPolicy
import OrderUnderstanding

/// A scripted conversation with what each turn must show: the contract's transcript format.
public struct Transcript: Sendable {
    /// One check on a turn, with the line it was written on.
    public enum Expectation: Sendable {
        /// `< text`: one exact line of the reply.
        case replyLine(String)
        /// `? a|b`: the intent served (`none` for not understood).
        case intent([String])
        /// `~ text`: the reply contains this, ignoring case.
        case contains(String)
        /// `!~ text`: the reply does not contain this, ignoring case.
        case lacks(String)
        /// `= slot value`: the slot holds this value after the turn (nil: unset).
        case slot(String, String?)
        /// `+ F6`: the turn's answer draws on this fact.
        case fact(FactID)
    }

    /// One step of the script: a `>` line, what the shopper types, and the checks that follow it.
    public struct Step: Sendable {
        public let input: String
        public let line: Int
        public var expectations: [(Expectation, line: Int)] = []
    }

    /// The file's path, for messages.
    public let path: String
    /// The `@today` date, if the file fixes one.
    public let today: CalendarDate?
    /// The steps, in order: one per turn of the conversation.
    public let steps: [Step]
    /// The file's lines as read, for `--update`.
    public let lines: [String]
}
