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
        var found: [(position: Int, intent: String)] = []
        let parts = segments(of: text)
        if parts.count > 1 {
            for (position, part) in parts.enumerated() {
                let result = assistant.matcher.classify(String(part.text))
                // A part that only tells the story adds no question of its own: the message's own intent
                // stands for it ("I paid 3 days ago and it didn't ship. I want to cancel.").
                guard let intent = result.intent, part.asks || intent == whole,
                      assistant.catalog.intent(named: intent)?.isSmallTalk == false,
                      !found.contains(where: { $0.intent == intent }) else { continue }
                found.append((position, intent))
            }
        }
        if !found.contains(where: { $0.intent == whole }) {
            // Small talk around a question ("thanks! and how long…") gives way to the question.
            if assistant.catalog.intent(named: whole)?.isSmallTalk == true, !found.isEmpty { return found.map(\.intent) }
            found.insert((-1, whole), at: 0)
        }
        return Array(found.sorted { $0.position < $1.position }.map(\.intent).prefix(maxQuestions))
    }

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

    /// Words that mark a line as correcting what was said before.
    static let correctionCues: Set<String> = ["actually", "sorry", "no", "wait", "meant", "correction", "oops",
                                               "mistake", "instead", "rather", "oh"]
}
