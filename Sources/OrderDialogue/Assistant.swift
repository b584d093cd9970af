import OrderPolicy
import OrderUnderstanding

/// The read-only part of the assistant shared by every conversation: the intents and the matcher built from them.
public struct Assistant: Sendable {
    /// The intents it knows.
    public let catalog: IntentCatalog
    /// The matcher built from them.
    public let matcher: IntentMatcher

    /// An assistant for the intents of `catalog`.
    public init(catalog: IntentCatalog) {
        self.catalog = catalog
        matcher = IntentMatcher(catalog: catalog)
    }

    /// Classifies one line as the first message of a conversation on `today`: the intent as the matcher reads it,
    /// and the slots the conversation would hold after it (what the line states, implies, or leads it to assume).
    public func classify(_ line: String, today: CalendarDate) -> Classification {
        matcher.classify(line).with(slots: Conversation.slots(after: line, assistant: self, today: today))
    }

    /// A new conversation with no slots known, taking `today` as the current date.
    public func conversation(today: CalendarDate) -> Conversation {
        Conversation(assistant: self, today: today)
    }
}
