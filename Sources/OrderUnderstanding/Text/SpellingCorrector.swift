/// Maps a misspelt word to the closest known word, by one edit (two for long words), using a delete index.
struct SpellingCorrector: Sendable {
    private var index: [String: [String]] = [:]
    private let known: Set<String>
    private let frequency: [String: Int]
    private let twoEditsFrom: Int

    /// Builds the index over `vocabulary`, where the count of a word breaks ties; words of
    /// `twoEditsFrom` letters or more may be two edits away, shorter ones one.
    init(vocabulary: [String: Int], twoEditsFrom: Int = 9) {
        self.twoEditsFrom = twoEditsFrom
        known = Set(vocabulary.keys)
        frequency = vocabulary
        for word in vocabulary.keys where word.utf8.count >= Self.minLength {
            for variant in Self.deletes(of: word, depth: word.utf8.count >= twoEditsFrom ? 2 : 1) {
                index[variant, default: []].append(word)
            }
        }
    }

    /// Words shorter than this are never corrected: too many real words sit one edit apart.
    static let minLength = 5

    /// The word as written when it is known or too short; else its correction, or nil when none is close.
    func correct(_ word: String) -> String? {
        if known.contains(word) { return word }
        let length = word.utf8.count
        guard length >= Self.minLength, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        var best: String?
        var bestScore = (Int.max, 0)
        for variant in Self.deletes(of: word, depth: depth(for: word)) {
            for candidate in index[variant] ?? [] where candidate != best {
                let distance = Self.distance(word, candidate)
                guard distance <= depth(for: candidate) else { continue }
                let score = (distance, -(frequency[candidate] ?? 0))
                if score < bestScore { best = candidate; bestScore = score }
            }
        }
        return best
    }

    private func depth(for word: String) -> Int { word.utf8.count >= twoEditsFrom ? 2 : 1 }

    /// The word itself and every string made by deleting up to `depth` letters.
    private static func deletes(of word: String, depth: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<[UInt8]> = [Array(word.utf8)]
        for _ in 0..<depth {
            var next: Set<[UInt8]> = []
            for chars in frontier where chars.count > 1 {
                for i in chars.indices {
                    var shorter = chars
                    shorter.remove(at: i)
                    next.insert(shorter)
                }
            }
            for chars in next { result.insert(String(decoding: chars, as: UTF8.self)) }
            frontier = next
        }
        return result
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a.utf8), t = Array(b.utf8)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var previous2 = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[t.count]
    }
}
