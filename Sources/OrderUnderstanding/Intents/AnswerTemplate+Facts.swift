import OrderPolicy

extension AnswerTemplate {
    /// A value the answer draws from the policy core while its `facts:` does not name the fact behind it.
    public struct UnlistedFact: Sendable, Equatable {
        /// How the answer names the value: `{refund_window}`.
        public let name: String
        /// The fact the value comes from.
        public let fact: FactID
    }

    /// A fact the answer lists although its text fills none of the placeholders that state it: listing F7
    /// without `{refund_destination}` or `{refund_route}` claims a destination the text never gives.
    public struct UnstatedFact: Sendable, Equatable {
        /// The fact listed.
        public let fact: FactID
        /// The placeholders that state it, any of which the text would use: `{refund_route}`.
        public let names: [String]
    }

    /// Every placeholder of the text whose fact is missing from `facts`, in text order; the brief line's are
    /// checked against the brief's own facts.
    public var unlistedFacts: [UnlistedFact] {
        Self.unlisted(placeholders, from: facts)
            + (briefAnswer.map { Self.unlisted($0.placeholders, from: briefFacts) } ?? [])
    }

    /// Every listed fact that only a placeholder can state and that the text states with none, in fact order;
    /// the brief line's facts are compared with the brief.
    public var unstatedFacts: [UnstatedFact] {
        Self.unstated(facts, in: placeholders)
            + (briefAnswer.map { Self.unstated(briefFacts, in: $0.placeholders) } ?? [])
    }

    /// The placeholders among `names` whose fact `facts` leaves out, each once, in text order.
    public static func unlisted(_ names: [String], from facts: [FactID]) -> [UnlistedFact] {
        let used: [UnlistedFact] = names.compactMap { name in
            PolicyValue(rawValue: name)?.fact.map { UnlistedFact(name: "{\(name)}", fact: $0) }
        }
        var seen: Set<String> = []
        return used.filter { !facts.contains($0.fact) && seen.insert($0.name).inserted }
    }

    /// The facts among `facts` that only placeholders state and that `names` holds none of, in fact order.
    public static func unstated(_ facts: [FactID], in names: [String]) -> [UnstatedFact] {
        let used = Set(names.compactMap { PolicyValue(rawValue: $0)?.fact })
        return Set(facts).sorted().compactMap { fact in
            let stating = PolicyValue.allCases.filter { $0.fact == fact }.map { "{\($0.rawValue)}" }
            return stating.isEmpty || used.contains(fact) ? nil : UnstatedFact(fact: fact, names: stating)
        }
    }
}
