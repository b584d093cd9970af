import OrderPolicy

extension AnswerTemplate {
    /// A value the answer draws from the policy core while its `facts:` does not name the fact behind it.
    public struct UnlistedFact: Sendable, Equatable {
        /// How the answer names the value: `{refund_window}`.
        public let name: String
        /// The fact the value comes from.
        public let fact: FactID
    }

    /// Every placeholder of the text and the brief line whose fact is missing from `facts`, in text order.
    public var unlistedFacts: [UnlistedFact] {
        let names = placeholders + (brief.map { rephrased($0).placeholders } ?? [])
        let used: [UnlistedFact] = names.compactMap { name in
            PolicyValue(rawValue: name)?.fact.map { UnlistedFact(name: "{\(name)}", fact: $0) }
        }
        var seen: Set<String> = []
        return used.filter { !facts.contains($0.fact) && seen.insert($0.name).inserted }
    }
}
