/// Picks the known word closest to a misspelt one, for "did you mean …?".
public enum Suggestion {
    /// The closest of `candidates` within a few edits of `word`, or nil.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, SpellingCorrector.distance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }
}
