/// Turns normalised tokens into the terms matching compares: spelling corrected, synonyms folded, stemmed.
struct TermAnalyzer: Sendable {
    private let corrector: SpellingCorrector

    /// An analyzer that corrects spelling towards the words of `texts` (and the slot and synonym words).
    init(texts: [String]) {
        var counts: [String: Int] = [:]
        for text in texts {
            for token in Normalizer.tokens(text) { counts[token, default: 0] += 1 }
        }
        for word in Lexicon.concepts.keys { counts[word, default: 0] += 1 }
        for word in SlotRules.words { counts[word, default: 0] += 1 }
        corrector = SpellingCorrector(vocabulary: counts)
    }

    /// The tokens with misspellings corrected where a close known word exists.
    func corrected(_ tokens: [String]) -> [String] {
        tokens.map { corrector.correct($0) ?? $0 }
    }

    /// The content terms of corrected tokens, in order: phrases and synonyms become concepts, the rest is stemmed.
    /// Tokens inside `replaced` spans become the one term `replacement` (a payment method becomes "paymethod").
    func terms(_ tokens: [String], replacing replaced: [Range<Int>] = [], with replacement: String = "") -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(tokens.count)
        var i = 0
        outer: while i < tokens.count {
            if let span = replaced.first(where: { $0.lowerBound == i }) {
                terms.append(replacement)
                i = span.upperBound
                continue
            }
            for (pattern, concept) in Lexicon.phrases {
                if let end = pattern.match(tokens, at: i) {
                    terms.append(concept)
                    i = end
                    continue outer
                }
            }
            let token = tokens[i]
            i += 1
            guard let first = token.utf8.first, first >= 0x61 && first <= 0x7A,
                  !Lexicon.stopwords.contains(token) else { continue }
            terms.append(Lexicon.concepts[token] ?? Stemmer.stem(token))
        }
        return terms
    }

    /// The features of a term list: each term, and each pair of neighbouring terms.
    static func features(_ terms: [String]) -> [String] {
        var features = terms
        if terms.count > 1 {
            for i in 1..<terms.count { features.append(terms[i - 1] + " " + terms[i]) }
        }
        return features
    }
}

extension SlotRules {
    /// Every word the slot rules listen for, so spelling correction can reach them.
    static let words: Set<String> = {
        var words: Set<String> = []
        for rule in status + payment {
            for case .word(let alternatives) in rule.pattern.elements { words.formUnion(alternatives) }
        }
        return words
    }()
}
