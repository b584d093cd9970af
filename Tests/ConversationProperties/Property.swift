/// A rule the assistant promises for every conversation.
public enum Property: String, CaseIterable, Sendable {
    case oneReply = "every line gets exactly one non-empty reply"
    case json = "--json gives one valid JSON object with every contract key"
    case noPlaceholder = "no reply contains a template placeholder"
    case noControlCharacter = "no reply contains a control character"
    case factIDs = "every fact named is one of F1–F17"
    case policyNumbers = "every number in a reply is one of the policy's numbers or part of a date"
    case notAskedAgain = "a slot the shopper told is never asked for again"
    case realDates = "every date in a reply is a real calendar date with its own weekday"
    case deadlineAfterEvent = "a deadline is never before the event it counts from"
    case saveReplays = "/save of the conversation replays green"
}

/// A property that did not hold, at the turn where it broke.
public struct Violation: Sendable, CustomStringConvertible {
    public let property: Property
    /// The number of the turn, from 1; 0 for the conversation as a whole.
    public let turn: Int
    public let message: String

    public var description: String { "turn \(turn): \(property.rawValue): \(message)" }
}
