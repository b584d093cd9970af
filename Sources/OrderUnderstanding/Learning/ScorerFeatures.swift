/// The features the learned scorer reads from one utterance, each hashed to 64 bits so the weights need no
/// vocabulary at run time: the words and their neighbouring pairs, the matcher's terms (concepts, stems, slot
/// phrases) and their pairs, the letters of each word in fours (typos and unfamiliar endings still share most of
/// them), and a few facts about the domain that the hand-written lexicon knows (anchors, another shop).
enum ScorerFeatures {
    /// Bumped whenever the features change, so committed weights trained on other features read as stale.
    static let version = "features-2"

    /// The features of a message as the similarity matcher read it: its words and terms, and what the similarity
    /// scores decided (the intent or out of scope, the best candidate, how close the out-of-scope examples came),
    /// in tenths, so the weights learn when to trust that reading and when the words say otherwise.
    static func hashes(_ similar: IntentMatcher.SimilarityReading) -> [UInt64] {
        let heard = similar.classification
        var extra: [UInt64] = [
            hash("similar", heard.intent ?? LabelledLine.none),
            hash("similar", heard.intent ?? LabelledLine.none, tenths(heard.confidence)),
            hash("outofscope", tenths(heard.outOfScopeScore)),
            hash("anchored", heard.anchored ? "1" : "0"),
        ]
        for (rank, candidate) in heard.ranking.prefix(2).enumerated() {
            extra.append(hash("candidate", String(rank), candidate.intent, tenths(candidate.score)))
        }
        return (hashes(tokens: similar.tokens, terms: similar.terms) + extra).sorted()
    }

    private static func tenths(_ x: Double) -> String { String(Int((min(max(x, 0), 1) * 10).rounded(.down))) }

    /// The hashes of the features of `tokens` (normalised, spelling corrected) and `terms` (the matcher's), each
    /// once, sorted.
    static func hashes(tokens: [String], terms: [String]) -> [UInt64] {
        var hashes = Set<UInt64>()
        hashes.reserveCapacity(tokens.count * 8 + terms.count * 2 + 4)
        var previous = "^"
        for token in tokens {
            hashes.insert(hash("w", token))
            hashes.insert(hash("b", previous, token))
            previous = token
            letterGroups(of: token, into: &hashes)
        }
        hashes.insert(hash("b", previous, "$"))
        for feature in TermAnalyzer.features(terms) { hashes.insert(hash("t", feature)) }
        let anchors = Set(terms.filter(Lexicon.anchors.contains)).count
        hashes.insert(hash("anchors", String(min(anchors, 3))))
        if terms.contains(Lexicon.otherShop) && !terms.contains(Lexicon.shopName) { hashes.insert(hash("othershop")) }
        if terms.contains(Lexicon.shopName) { hashes.insert(hash("shopname")) }
        hashes.insert(hash("length", String(min(tokens.count / 4, 8))))
        hashes.insert(hash("bias"))
        return hashes.sorted()
    }

    /// Letter groups of four, with the word's edges marked: "<ref", "refu", …, "und>". Short words give themselves.
    private static func letterGroups(of token: String, into hashes: inout Set<UInt64>) {
        let bytes = [0x3C] + Array(token.utf8) + [0x3E]
        guard bytes.count > 4 else { return }
        for start in 0...(bytes.count - 4) {
            var h = fnvBasis
            h = mix(h, 0x63)  // "c", the kind of feature
            h = mix(h, 0x3A)
            for byte in bytes[start..<start + 4] { h = mix(h, byte) }
            hashes.insert(h)
        }
    }

    /// FNV-1a over the kind, then each part with a separator between.
    static func hash(_ kind: String, _ parts: String...) -> UInt64 {
        var h = fnvBasis
        for byte in kind.utf8 { h = mix(h, byte) }
        for part in parts {
            h = mix(h, 0x3A)
            for byte in part.utf8 { h = mix(h, byte) }
        }
        return h
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
}
