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
            extra.append(mix(hash("candidate", String(rank), candidate.intent), 0x3A, tenths(candidate.score)))
        }
        return (hashes(tokens: similar.tokens, terms: similar.terms) + extra).sorted()
    }

    private static func tenths(_ x: Double) -> String { String(Int((min(max(x, 0), 1) * 10).rounded(.down))) }

    /// The hashes of the features of `tokens` (normalised, spelling corrected) and `terms` (the matcher's), each
    /// once, sorted.
    static func hashes(tokens: [String], terms: [String]) -> [UInt64] {
        // An array sorted and deduplicated once costs less than a set for the hundred or so features of a line.
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count * 10 + terms.count * 2 + 8)
        var previous = "^"
        for token in tokens {
            hashes.append(hash("w", token))
            hashes.append(hash("b", previous, token))
            previous = token
            letterGroups(of: token, into: &hashes)
        }
        hashes.append(hash("b", previous, "$"))
        for feature in TermAnalyzer.features(terms) { hashes.append(hash("t", feature)) }
        let anchors = Set(terms.filter(Lexicon.anchors.contains)).count
        hashes.append(hash("anchors", String(min(anchors, 3))))
        if terms.contains(Lexicon.otherShop) && !terms.contains(Lexicon.shopName) { hashes.append(hash("othershop")) }
        if terms.contains(Lexicon.shopName) { hashes.append(hash("shopname")) }
        hashes.append(hash("length", String(min(tokens.count / 4, 8))))
        hashes.append(hash("bias"))
        hashes.sort()
        var unique = 0
        for hash in hashes where unique == 0 || hashes[unique - 1] != hash {
            hashes[unique] = hash
            unique += 1
        }
        hashes.removeLast(hashes.count - unique)
        return hashes
    }

    /// Letter groups of four, with the word's edges marked: "<ref", "refu", …, "und>". A word of one or two
    /// letters has none (its word feature says all there is).
    private static func letterGroups(of token: String, into hashes: inout [UInt64]) {
        var token = token
        token.withUTF8 { letters in
            let count = letters.count + 2
            guard count > 4 else { return }
            // The byte at `i` of "<" + token + ">", without building that string.
            func byte(_ i: Int) -> UInt8 { i == 0 ? 0x3C : i == count - 1 ? 0x3E : letters[i - 1] }
            for start in 0...(count - 4) {
                var h = mix(mix(fnvBasis, 0x63), 0x3A)  // "c:", the kind of feature
                for i in start..<start + 4 { h = mix(h, byte(i)) }
                hashes.append(h)
            }
        }
    }

    /// FNV-1a over the kind, then each part with a separator between.
    static func hash(_ kind: String, _ first: String, _ second: String) -> UInt64 {
        mix(hash(kind, first), 0x3A, second)
    }

    /// FNV-1a over the kind, then the part with a separator between.
    static func hash(_ kind: String, _ part: String) -> UInt64 {
        mix(hash(kind), 0x3A, part)
    }

    /// FNV-1a over the kind alone.
    static func hash(_ kind: String) -> UInt64 {
        var h = fnvBasis
        for byte in kind.utf8 { h = mix(h, byte) }
        return h
    }

    /// `h` with a separator and then `part`'s bytes mixed in.
    private static func mix(_ h: UInt64, _ separator: UInt8, _ part: String) -> UInt64 {
        var h = mix(h, separator)
        for byte in part.utf8 { h = mix(h, byte) }
        return h
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
