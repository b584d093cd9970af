import OrderPolicy
import OrderUnderstanding

/// A question the assistant asked and is waiting to hear back on.
struct FollowUp: Sendable {
    /// The intent whose answer needs the slot.
    let intent: IntentDefinition
    /// The slot asked for.
    let slot: PolicySlot
    /// How sure the understanding of the original question was.
    let confidence: Double
    /// How many replies so far could not be read as a value.
    var failedTries = 0

    /// After this many unreadable replies the assistant answers for every value instead of asking again.
    static let maxFailedTries = 2

    /// The question, with the values numbered.
    var question: String {
        (intent.ask ?? Self.defaultQuestion(for: slot)) + "\n" + Self.choices(for: slot)
    }

    /// The question again, after a reply that named no value.
    var reprompt: String {
        "Sorry, I didn't catch that. " + Self.shortQuestion(for: slot) + "\n" + Self.choices(for: slot)
            + "\nA number is fine too."
    }

    /// The value a reply picks by number or ordinal ("2", "the second one"), if that is all it says.
    func choice(in text: String) -> String? {
        let words = Normalizer.tokens(text).filter { !Self.choiceFillers.contains($0) }
        guard words.count == 1, let index = Int(words[0]) ?? Self.ordinals[words[0]],
              slot.values.indices.contains(index - 1) else { return nil }
        return slot.values[index - 1]
    }

    private static func defaultQuestion(for slot: PolicySlot) -> String {
        switch slot {
        case .status: "That depends on the status of your order. What does My Orders show for it?"
        case .payment: "That depends on how you paid. Which payment method did you use?"
        }
    }

    private static func shortQuestion(for slot: PolicySlot) -> String {
        switch slot {
        case .status: "What is the status of your order?"
        case .payment: "How did you pay?"
        }
    }

    private static func choices(for slot: PolicySlot) -> String {
        slot.values.enumerated()
            .map { "  \($0.offset + 1). \(slot.label(of: $0.element) ?? $0.element)" }
            .joined(separator: "\n")
    }

    private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                   "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]
    private static let choiceFillers: Set<String> = ["the", "option", "number", "no", "nr", "choice", "it", "is",
                                                     "one", "i", "pick", "choose", "say", "its"]
}
