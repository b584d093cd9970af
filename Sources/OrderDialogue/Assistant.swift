import OrderPolicy
import OrderUnderstanding

/// The read-only part of the assistant shared by every conversation: the intents and the matcher built from them.
public struct Assistant: Sendable {
    /// The intents it knows.
    public let catalog: IntentCatalog
    /// The matcher built from them.
    public let matcher: IntentMatcher

    /// An assistant for the intents of `catalog`; with `scorer`, the learned scorer decides the lines the
    /// similarity scores are unsure of.
    public init(catalog: IntentCatalog, scorer: LearnedScorer? = LearnedScorer.shipped) {
        self.catalog = catalog
        matcher = IntentMatcher(catalog: catalog, scorer: scorer)
    }

    /// Classifies one line: the intent as the matcher reads it, and the slots a conversation holds after it as
    /// its first message (what the line states, implies, or leads the assistant to assume).
    public func classify(_ line: String, today: CalendarDate) -> Classification {
        var conversation = conversation(today: today)
        guard line.trimmingWhitespace().first != "/" else { return matcher.classify(line).with(slots: SlotValues()) }
        let slots = conversation.respond(to: line).slots
        // The turn read the line once; its reading is the classification (an empty line is read by no one).
        return (conversation.lastHeard ?? matcher.classify(line)).with(slots: slots)
    }

    /// `text` read for its questions and what it tells, once (`Reading`).
    public func read(_ text: String, today: CalendarDate, followingUp: Bool = false) -> Reading {
        Reading(text, matcher: matcher, catalog: catalog, today: today, followingUp: followingUp)
    }

    /// A new conversation with no slots known, taking `today` as the current date.
    public func conversation(today: CalendarDate) -> Conversation {
        Conversation(assistant: self, today: today)
    }
}
