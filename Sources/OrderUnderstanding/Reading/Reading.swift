import OrderPolicy

/// One message as the dialogue needs it: the questions it asks, in order, what it tells of the order, and the
/// small cues that matter in a follow-up ("yes", "2", "actually"). Understanding has no memory; this neither.
/// The dialogue reads a message through this once, and never calls the matcher itself.
public struct Reading: Sendable {
    /// The message as typed, trimmed.
    public let text: String
    /// Its normalised words.
    public let words: [String]
    /// The whole message, classified.
    public let heard: Classification
    /// The same, as the matcher scored it before the conversation's context had its say.
    public let scored: Classification
    /// The intents it asks about, in the order asked: at most `maxQuestions`.
    public let questions: [String]
    /// What it says happened to the order, its payment and order number.
    public let told: SituationReading
    /// The day it mentions last, as said ("last monday")…
    public let dateMention: DateMention?
    /// …and placed on the calendar.
    public let date: DateResolution?
    /// A yes or a no, when that is what the message starts with.
    public let yesNo: Bool?
    /// The day the conversation takes as today.
    public let today: CalendarDate

    /// A message asks at most this many questions that get answered in one reply.
    public static let maxQuestions = 3
    /// At most this many parts of each kind (asking, telling) are classified on their own.
    public static let maxParts = 6

    /// Reads `text` with `matcher`, for the intents of `catalog`; `followingUp` when the conversation has asked
    /// something or answered something already.
    public init(
        _ text: String, matcher: IntentMatcher, catalog: IntentCatalog, today: CalendarDate, followingUp: Bool = false
    ) {
        self.text = text
        self.today = today
        words = Normalizer.tokens(text)
        let read = matcher.read(text)
        let parts = Self.segments(of: text, clauses: read.clauses)
        asks = parts.contains { $0.asks }
        // The learned scorer was taught first messages: in a conversation under way, a line that asks nothing
        // ("actually it already shipped this morning", "it never arrived" in answer to a question) answers or
        // corrects, and is read by the examples alone.
        scored = read.heard
        told = read.told
        heard = asks || !followingUp ? scored : scored.bySimilarity
        dateMention = told.dateMention
        date = dateMention.map { $0.resolve(today: today) }
        yesNo = Self.yesNo(words)
        supposed = Self.supposed(in: words)
        questions = Self.questions(in: parts, heard: self.heard, matcher: matcher, catalog: catalog)
    }

    /// A reading made of its parts, as the decision table builds one without a matcher: the classifications, the
    /// questions and what was told are given; the words, the day, a yes or no and what is supposed come from `text`
    /// as they do for a message read by the matcher.
    init(
        _ text: String, today: CalendarDate, heard: Classification, scored: Classification? = nil,
        questions: [String], told: SituationReading = SituationReading(), asks: Bool
    ) {
        self.text = text
        self.today = today
        words = Normalizer.tokens(text)
        self.heard = heard
        self.scored = scored ?? heard
        self.questions = questions
        self.told = told
        self.asks = asks
        dateMention = DateExtractor.mayMention(words) ? DateExtractor.mention(in: text) : nil
        date = dateMention.map { $0.resolve(today: today) }
        yesNo = Self.yesNo(words)
        supposed = Self.supposed(in: words)
    }

    /// What the message supposes rather than tells: "if I refuse it, how long until I get my money back?" asks
    /// about a refused parcel that nobody has refused yet. It is answered as if it had happened, and not kept.
    public let supposed: [OrderEvent]

    /// Whether some part of the message is phrased as a question or a request, rather than only telling.
    public let asks: Bool

    /// Words outside the slot phrases, as the matcher counts them.
    public var otherWords: Int { heard.otherWords }

    /// Whether the message marks itself as a correction ("sorry, it's actually shipped").
    public var hasCorrectionCue: Bool { words.contains(where: Self.correctionCues.contains) }

    /// Whether the examples read no question in the message, even if the learned scorer did: such a message may
    /// still continue the last answer ("and if i paid last monday?"), which is tried first.
    public var examplesFindNoQuestion: Bool {
        questions.isEmpty || (heard.isLearned && heard.bySimilarity.intent == nil)
    }

    /// The two or three likeliest readings of a message the learned scorer could not settle (out of scope, but
    /// not surely; or an intent it gives less than `unsure`), when it names our order (an anchor, no other
    /// shop); nil otherwise.
    public func likelyReadings(in catalog: IntentCatalog) -> [String]? {
        guard scored.anchored, !scored.namesOtherShop, scored.isLearned,
            scored.intent == nil ? scored.confidence < Self.sureOutOfScope : scored.confidence < Self.unsure
        else { return nil }
        let readings = scored.probable.filter { catalog.intent(named: $0.intent)?.isSmallTalk == false }.prefix(3)
        return readings.count >= 2 ? readings.map(\.intent) : nil
    }

    /// The readings of a question that names no topic of its own and has no earlier question to lean on ("ok and
    /// how many days is that?" as a first message): the two or three intents the examples come nearest, over
    /// their usual bar; nil when fewer than two do.
    public func bareQuestionReadings(in catalog: IntentCatalog) -> [String]? {
        guard namesNoTopic else { return nil }
        let readings = heard.bySimilarity.ranking.filter { candidate in
            candidate.score >= IntentMatcher.acceptThreshold
                && catalog.intent(named: candidate.intent)?.isSmallTalk == false
        }.prefix(3)
        return readings.count >= 2 ? readings.map(\.intent) : nil
    }

    /// The probability of "out of scope" at which the scorer is sure enough to say so without offering readings.
    public static let sureOutOfScope = 0.9
    /// Below this probability the learned scorer's intent is a guess, and readings are offered instead.
    public static let unsure = 0.35

    /// Whether the message reads as a question or a clear complaint: the examples read a question in it over
    /// their usual bar, or the learned scorer is at least `clearComplaint` sure of one. A story that is neither
    /// ("I bought a dress … but the seller still hasn't shipped it", 0.7) is taken in; "my parcel says delivered
    /// but I never got it" (0.92) is answered.
    public var readsAsAQuestion: Bool {
        let examples = heard.bySimilarity
        return (examples.intent != nil && examples.confidence >= IntentMatcher.acceptThreshold)
            || (heard.isLearned && heard.intent != nil && heard.confidence >= Self.clearComplaint)
    }

    /// How sure the learned scorer must be of a question in a story that asks nothing for it to be answered.
    public static let clearComplaint = 0.8

    /// Whether the message clearly asks a question other than `last`: the learned scorer is at least
    /// `clearComplaint` sure of another intent ("i paid yesterday, how do i cancel it?" after a return), where
    /// "and if i paid last monday?" only counts the last question from another day.
    public func asksAnotherQuestion(than last: String) -> Bool {
        guard let intent, intent != last else { return false }
        return heard.confidence >= Self.clearComplaint
    }

    /// Whether the message asks without naming a topic of its own: each word it was matched on only says what
    /// kind of answer it wants ("ok and how many days is that?", "how do I find that option?").
    public var namesNoTopic: Bool { asks && Self.namesNoTopic(heard) }

    /// Whether the message asks how long something takes ("how many days is that?").
    public var asksHowLong: Bool { Self.asksHowLong(heard) }

    /// Whether every term a classification was matched on only says what kind of answer is wanted.
    static func namesNoTopic(_ heard: Classification) -> Bool { heard.terms.allSatisfy(aspectTerms.contains) }

    /// Whether a classification's terms ask how long something takes.
    static func asksHowLong(_ heard: Classification) -> Bool { heard.terms.contains("time") }

    /// Terms that say what kind of answer is wanted (a time, a place, a way) but not what about.
    static let aspectTerms = questionTerms.union(["time", "tak", "see", "option", "click"])

    /// The first intent, when there is one.
    public var intent: String? { questions.first }

    /// Each part of a message that asks something, classified; the whole message's intent comes first unless a
    /// part places it later. "I want to cancel. How long until the refund?" asks two things.
    private static func questions(
        in parts: [(text: Substring, asks: Bool)], heard: Classification,
        matcher: IntentMatcher, catalog: IntentCatalog
    ) -> [String] {
        let isSmallTalk = { (name: String) in catalog.intent(named: name)?.isSmallTalk == true }
        // Each part is classified once, whether it asks or tells the story a question leans on, and by the examples
        // alone: the learned scorer was taught whole messages, and a part borrows its domain from the message
        // around it ("is my refund doing, what's status please" asks about the refund, not what statuses mean).
        var classified: [Substring: Classification] = [:]
        func classify(_ part: Substring) -> Classification {
            if let known = classified[part] { return known }
            let result = matcher.classify(String(part)).bySimilarity
            classified[part] = result
            return result
        }
        // Each part phrased as a question, classified on its own, with how well it also fits the whole's intent.
        // A long story is read up to a few questions, so the cost of a line stays bounded.
        var asked: [(intent: String, wholeShare: Double)] = []
        for part in parts.filter(\.asks).prefix(maxParts) where parts.count > 1 {
            let result = classify(part.text)
            // A part that names no topic of its own ("how long can they take?") asks about the story told before
            // it: the seller who didn't react, or, by the story's `how_long:`, the refund of an item sent back.
            // A single word ("when and where is the refund?" cut at "and") is a piece of the next question.
            let before = parts.prefix { $0.text.startIndex < part.text.startIndex }
            if namesNoTopic(result), Normalizer.tokens(String(part.text)).count > 1,
                let story = before.last(where: { !$0.asks }),
                let told = classify(story.text).intent, !isSmallTalk(told)
            {
                let how = asksHowLong(result) ? catalog.intent(named: told)?.howLong?.intent : nil
                let intent = how ?? told
                if !asked.contains(where: { $0.intent == intent }) { asked.append((intent, 0)) }
                continue
            }
            // The message as a whole names the domain, so a part of it need not: "…, when will I get my money?"
            let saysSomething = result.terms.contains { !questionTerms.contains($0) }
            guard
                let intent = result.intent
                    ?? result.ranking.first.flatMap({ best in
                        saysSomething && best.score >= IntentMatcher.acceptThreshold ? best.intent : nil
                    }),
                !isSmallTalk(intent), !asked.contains(where: { $0.intent == intent })
            else { continue }
            let best = result.ranking.first?.score ?? 1
            let share = heard.intent.flatMap { whole in result.ranking.first { $0.intent == whole } }.map {
                $0.score / best
            }
            // A part that needed the whole message's domain to be read at all defers to the whole more readily.
            let same = result.intent == nil ? borrowedDomainShare : sameQuestionShare
            let question =
                (share ?? 0) >= same
                ? (intent: heard.intent!, wholeShare: 1.0) : (intent: intent, wholeShare: share ?? 0)
            // Two parts that both ask the whole message's question ask it once.
            if !asked.contains(where: { $0.intent == question.intent }) { asked.append(question) }
        }
        // A message that is not ours as a whole is not made ours by its parts: "I need a new card: how fast, and
        // what does it cost?" is a bank's question however its parts read.
        guard let whole = heard.intent else { return [] }
        var intents = asked.map(\.intent)
        if intents.isEmpty || intents.contains(whole) || isSmallTalk(whole) {
            return Array((intents.isEmpty ? [whole] : intents).prefix(maxQuestions))
        }
        // The bar is the similarity scores': a complaint clear to the examples, not only likely to the learned scorer.
        let told = parts.filter { !$0.asks }.prefix(maxParts).map { classify($0.text).bySimilarity }
            .filter { $0.intent == whole }.map(\.confidence).max()
        if let told {
            // The story carries the whole's intent: a clear complaint of its own is answered first ("the seller
            // hasn't answered for 2 days, what should I write?"); otherwise it is the question's context ("I sent
            // the item back, when will I get my money?").
            if told >= statementBar { intents.insert(whole, at: 0) }
        } else {
            // The whole's intent comes from the question read with its story ("I paid cash on delivery, how do I
            // get the refund" asks where it goes): it stands, and parts that fit it loosely add nothing.
            intents = [whole] + asked.filter { $0.wholeShare < looseShare }.map(\.intent)
        }
        return Array(intents.prefix(maxQuestions))
    }

    /// A part of a message whose score for the message's own intent is at least this share of its best score
    /// asks that same question.
    static let sameQuestionShare = 0.7
    /// The same, for a part that is only read as a question about orders thanks to the rest of the message.
    static let borrowedDomainShare = 0.5
    /// When the whole message's intent comes from the question and its story together, a part that fits it at
    /// least this well is that question too.
    static let looseShare = 0.4
    /// A part that only tells the story adds its own question when it is at least this clear.
    static let statementBar = 0.7

    /// The message cut where a new question may start: at sentence ends, and at "and" or a comma followed by a
    /// question word. Each part knows whether it is phrased as a question or request.
    private static func segments(of text: String, clauses: [Substring]) -> [(text: Substring, asks: Bool)] {
        var parts: [(text: Substring, asks: Bool)] = []
        for clause in clauses {
            let words = Normalizer.tokens(String(clause))
            guard !words.isEmpty else { continue }
            let end = clause.endIndex < text.endIndex ? text[clause.endIndex] : "."
            let asks =
                end == "?" || questionWords.contains(words[0])
                || (words.count > 1 && ["want", "need", "like", "wanna"].contains(words[1]))
            // A clause that only continues the one before ("…and the seller still didn't ship") joins it.
            if let last = parts.indices.last, !asks, !parts[last].asks {
                parts[last].text = text[parts[last].text.startIndex..<clause.endIndex]
                continue
            }
            parts.append((clause, asks))
        }
        return parts
    }

    private static func supposed(in words: [String]) -> [OrderEvent] {
        // The shopper refusing ("if I refuse it", "if we just reject the parcel"), not the seller declining.
        for (index, word) in words.enumerated() where word == "if" && index + 1 < words.count {
            guard ["i", "we"].contains(words[index + 1]) else { continue }
            if let verb = words[(index + 2)...].prefix(2).firstIndex(where: refusing.contains) {
                return [OrderEvent(.deliveryRefused, evidence: words[index...verb].joined(separator: " "))]
            }
        }
        return []
    }

    /// Turning a parcel down at the door, as a supposition names it ("if I refuse it").
    private static let refusing: Set<String> = ["refuse", "reject", "decline", "refused", "rejected", "declined"]

    private static func yesNo(_ words: [String]) -> Bool? {
        guard let first = words.first else { return nil }
        if ["yes", "yeah", "yea", "yep", "yup", "sure", "correct"].contains(first) { return true }
        // "no wait, it was a bank transfer" corrects what was said; it answers no question.
        if let second = words.dropFirst().first, ["wait", "sorry", "actually"].contains(second) { return nil }
        if ["no", "nope", "nah"].contains(first) || (first == "not" && words.dropFirst().first == "yet") {
            return false
        }
        return nil
    }

    private static let questionWords: Set<String> = [
        "how", "when", "where", "what", "why", "which", "who", "can", "could", "will", "would", "do", "does", "did",
        "is", "are", "should", "shall", "may", "whats", "hows", "wheres", "please", "tell", "help",
    ]

    /// Terms that only say a question is asked ("when will I get it" says nothing of what).
    private static let questionTerms: Set<String> = ["when", "how", "where", "what", "why", "which", "who", "whi"]

    /// Words that mark a line as correcting what was said before.
    public static let correctionCues: Set<String> = [
        "actually", "sorry", "no", "wait", "meant", "correction", "oops",
        "mistake", "instead", "rather", "oh",
    ]
}
