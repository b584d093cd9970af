/// Scores an utterance against every intent's examples and decides which intent it is, or that it is not ours.
///
/// Each example becomes a vector of weighted terms and term pairs; a term used by few intents weighs more.
/// An intent's score blends its closest example with its centroid. Words the intents never use dilute the
/// score. A question about an order must name something of the domain (an anchor: order, refund, seller …);
/// small talk must be nearly all words small talk uses. Both rules reject questions from other domains.
public struct IntentMatcher: Sendable {
    /// Below this blended score a question about an order is out of scope.
    public static let acceptThreshold = 0.25
    /// The bar for a question that names two different domain concepts ("the seller never sent my refund"):
    /// two anchors are more evidence that it is ours, so it may score a little lower.
    public static let twoAnchorThreshold = 0.2
    /// Below this blended score small talk is out of scope; small talk has no anchor to vouch for it.
    public static let smallTalkThreshold = 0.5
    /// Small talk made only of small-talk words ("i am glad you did that") needs less to be believed.
    public static let pureSmallTalkThreshold = 0.3

    let classes: [MatchClass]  // in-scope intents, then the out-of-scope class last
    let analyzer: TermAnalyzer
    let index: FeatureIndex
    /// Orders close rivals by meaning.
    private let ranker: MeaningRanker
    private let smallTalkClasses: [Int]
    private let smallTalkNames: Set<String>
    /// The learned scorer, and for each class the number of its weights' class; nil when the weights don't know
    /// every intent of the catalogue (a new intent file before training again): the similarity scores decide then.
    private let learned: Learned?

    /// A matcher for the catalogue's intents and out-of-scope examples. With a `scorer` whose weights cover every
    /// intent, the scorer decides the lines the similarity scores are unsure of; without one (the default, until
    /// the learned scorer keeps every behaviour the transcripts and tests hold), the similarity scores decide.
    public init(catalog: IntentCatalog, scorer: LearnedScorer? = LearnedScorer.shipped) {
        classes =
            catalog.intents.map { MatchClass(name: $0.name, isSmallTalk: $0.isSmallTalk) }
            + [MatchClass(name: IntentDefinition.outOfScope, isSmallTalk: false)]
        let groups = catalog.intents.map { $0.examples.map(\.text) } + [catalog.outOfScope?.examples.map(\.text) ?? []]
        smallTalkClasses = catalog.intents.indices.filter { catalog.intents[$0].isSmallTalk }
        smallTalkNames = Set(catalog.intents.filter(\.isSmallTalk).map(\.name))
        let tokenGroups = groups.map { $0.map(Normalizer.tokens) }
        let analyzer = TermAnalyzer(tokenLists: tokenGroups.flatMap { $0 })
        self.analyzer = analyzer
        ranker = MeaningRanker(examples: catalog.exampleTexts)
        let names = classes.map(\.name)
        learned = scorer.flatMap { scorer in
            let numbers = names.compactMap { scorer.classes.firstIndex(of: $0) }
            return numbers.count == names.count ? Learned(scorer: scorer, classes: numbers) : nil
        }
        let featureGroups = tokenGroups.map { lists in
            lists.map { raw in
                let tokens = analyzer.corrected(raw)
                return TermAnalyzer.features(analyzer.terms(tokens, slots: SlotExtractor.extract(tokens)))
            }
        }
        index = FeatureIndex(groups: featureGroups)
        // The index numbers the examples that have features, in order; training leaves each out of its own reading.
        // A text written twice (which `check` warns about) is left out as its first copy.
        var numbers: [String: Int] = [:]
        for (number, text) in zip(groups.joined(), featureGroups.joined()).filter({ !$0.1.isEmpty }).map(\.0)
            .enumerated()
        where numbers[text] == nil {
            numbers[text] = number
        }
        exampleNumbers = Box(numbers)
    }

    /// Each example's number in the index, by its text (boxed: a matcher is copied with every conversation).
    private let exampleNumbers: Box<[String: Int]>

    /// Classifies one utterance. Never fails: what is not understood comes back with a nil intent.
    ///
    /// A long message is also read sentence by sentence: "Hi. I bought a lamp last week. The seller won't answer
    /// me." is about the silent seller even though most of its words are not. When such a message asks a question
    /// about an order, its last one decides: "I want to cancel my unshipped order. Which reason do I choose?" asks
    /// about the reason; the first sentence is the story that leads to it.
    ///
    /// The similarity of the message to each intent's examples is read first; the learned scorer then decides from
    /// that reading and the message's own features.
    public func classify(_ text: String) -> Classification { classify(similarity(text, excluding: nil)) }

    /// The classification of `text`, what it tells of the order (`readSituation`) and its clauses: the words are
    /// read once for both, and the message is cut into clauses once.
    public func read(_ text: String) -> (heard: Classification, told: SituationReading, clauses: [Substring]) {
        let similar = similarity(text, excluding: nil)
        let clauses = Self.clauses(ofMessage: text)
        return (
            classify(similar),
            readSituation(clauses: clauses, words: similar.raw, corrected: similar.tokens, whole: similar.extraction),
            clauses
        )
    }

    private func classify(_ similar: SimilarityReading) -> Classification {
        guard let learned else { return similar.classification }
        let decided = classify(similar, learned: learned)
        // Where the examples are sure, their reading stands, unless the scorer is as sure the line is not ours
        // ("i want to cancel my food delivery order" is close to cancelling an order in words only).
        // Naming AliExpress makes a line ours, as the examples have it ("…, it was cheaper on amazon").
        let overruled =
            decided.intent == nil && decided.confidence >= Self.sureNotOurs
            && !similar.terms.contains(Lexicon.shopName)
        guard Self.isSure(similar.classification), !overruled else { return decided }
        return similar.classification
    }

    /// What the similarity scores make of a message, and the words and terms they read.
    struct SimilarityReading {
        let classification: Classification
        /// The words as typed (normalised), and as the spelling corrector left them.
        let raw: [String]
        let tokens: [String]
        let extraction: SlotExtractor.Extraction
        let terms: [String]
    }

    /// The message read by similarity to the examples; `excluding` leaves one example out of it (for training).
    func similarity(_ text: String, excluding: Int?) -> SimilarityReading {
        let (raw, starts, asks) = Normalizer.sentences(text)
        let tokens = analyzer.corrected(raw)
        let extraction = SlotExtractor.extract(tokens)
        let (chosen, words) = decide(tokens, extraction: extraction, starts: starts, asks: asks, excluding: excluding)
        return SimilarityReading(
            classification: reranked(chosen, words: tokens[words]), raw: raw, tokens: tokens,
            extraction: extraction, terms: analyzer.terms(tokens, slots: extraction))
    }

    /// The classification of the message, and the words it was read from: all of them, or one sentence.
    private func decide(
        _ tokens: [String], extraction: SlotExtractor.Extraction, starts: [Int], asks: [Bool],
        excluding: Int?
    ) -> (Classification, Range<Int>) {
        let whole = classify(tokens: tokens, extraction: extraction, excluding: excluding)
        // A sentence can only be taken on its own for a question about an order, which needs an anchor; a
        // message with none anywhere has no sentence worth reading again.
        guard starts.count > 1, tokens.count >= Self.longMessage, whole.terms.contains(where: Lexicon.anchors.contains)
        else { return (whole, tokens.indices) }
        var best = (whole, tokens.indices)
        var question: (Classification, Range<Int>)?
        let ends = starts.dropFirst() + [tokens.count]
        for (index, (start, end)) in zip(starts, ends).enumerated().prefix(Self.maxSentences) where end - start >= 2 {
            let words = Array(tokens[start..<end])
            let part = classify(tokens: words, extraction: SlotExtractor.extract(words), excluding: excluding)
            // Only questions about orders are taken from a single sentence: "Please help." inside a message about
            // something else is not a request for help with this assistant.
            guard let intent = part.intent, !smallTalkNames.contains(intent) else { continue }
            if asks[index], part.confidence >= Self.questionThreshold { question = (part, start..<end) }
            if part.confidence >= Self.sentenceThreshold, best.0.intent == nil || part.confidence > best.0.confidence {
                best = (part, start..<end)
            }
        }
        // The question only chooses among readings of a message already understood as ours: it never lets in a
        // message that nothing else did.
        let (chosen, words) = best.0.intent != nil ? question ?? best : best
        return (chosen.with(slots: whole.slots, otherWords: whole.otherWords), words)
    }

    /// The accepted question about an order, or a close rival of it that the words mean more nearly
    /// (`MeaningRanker`). Small talk and lines that are not ours are left as they are.
    private func reranked(_ result: Classification, words: ArraySlice<String>) -> Classification {
        guard let intent = result.intent, !smallTalkNames.contains(intent),
            let top = result.ranking.first?.score
        else { return result }
        let rivals = result.ranking.compactMap { candidate in
            classes.firstIndex { $0.name == candidate.intent && !$0.isSmallTalk }
                .flatMap { candidate.score >= MeaningRanker.rivalShare * top ? (candidate, $0) : nil }
        }
        // The accepted intent is one of the rivals (small talk may have scored higher and lost to it).
        guard rivals.count > 1, rivals.contains(where: { $0.0.intent == intent }),
            let line = ranker.vector(of: words.joined(separator: " "))
        else { return result }
        let valued = rivals.map { ($0.0, $0.0.score + MeaningRanker.weight * ranker.closeness(of: line, to: $0.1)) }
        guard let best = valued.max(by: { $0.1 < $1.1 })?.0, best.intent != intent else { return result }
        return result.with(intent: best.intent, confidence: rounded(min(1, best.score)))
    }

    /// Small talk wins over a question about an order that clears its bar when it scores this many times higher.
    static let smallTalkLead = 2.0

    /// At most this many sentences of a long message are read on their own, so the cost stays bounded.
    static let maxSentences = 8
    /// Messages shorter than this many words are read whole only.
    static let longMessage = 12
    /// A single sentence of a long message must score at least this to decide the whole message.
    static let sentenceThreshold = 0.6
    /// A question sentence of a long message understood as ours must score at least this to decide what it asks.
    static let questionThreshold = 0.4

    /// Whether the learned scorer decides (its weights know every intent of the catalogue).
    public var usesLearnedScorer: Bool { learned != nil }

    /// The features the learned scorer reads from `text`, as training reads them; `leavingOut` reads an
    /// example of the intent files as if it were not one (its own example would otherwise vouch for it).
    public func scorerFeatures(_ text: String, leavingOut: Bool = false) -> [UInt64] {
        ScorerFeatures.hashes(similarity(text, excluding: leavingOut ? exampleNumbers.value[text] : nil))
    }

    private func classify(tokens: [String], extraction: SlotExtractor.Extraction, excluding: Int?) -> Classification {
        let terms = analyzer.terms(tokens, slots: extraction)
        let scored = index.score(TermAnalyzer.features(terms), excluding: excluding)
        let anchors = Set(terms.filter(Lexicon.anchors.contains)).count
        // An order from another shop is out of scope, unless AliExpress is named too ("cheaper than on amazon").
        let anchored = anchors > 0 && !Lexicon.namesOtherShop(terms)
        let bar = anchors >= 2 ? Self.twoAnchorThreshold : Self.acceptThreshold
        let outOfScope = classes.count - 1
        let ranking = (0..<outOfScope)
            .filter { scored.scores[$0] > 0 }
            .map { Classification.Candidate(intent: classes[$0].name, score: scored.scores[$0]) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }  // ties: by name, stably
        // A question about an order needs an anchor, and two different anchors lower its bar; small talk must be
        // mostly small-talk words, and loses to a question about an order that clears its own bar ("can you help
        // me cancel").
        let domain = (0..<outOfScope).filter { !classes[$0].isSmallTalk && anchored }
            .max { scored.scores[$0] < scored.scores[$1] }
            .flatMap { scored.scores[$0] >= bar ? $0 : nil }
        let chattiness = scored.chattiness(smallTalk: smallTalkClasses, outOfScope: outOfScope)
        let smallTalkBar = chattiness.pure ? Self.pureSmallTalkThreshold : Self.smallTalkThreshold
        let smallTalk = smallTalkClasses.filter { _ in chattiness.score > 0 }
            .max { scored.scores[$0] < scored.scores[$1] }
            .flatMap { scored.scores[$0] >= smallTalkBar ? $0 : nil }
        // Small talk that names the domain in passing ("thanks for the info about refunds") is still small talk
        // when it reads as small talk far better than as the question about an order it also clears.
        let passing = domain.flatMap { question in
            smallTalkClasses.max { scored.scores[$0] < scored.scores[$1] }.flatMap { talk in
                scored.scores[talk] >= max(Self.smallTalkThreshold, Self.smallTalkLead * scored.scores[question])
                    ? talk : nil
            }
        }
        guard let best = passing ?? domain ?? smallTalk, scored.scores[best] > scored.scores[outOfScope] else {
            let closest = ranking.first?.score ?? 0
            let confidence = 1 - max(0, min(1, closest / Self.acceptThreshold)) * 0.5
            return Classification(
                intent: nil, confidence: rounded(confidence), slots: extraction.values,
                otherWords: extraction.otherWords, ranking: Array(ranking.prefix(4)), terms: terms,
                bar: bar, smallTalkBar: smallTalkBar, anchored: anchored,
                outOfScopeScore: scored.scores[outOfScope])
        }
        return Classification(
            intent: classes[best].name, confidence: rounded(min(1, scored.scores[best])),
            slots: extraction.values, otherWords: extraction.otherWords,
            ranking: Array(ranking.prefix(4)), terms: terms, bar: bar, smallTalkBar: smallTalkBar,
            anchored: anchored, outOfScopeScore: scored.scores[outOfScope])
    }
}

extension IntentMatcher {
    /// The class the learned scorer finds most probable: an intent, or out of scope. Its probability is the
    /// confidence, and `probable` lists the intents by probability; the similarity reading's own fields stay.
    private func classify(_ similar: SimilarityReading, learned: Learned) -> Classification {
        let all = learned.scorer.probabilities(ScorerFeatures.hashes(similar))
        let probability = learned.classes.map { all[$0] }
        let outOfScope = classes.count - 1
        let ranking = (0..<outOfScope)
            .filter { probability[$0] >= Self.rankingFloor }
            .map { Classification.Candidate(intent: classes[$0].name, score: rounded(probability[$0])) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
        let best = probability.indices.max { probability[$0] < probability[$1] } ?? outOfScope
        var result = similar.classification
        // Small talk that names another errand (a language, a booking, what the assistant is) is chit-chat we leave
        // alone, however it borrows small talk's words ("what's the spanish word for thanks").
        if best < outOfScope, classes[best].isSmallTalk, similar.terms.contains(where: Lexicon.otherErrands.contains) {
            return result
        }
        // Small talk the scorer only guesses is none: a line of one word nobody wrote ("aaaa") is no greeting, and
        // is better told what the assistant can do.
        if best < outOfScope, classes[best].isSmallTalk, probability[best] < Self.smallTalkGuess { return result }
        result.decided(
            by: best == outOfScope ? nil : classes[best].name, confidence: rounded(probability[best]),
            probable: Array(ranking.prefix(4)))
        return result
    }

    /// Whether the similarity scores took a question about an order well over its bar: the examples then vouch for
    /// the reading, and the learned scorer is left for the lines they are unsure of, which is where the writers'
    /// corpus teaches most (leave-one-writer-out: `WriterFolds`).
    /// Likewise when an out-of-scope example is that close, and closer than any intent's ("the refund for my
    /// cancelled flight has not arrived").
    static func isSure(_ heard: Classification) -> Bool {
        if heard.intent != nil { return heard.confidence >= sureSimilarity }
        return heard.outOfScopeScore >= sureOutOfScope && heard.outOfScopeScore > (heard.ranking.first?.score ?? 0)
    }

    /// The probability of "out of scope" at which the learned scorer overrules examples that were sure.
    static let sureNotOurs = 0.9

    /// The similarity score over which the examples decide alone.
    static let sureSimilarity = 0.5
    /// The same for an out-of-scope example, which must come closer: those examples borrow the domain's words on
    /// purpose ("when will my replacement debit card be delivered" is 0.514 from "my parcel says delivered but I
    /// never got it").
    static let sureOutOfScope = 0.6

    /// Small talk less probable than this is a guess (`Reading.unsure` is the same bar for a question).
    static let smallTalkGuess = 0.35

    /// An intent less probable than this is left out of the ranking.
    static let rankingFloor = 0.01
}

/// The learned scorer, and for each of the matcher's classes the number of its class in the weights. A class, so
/// that copying a matcher copies one reference.
final class Learned: Sendable {
    let scorer: LearnedScorer
    let classes: [Int]
    init(scorer: LearnedScorer, classes: [Int]) {
        self.scorer = scorer
        self.classes = classes
    }
}

/// A value behind one reference.
final class Box<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// An intent as the matcher sees it.
struct MatchClass: Sendable {
    let name: String
    let isSmallTalk: Bool
}

private func rounded(_ x: Double) -> Double { Classification.rounded(x) }
