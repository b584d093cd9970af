/// Turns normalised tokens into the terms matching compares: spelling corrected, synonyms folded, stemmed.
struct TermAnalyzer: Sendable {
    private let corrector: SpellingCorrector
    /// Example words one edit from a lexicon word ("cancell"), read as that word: misspelt examples teach
    /// the matcher to expect typos, not new words.
    private let aliases: [String: String]

    /// Example words shorter than this are never read as misspellings ("about" is not "abort").
    static let aliasLength = 6
    /// Every known word's term, worked out once: "" for words that carry no meaning here.
    private let termTable: [String: String]
    /// Four-letter words that are a five-letter domain word with one letter lost ("ordr" → "order"). Shorter
    /// words are never corrected otherwise ("than" is not "thank", "hell" is not "hello").
    private let shortTypos: [String: String]

    /// The term of one word: its concept, else its stem; "" for stopwords, digits and other non-words.
    private static func term(of token: String) -> String? {
        guard let first = token.utf8.first, first >= 0x61 && first <= 0x7A,
            !Lexicon.stopwords.contains(token)
        else { return "" }
        return Lexicon.concepts[token] ?? Stemmer.stem(token)
    }

    /// The term that stands for any payment method, so "visa" and "paypal" both read as a payment method.
    static let paymentTerm = "paymethod"
    /// The term that stands for any status phrase, so "not shipped yet" and "unpaid" both read as a status.
    static let statusTerm = "orderstatus"

    /// An analyzer that corrects spelling towards the words of the examples (and the slot and lexicon words).
    init(tokenLists: [[String]]) {
        var lexicon: [String: Int] = [:]
        for word in Lexicon.concepts.keys { lexicon[word, default: 0] += 1 }
        for word in SlotRules.words { lexicon[word, default: 0] += 1 }
        let lexiconCorrector = SpellingCorrector(vocabulary: lexicon, twoEditsFrom: .max)
        var counts = lexicon
        var aliases: [String: String] = [:]
        for tokens in tokenLists {
            for token in tokens {
                counts[token, default: 0] += 1
                if lexicon[token] == nil, aliases[token] == nil, !Lexicon.stopwords.contains(token),
                    token.utf8.count >= Self.aliasLength, let word = lexiconCorrector.correct(token)
                {
                    aliases[token] = word
                }
            }
        }
        self.aliases = aliases
        corrector = SpellingCorrector(vocabulary: counts)
        var table: [String: String] = [:]
        table.reserveCapacity(counts.count)
        for word in counts.keys { table[word] = Self.term(of: word) }
        termTable = table
        var typos: [String: String] = [:]
        for word in counts.keys.sorted()
        where word.utf8.count == SpellingCorrector.minLength
            && Lexicon.anchors.contains(table[word] ?? "")
        {
            let letters = Array(word)
            for i in letters.indices {
                var shorter = letters
                shorter.remove(at: i)
                let typo = String(shorter)
                if counts[typo] == nil, typos[typo] == nil { typos[typo] = word }
            }
        }
        shortTypos = typos
    }

    /// The tokens with misspellings corrected where a close known word exists.
    /// A word whose stem is a known word's stem ("transfers") is left to stemming.
    func corrected(_ tokens: [String]) -> [String] {
        tokens.map { token in
            if Lexicon.stopwords.contains(token) { return token }
            if let alias = aliases[token] { return alias }
            if token.utf8.count == SpellingCorrector.minLength - 1, let word = shortTypos[token] { return word }
            guard let word = corrector.correct(token), word != token else { return token }
            // Same stem: stemming will do, unless the correction is a word of the lexicon ("comming" is "coming",
            // which arrives, not a stem "com").
            if Stemmer.stem(word) == Stemmer.stem(token), Lexicon.concepts[word] == nil { return token }
            return aliases[word] ?? word
        }
    }

    /// The content terms of corrected tokens, in order: slot phrases become one term each, other phrases and
    /// synonyms become their concepts, the rest is stemmed.
    func terms(_ tokens: [String], slots extraction: SlotExtractor.Extraction) -> [String] {
        var replaced: [Int: (end: Int, term: String)] = [:]
        for span in extraction.statusSpans { replaced[span.lowerBound] = (span.upperBound, Self.statusTerm) }
        for span in extraction.paymentSpans {
            // "paid with mastercard" only says how the order was paid: context, not a clue to the intent. Read
            // as a term, it would pull a plain request towards bank-card near misses. Beside a refund, and with
            // no status said, it does say something: the refund goes back the way the money came ("paid cash on
            // delivery, how is the refund paid"); with a status, getting the refund depends on that status.
            if let start = Self.payingClause(tokens, before: span.lowerBound),
                !extraction.statusSpans.isEmpty || !Self.mentionsRefund(tokens)
            {
                replaced[start] = (span.upperBound, "")
            } else {
                replaced[span.lowerBound] = (span.upperBound, Self.paymentTerm)
            }
        }
        var terms: [String] = []
        terms.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            if let span = replaced[i] {
                if !span.term.isEmpty { terms.append(span.term) }
                i = span.end
                continue
            }
            if let end = Self.durationEnd(tokens, at: i) {
                i = end
                continue
            }
            if let (phrase, end) = Lexicon.phraseIndex.firstMatch(tokens, at: i) {
                terms.append(contentsOf: Lexicon.phrases[phrase].terms)
                i = end
                continue
            }
            let token = tokens[i]
            i += 1
            if let term = termTable[token] ?? Self.term(of: token), !term.isEmpty { terms.append(term) }
        }
        return terms
    }

    /// Where a stretch of time said with its length ends ("3 days", "two business weeks"), when one starts at `i`.
    /// A story's "the seller hasn't sent anything in two weeks" says when, not that the shopper asks how long;
    /// "how many days" keeps its meaning.
    private static func durationEnd(_ tokens: [String], at i: Int) -> Int? {
        let token = tokens[i]
        guard token.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true || quantities.contains(token) else {
            return nil
        }
        var j = i + 1
        if j < tokens.count, durationFillers.contains(tokens[j]) { j += 1 }
        guard j < tokens.count, timeUnits.contains(tokens[j]) else { return nil }
        return j + 1
    }

    private static let quantities: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "few", "several", "couple", "last", "past", "next",
    ]
    private static let durationFillers: Set<String> = [
        "business", "working", "calendar", "whole", "full", "more", "of",
    ]
    private static let timeUnits: Set<String> = [
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    ]

    /// Whether a refund is named, in a word or a phrase ("money back").
    private static func mentionsRefund(_ tokens: [String]) -> Bool {
        tokens.indices.contains { i in
            Lexicon.concepts[tokens[i]] == "refund"
                || Lexicon.phraseIndex.firstMatch(tokens, at: i).map {
                    Lexicon.phrases[$0.pattern].terms.contains("refund")
                } == true
        }
    }

    /// Where "paid (with|by|via) my …" starts, when the payment method at `start` follows a verb of paying.
    private static func payingClause(_ tokens: [String], before start: Int) -> Int? {
        var i = start
        while i > 0, payingFillers.contains(tokens[i - 1]), start - i < 3 { i -= 1 }
        guard i > 0, payingVerbs.contains(tokens[i - 1]) else { return nil }
        return i - 1
    }

    private static let payingVerbs: Set<String> = [
        "paid", "payed", "pay", "paying", "pays", "bought", "purchased", "ordered",
    ]
    private static let payingFillers: Set<String> = [
        "with", "w", "by", "via", "using", "through", "in", "on", "my", "a", "the", "an", "our",
    ]

    /// The features of a term list: each term, and each pair of neighbouring terms. Slot terms stand alone:
    /// which status or payment method is named is a slot, not a clue to the intent. Marker terms ("owned")
    /// stand alone too, and the pair closes over them: "my refund go" pairs "refund go", as "the refund go" does.
    static func features(_ terms: [String]) -> [String] {
        // Naming the shop says the question is ours (an anchor), not which question it is.
        var features: [String] = []
        var sequence: [String] = []
        features.reserveCapacity(terms.count * 2)
        sequence.reserveCapacity(terms.count)
        for term in terms where term != Lexicon.shopName {
            features.append(term)
            if !Lexicon.markers.contains(term) { sequence.append(term) }
        }
        if sequence.count > 1 {
            for i in 1..<sequence.count where !slotTerms.contains(sequence[i - 1]) && !slotTerms.contains(sequence[i]) {
                features.append(sequence[i - 1] + " " + sequence[i])
            }
        }
        return features
    }

    private static let slotTerms: Set<String> = [paymentTerm, statusTerm]
}
