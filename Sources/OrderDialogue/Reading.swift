import OrderPolicy
import OrderUnderstanding

/// One message as the dialogue needs it: the questions it asks, in order, what it tells of the order, and the
/// small cues that matter in a follow-up ("yes", "2", "actually"). Understanding has no memory; this neither.
struct Reading: Sendable {
    /// The message as typed, trimmed.
    let text: String
    /// Its normalised words.
    let words: [String]
    /// The whole message, classified.
    let heard: Classification
    /// The intents it asks about, in the order asked: at most `maxQuestions`.
    let questions: [String]
    /// What it says happened to the order, its payment and order number.
    let told: SituationReading
    /// The day it mentions last, placed on the calendar.
    let date: DateResolution?
    /// A yes or a no, when that is what the message starts with.
    let yesNo: Bool?
    /// The day the conversation takes as today.
    let today: CalendarDate

    /// A message asks at most this many questions that get answered in one reply.
    static let maxQuestions = 3

    init(_ text: String, assistant: Assistant, today: CalendarDate) {
        self.text = text
        self.today = today
        words = Normalizer.tokens(text)
        heard = assistant.matcher.classify(text)
        told = assistant.matcher.readSituation(text)
        date = DateExtractor.mention(in: text).map { $0.resolve(today: today) }
        yesNo = Self.yesNo(words)
        questions = Self.questions(in: text, heard: heard, assistant: assistant)
        asks = Self.segments(of: text).contains { $0.asks }
    }

    /// Whether some part of the message is phrased as a question or a request, rather than only telling.
    let asks: Bool

    /// Words outside the slot phrases, as the matcher counts them.
    var otherWords: Int { heard.otherWords }

    /// Whether the message marks itself as a correction ("sorry, it's actually shipped").
    var hasCorrectionCue: Bool { words.contains(where: Self.correctionCues.contains) }

    /// The first intent, when there is one.
    var intent: String? { questions.first }

    /// Each part of a message that asks something, classified; the whole message's intent comes first unless a
    /// part places it later. "I want to cancel. How long until the refund?" asks two things.
    private static func questions(in text: String, heard: Classification, assistant: Assistant) -> [String] {
        guard let whole = heard.intent else { return [] }
        let isSmallTalk = { (name: String) in assistant.catalog.intent(named: name)?.isSmallTalk == true }
        var asked: [String] = []
        let parts = segments(of: text)
        for part in parts where parts.count > 1 && part.asks {
            let result = assistant.matcher.classify(String(part.text))
            // The message as a whole names the domain, so a part of it need not: "…, when will I get my money?"
            let saysSomething = result.terms.contains { !questionTerms.contains($0) }
            guard var intent = result.intent ?? result.ranking.first.flatMap({ best in
                      saysSomething && best.score >= IntentMatcher.acceptThreshold ? best.intent : nil }),
                  !isSmallTalk(intent) else { continue }
            // A part that scores nearly as well for the message's own intent is that question in other words.
            if let best = result.ranking.first, let own = result.ranking.first(where: { $0.intent == whole }),
               own.score >= Self.sameQuestionShare * best.score {
                intent = whole
            }
            if !asked.contains(intent) { asked.append(intent) }
        }
        if asked.isEmpty { return [whole] }
        // The story around a question is its context ("I sent the item back, when will I get my money?"), unless
        // it is a clear complaint of its own ("the seller hasn't answered for 2 days, what should I write?").
        if !asked.contains(whole), !isSmallTalk(whole), parts.contains(where: { part in
            guard !part.asks else { return false }
            let result = assistant.matcher.classify(String(part.text))
            return result.intent == whole && result.confidence >= statementBar
        }) {
            asked.insert(whole, at: 0)
        }
        return Array(asked.prefix(maxQuestions))
    }

    /// A part of a message whose score for the message's own intent is at least this share of its best score
    /// asks that same question.
    static let sameQuestionShare = 0.7
    /// A part that only tells the story adds its own question when it is at least this clear.
    static let statementBar = 0.7

    /// The message cut where a new question may start: at sentence ends, and at "and" or a comma followed by a
    /// question word. Each part knows whether it is phrased as a question or request.
    private static func segments(of text: String) -> [(text: Substring, asks: Bool)] {
        var parts: [(text: Substring, asks: Bool)] = []
        for clause in IntentMatcher.clauses(of: text) {
            let words = Normalizer.tokens(String(clause))
            guard !words.isEmpty else { continue }
            let end = clause.endIndex < text.endIndex ? text[clause.endIndex] : "."
            let asks = end == "?" || questionWords.contains(words[0])
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

    private static func yesNo(_ words: [String]) -> Bool? {
        guard let first = words.first else { return nil }
        if ["yes", "yeah", "yea", "yep", "yup", "sure", "correct"].contains(first) { return true }
        if ["no", "nope", "nah"].contains(first) || (first == "not" && words.dropFirst().first == "yet") { return false }
        return nil
    }

    private static let questionWords: Set<String> = [
        "how", "when", "where", "what", "why", "which", "who", "can", "could", "will", "would", "do", "does", "did",
        "is", "are", "should", "shall", "may", "whats", "hows", "wheres", "please", "tell", "help",
    ]

    /// Terms that only say a question is asked ("when will I get it" says nothing of what).
    private static let questionTerms: Set<String> = ["when", "how", "where", "what", "why", "which", "who", "whi"]

    /// Words that mark a line as correcting what was said before.
    static let correctionCues: Set<String> = ["actually", "sorry", "no", "wait", "meant", "correction", "oops",
                                               "mistake", "instead", "rather", "oh"]
}
