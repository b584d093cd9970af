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
    /// Slots the answer can't stand without; asked for when unknown.
    public let needs: [PolicySlot]
    /// Slots that make the answer more precise: it is given at once, and the slot is offered as a refinement.
    public let refines: [PolicySlot]
    /// The follow-up question, when the default one for the slot does not fit.
    public let ask: String?
    /// The answers, chosen by slot value.
    public let answers: [AnswerTemplate]
    /// Slot values that asking this implies, used when the shopper has not said otherwise: whoever asks how to
    /// return an item has received it.
    public var implies = SlotValues()
    /// The intent that answers a bare "how long?" (a question that names no topic of its own) asked right after
    /// this one, and where the file names it: "how long will that take?" after a return asks about the refund.
    /// Without it, such a question continues this intent.
    public var howLong: (intent: String, location: SourceLocation)?
    /// Small talk (greeting, thanks …) rather than a question about an order.
    public let isSmallTalk: Bool
    /// Where the file starts.
    public let location: SourceLocation

    /// The name used for out-of-scope examples.
    public static let outOfScope = "none"

    /// The answer for what is known: the first keyed by one of the `circumstances`, else the first whose key
    /// matches a known slot value, else the `default` one.
    public func answer(for slots: SlotValues, in circumstances: Set<Circumstance> = []) -> AnswerTemplate? {
        if !circumstances.isEmpty,
            let template = answers.first(where: { template in
                template.keys.contains { Circumstance(rawValue: $0).map(circumstances.contains) == true }
            })
        {
            return template
        }
        for template in answers {
            for key in template.keys where key != AnswerTemplate.defaultKey {
                if slots.status?.rawValue == key || slots.payment?.rawValue == key { return template }
            }
        }
        return answers.first { $0.keys.contains(AnswerTemplate.defaultKey) }
    }

    /// Whether the answer depends on `slot` at all: needed, refined, or answers keyed by its values.
    public func dependsOn(_ slot: PolicySlot) -> Bool {
        needs.contains(slot) || refines.contains(slot)
            || answers.contains { $0.keys.contains(where: slot.values.contains) }
    }

    /// Whether the answers for these values of `slot` are all the same one, in these `circumstances`.
    public func answersAlike(
        for values: [String], of slot: PolicySlot, given slots: SlotValues,
        in circumstances: Set<Circumstance> = []
    ) -> Bool {
        let locations = Set(
            values.map { value -> Int in
                var assumed = slots
                assumed.set(slot.rawValue, to: value)
                // A circumstance that cannot go with this status does not pick its answer.
                let fitting = circumstances.filter { $0.fits(assumed.status) }
                return answer(for: assumed, in: fitting)?.location.line ?? -1
            })
        return locations.count <= 1
    }
}

/// An answer in the project's own words, with `{placeholders}` the policy core fills and the facts it rests on.
public struct AnswerTemplate: Sendable {
    /// The slot values this answer is for, or `default`.
    public let keys: [String]
    /// The text, with `{name}` placeholders.
    public private(set) var text: String
    /// The facts this answer rests on, as the file names them.
    public private(set) var facts: [FactID]
    /// Where the answer is written.
    public let location: SourceLocation

    /// One line standing for the whole answer, for the summary given when the slot stays unknown.
    public var brief: String?
    /// The facts the brief line rests on: a line says less than its answer.
    public var briefFacts: [FactID] = []
    /// The answer to give instead when the intent named was answered earlier in the same reply (`after:`).
    public var after: [String: AnswerTemplate] = [:]
    /// Sentences added only when the message is about them (`asides:`).
    public var asides: [Aside] = []

    /// A sentence the answer adds only when the message contains `about`, its words in order.
    public struct Aside: Sendable {
        public let about: [String]
        public let answer: AnswerTemplate

        /// Whether a message of these normalised words is about it.
        public func isAbout(_ words: [String]) -> Bool { Normalizer.find(about, in: words) != nil }
    }

    /// The key of the answer used when no slot value picks another.
    public static let defaultKey = "default"

    /// The same answer with another text and the facts that text rests on.
    public func rephrased(_ text: String, facts: [FactID]? = nil) -> AnswerTemplate {
        var copy = self
        copy.text = text
        if let facts { copy.facts = facts }
        return copy
    }

    /// The brief line as an answer of its own, resting on its own facts; nil when there is none.
    public var briefAnswer: AnswerTemplate? {
        brief.map { rephrased($0, facts: briefFacts) }
    }

    /// The names inside `{…}` in the text, in order.
    public var placeholders: [String] {
        TextPiece.pieces(of: text).compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }
}
