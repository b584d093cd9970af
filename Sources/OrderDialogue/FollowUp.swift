import OrderPolicy
import OrderUnderstanding

/// A question the assistant asked and is waiting to hear back on.
struct FollowUp: Sendable, Equatable {
    /// What is asked: the narrowest question that settles what the answer depends on.
    enum Question: Sendable, Equatable {
        /// The four statuses, numbered: nothing is known of the order yet.
        case status
        /// Shipped or not yet: all that is left open ("it hasn't arrived").
        case hasShipped
        /// How the shopper paid, the methods numbered.
        case payment

        /// The slot the answer settles.
        var slot: PolicySlot { self == .payment ? .payment : .status }
    }

    /// The intent whose answer waits on it.
    let intent: String
    /// What is asked.
    let question: Question
    /// How many replies so far could not be read as an answer.
    var failedTries = 0
    /// An offer to be more precise after an answer already given, rather than a question an answer waits on:
    /// a reply that does not take it up is simply the next message.
    var isOffer = false

    /// After this many unreadable replies the assistant gives a summary for every status instead of asking again.
    static let maxFailedTries = 2

    /// The question, with the choices.
    func text(custom: String?) -> String {
        switch question {
        case .hasShipped: "Has the seller shipped it yet? A yes or no is enough."
        case .status, .payment: (custom ?? Self.opening(for: question)) + "\n" + Self.choices(for: question.slot)
        }
    }

    /// The question again, after a reply that answered nothing.
    var reprompt: String {
        switch question {
        case .hasShipped: "Sorry, I didn't catch that. Has the seller shipped your order yet: yes or no?"
        case .status, .payment:
            "Sorry, I didn't catch that. " + Self.short(for: question) + "\n" + Self.choices(for: question.slot)
                + "\nA number is fine too."
        }
    }

    /// The offer made after an answer given without the slot.
    var offer: String {
        switch question {
        case .hasShipped: "Has the seller shipped it yet? Tell me and I can be more precise."
        case .status:
            "If you tell me your order's status (\(OrderStatus.allCases.map(\.label).dropLast().joined(separator: ", ")) "
                + "or \(OrderStatus.allCases.last!.label)), I can be more precise."
        case .payment: "If you tell me how you paid, I can be more precise."
        }
    }

    /// The event a reply states when it only says yes or no, or picks a value by number; nil when it does not.
    func answer(in reading: Reading) -> OrderEvent? {
        if question == .hasShipped, let yes = reading.yesNo, reading.told.events.isEmpty {
            return OrderEvent(.shipped, happened: yes, evidence: reading.words.prefix(4).joined(separator: " "))
        }
        guard question == .status, let index = Self.pick(in: reading.words, count: OrderStatus.allCases.count) else {
            return nil
        }
        return OrderEvent(.shown(OrderStatus.allCases[index]), evidence: reading.text)
    }

    /// The payment method a reply picks by number, if that is all it says.
    func pickedPayment(in reading: Reading) -> PaymentMethod? {
        guard question == .payment, let index = Self.pick(in: reading.words, count: PaymentMethod.allCases.count)
        else { return nil }
        return PaymentMethod.allCases[index]
    }

    /// The index a reply picks by number or ordinal ("2", "the second one"), if that is all it says.
    static func pick(in words: [String], count: Int) -> Int? {
        let words = words.filter { !choiceFillers.contains($0) }
        guard words.count == 1, let number = Int(words[0]) ?? ordinals[words[0]], (1...count).contains(number)
        else { return nil }
        return number - 1
    }

    private static func opening(for question: Question) -> String {
        question == .payment
            ? "That depends on how you paid. Which payment method did you use?"
            : "That depends on the status of your order. What does My Orders show for it?"
    }

    private static func short(for question: Question) -> String {
        question == .payment ? "How did you pay?" : "What is the status of your order?"
    }

    private static func choices(for slot: PolicySlot) -> String {
        slot.values.enumerated()
            .map { "  \($0.offset + 1). \(slot.label(of: $0.element) ?? $0.element)" }
            .joined(separator: "\n")
    }

    private static let ordinals = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    ]
    private static let choiceFillers: Set<String> = [
        "the", "option", "number", "no", "nr", "choice", "it", "is",
        "one", "i", "pick", "choose", "say", "its",
    ]
}
