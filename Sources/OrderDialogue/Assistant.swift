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

    /// A new conversation with no slots known, taking `today` as the current date.
    public func conversation(today: CalendarDate) -> Conversation {
        Conversation(assistant: self, today: today)
    }
}
