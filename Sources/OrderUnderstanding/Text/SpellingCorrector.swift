/// Maps a misspelt word to the closest known word, by one edit (two for long words).
///
/// A symmetric delete index: every known word is filed under the hashes of the strings made by deleting one
/// (or two) of its letters; a misspelt word looks up the hashes of its own deletions and checks the candidates
/// found with a real edit distance. Hashing deletions instead of building strings keeps both building and
/// looking up free of allocations.
struct SpellingCorrector: Sendable {
    private let words: [[UInt8]]
    private let frequency: [Int]
    private let ids: [String: Int]
    private let index: DeleteTable
    private let twoEditsFrom: Int

    /// Words shorter than this are never corrected: too many real words sit one edit apart.
    static let minLength = 5
    /// Shorter words are not corrected by swapping one letter for another: between short words that is more
    /// often another real word ("think", "thank"; "right", "night") than a typo.
    static let substitutionLength = 8
    /// Words longer than this are never corrected: no word we know is that long, and the cost of looking
    /// grows with the square of the length.
    static let maxLength = 24

    /// Builds the index over `vocabulary`, where the count of a word breaks ties; words of
    /// `twoEditsFrom` letters or more may be two edits away, shorter ones one.
    init(vocabulary: [String: Int], twoEditsFrom: Int = 9) {
        self.twoEditsFrom = twoEditsFrom
        var words: [[UInt8]] = []
        var frequency: [Int] = []
        var ids: [String: Int] = [:]
        words.reserveCapacity(vocabulary.count)
        ids.reserveCapacity(vocabulary.count)
        var entries: [(hash: UInt64, word: Int32)] = []
        for (word, count) in vocabulary {
            ids[word] = words.count
            let bytes = Array(word.utf8)
            if bytes.count >= Self.minLength && bytes.count <= Self.maxLength {
                Self.forEachDelete(of: bytes, depth: bytes.count >= twoEditsFrom ? 2 : 1) { hash in
                    entries.append((hash, Int32(words.count)))
                }
            }
            words.append(bytes)
            frequency.append(count)
        }
        index = DeleteTable(entries)
        self.words = words
        self.frequency = frequency
        self.ids = ids
    }

    /// Whether `word` is in the vocabulary.
    func knows(_ word: String) -> Bool { ids[word] != nil }

    /// The word as written when it is known; else its correction, or nil when it is too short or none is close.
    func correct(_ word: String) -> String? {
        if ids[word] != nil { return word }
        let bytes = Array(word.utf8)
        guard bytes.count >= Self.minLength, bytes.count <= Self.maxLength,
            bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
        else { return nil }
        let depth = bytes.count >= twoEditsFrom ? 2 : 1
        var best: Int32 = -1
        var bestScore = (Int.max, 0)
        var checked: Set<Int32> = []
        Self.forEachDelete(of: bytes, depth: depth) { hash in
            index.forEach(hash) { candidate in
                guard checked.insert(candidate).inserted else { return }
                let other = words[Int(candidate)]
                let allowed = other.count >= twoEditsFrom ? 2 : 1
                let distance = Self.distance(bytes, other)
                guard distance <= min(depth, allowed),
                    bytes.count >= Self.substitutionLength || !Self.isSubstitution(bytes, other)
                else { return }
                // Closest first, then the most frequent, then the first in alphabetical order: deterministic.
                let score = (distance, -frequency[Int(candidate)])
                if best < 0 || score < bestScore
                    || (score == bestScore && other.lexicographicallyPrecedes(words[Int(best)]))
                {
                    best = candidate
                    bestScore = score
                }
            }
        }
        return best < 0 ? nil : String(decoding: words[Int(best)], as: UTF8.self)
    }

    /// Calls `body` with the hash of `word` and of every string made by deleting up to `depth` of its letters.
    private static func forEachDelete(of word: [UInt8], depth: Int, _ body: (UInt64) -> Void) {
        body(hash(word, skipping: -1, -1))
        for i in word.indices {
            body(hash(word, skipping: i, -1))
            if depth > 1 {
                for j in (i + 1)..<word.count { body(hash(word, skipping: i, j)) }
            }
        }
    }

    /// FNV-1a over the bytes of `word` other than positions `a` and `b`, with the length mixed in.
    private static func hash(_ word: [UInt8], skipping a: Int, _ b: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, byte) in word.enumerated() where i != a && i != b {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ UInt64(word.count - (a >= 0 ? 1 : 0) - (b >= 0 ? 1 : 0))
    }

    /// Whether `a` and `b` have the same length and differ in one position only.
    private static func isSubstitution(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).filter { $0 != $1 }.count == 1
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static func distance(_ a: String, _ b: String) -> Int { distance(Array(a.utf8), Array(b.utf8)) }

    static func distance(_ s: [UInt8], _ t: [UInt8]) -> Int {
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

/// An open-addressing table from delete hashes to word ids, built once, with no allocation per entry.
private struct DeleteTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]  // -1 marks an empty slot
    private let mask: Int

    init(_ entries: [(hash: UInt64, word: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (hash, word) in entries {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while values[slot] >= 0 {
                if keys[slot] == hash && values[slot] == word { break }
                slot = (slot + 1) & mask
            }
            keys[slot] = hash
            values[slot] = word
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// Calls `body` with every word id filed under `hash`.
    func forEach(_ hash: UInt64, _ body: (Int32) -> Void) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while values[slot] >= 0 {
            if keys[slot] == hash { body(values[slot]) }
            slot = (slot + 1) & mask
        }
    }
}
