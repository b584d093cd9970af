import OrderPolicy

/// One intent as its file defines it: what shoppers say, which facts it needs, and how it answers.
public struct IntentDefinition: Sendable {
    /// One thing a shopper might type, with the line it sits on.
    public struct Example: Sendable {
        public let text: String
        public let location: SourceLocation
    }

    /// The intent's name, which is also its file's name.
    public let name: String
    /// What the shopper wants to know, in a few words, for menus and choices.
    public let summary: String
    /// Things shoppers say that mean this intent.
    public let examples: [Example]
    /// Slots the answer depends on; asked for when unknown.
    public let needs: [PolicySlot]
    /// The follow-up question, when the default one for the slot does not fit.
    public let ask: String?
    /// The answers, chosen by slot value.
    public let answers: [AnswerTemplate]
    /// Slot values that asking this implies, used when the shopper has not said otherwise: whoever asks how to
    /// return an item has received it.
    public var implies = SlotValues()
    /// Small talk (greeting, thanks …) rather than a question about an order.
    public let isSmallTalk: Bool
    /// Where the file starts.
    public let location: SourceLocation

    /// The name used for out-of-scope examples.
    public static let outOfScope = "none"

    /// The answer for what is known: the first whose key matches a known slot value, else the `default` one.
    public func answer(for slots: SlotValues) -> AnswerTemplate? {
        for template in answers {
            for key in template.keys where key != AnswerTemplate.defaultKey {
                if slots.status?.rawValue == key || slots.payment?.rawValue == key { return template }
            }
        }
        return answers.first { $0.keys.contains(AnswerTemplate.defaultKey) }
    }

    /// The first needed slot that is still unknown.
    public func missingSlot(in slots: SlotValues) -> PolicySlot? {
        needs.first { !slots.has($0) }
    }
}

/// An answer in the project's own words, with `{placeholders}` the policy core fills and the facts it rests on.
public struct AnswerTemplate: Sendable {
    /// The slot values this answer is for, or `default`.
    public let keys: [String]
    /// The text, with `{name}` placeholders.
    public let text: String
    /// The facts this answer rests on, as the file names them.
    public let facts: [FactID]
    /// Where the answer is written.
    public let location: SourceLocation

    /// A sentence added when the shopper has said when something happened: the window's concrete dates.
    public struct Deadline: Sendable {
        /// The window that starts on the mentioned day.
        public let window: PolicyWindow
        /// The sentence, with `{date}`, `{first}` and `{last}` placeholders.
        public let text: String
        /// The placeholders a deadline sentence may use.
        public static let placeholders = ["date", "first", "last"]
    }

    /// The dated sentence, if this answer has one.
    public var deadline: Deadline?

    /// The key of the answer used when no slot value picks another.
    public static let defaultKey = "default"

    /// The names inside `{…}` in the text, in order.
    public var placeholders: [String] {
        var names: [String] = []
        var current: String?
        for character in text {
            if character == "{" { current = "" }
            else if character == "}", let name = current { names.append(name); current = nil }
            else if current != nil { current!.append(character) }
        }
        return names
    }
}
