import OrderPolicy
import OrderUnderstanding

/// What a conversation keeps between turns besides the slots themselves.
struct Memory: Sendable {
    /// Where a slot's value came from, for `/why`.
    enum Source: Sendable, Equatable {
        /// Said by the shopper in this turn.
        case said(turn: Int)
        /// Assumed because of the question asked ("how do I return it" implies delivered).
        case implied(by: String)
    }

    /// The number of the current turn, from 1.
    var turn = 0
    /// Where each slot came from.
    var sources: [String: Source] = [:]
    /// The sources as they were when the last answer was given, and that answer's turn.
    var explained: [String: Source] = [:]
    var lastAnswerTurn = 0
    /// The question waiting for a slot.
    var followUp: FollowUp?
    /// A follow-up interrupted by a new question, offered again afterwards.
    var suspended: FollowUp?
    /// Choices offered when a question was ambiguous.
    var choices: Choices?
    /// An intent waiting for a usable date, after one in the future or one that does not exist.
    var dateQuestion: IntentDefinition?
    /// The last question about an order that was answered: the context of elliptical follow-ups.
    var lastIntent: IntentDefinition?
}

extension Conversation {
    /// Takes the slots a line mentions, noting where they came from.
    mutating func remember(_ values: SlotValues) {
        for (name, value) in values.pairs where slots.value(of: name) != value || memory.sources[name] == nil {
            memory.sources[name] = .said(turn: memory.turn)
        }
        slots = slots.merging(values)
    }

    /// The slots `values` would change, in words ("status shipped, not awaiting shipment").
    func changes(_ values: SlotValues) -> [String] {
        var changed: [String] = []
        for (name, value) in values.pairs {
            guard let old = slots.value(of: name), old != value, let slot = PolicySlot(rawValue: name) else { continue }
            changed.append("\(name) \(slot.label(of: value) ?? value), not \(slot.label(of: old) ?? old)")
        }
        return changed
    }

    /// A line that only changes a slot ("sorry, it's actually shipped") answers the last question again.
    mutating func correct(_ heard: Classification) -> Turn? {
        let changed = changes(heard.slots)
        guard !changed.isEmpty, let last = memory.lastIntent else { return nil }
        remember(heard.slots)
        var turn = answer(last, confidence: heard.confidence)
        turn.reply = "Got it: \(changed.joined(separator: "; ")). Here is the answer again.\n\n" + turn.reply
        return turn
    }

    /// Notes the day a line mentions; returns a clarification when the day is in the future or does not exist.
    mutating func noteDate(_ mention: DateMention) -> String? {
        switch mention.resolve(today: today) {
        case .past(let date):
            eventDate = date
            return nil
        case .future(let date):
            return "\(date.spoken) is still ahead of us (today is \(today.spoken)), so I can't count from it. "
                + "Which day did it actually happen?"
        case .impossible(let why):
            return "That date doesn't exist: \(why). Which day did you mean?"
        }
    }

    /// Forgets values that were only assumed from an earlier question: a new question asks for them.
    mutating func dropAssumptions() {
        for (name, source) in memory.sources {
            guard case .implied = source else { continue }
            slots.set(name, to: nil)
            memory.sources[name] = nil
        }
    }

    /// Forgets slots, dates and pending questions.
    mutating func forget() {
        slots = SlotValues()
        eventDate = nil
        let turn = memory.turn
        memory = Memory()
        memory.turn = turn
    }
}
