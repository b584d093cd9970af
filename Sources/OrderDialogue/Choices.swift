import OrderUnderstanding

/// Numbered choices offered when a question could mean several things ("refund" alone).
struct Choices: Sendable {
    /// The intents on offer, in the order shown.
    let intents: [IntentDefinition]

    /// Offer choices for a one-word question when others score at least this share of the best: one word
    /// ("refund", "cancel", "seller") says too little to rule out an intent that scores half as well…
    static let oneWordShare = 0.5
    /// …and for a question of a few words when they score nearly as well.
    static let fewWordsShare = 0.92
    /// Longer questions say enough to be answered…
    static let shortQuestion = 3
    /// …and so does a message of more words than this, even when few of them are terms ("i paid cash on
    /// delivery, how do i get the refund").
    static let longestOffered = 6

    /// Choices for a short question whose best intents score close together, or nil when one clearly wins.
    /// `words` is the number of words typed: "refund" alone is bare, "I need a refund" says what is wanted.
    static func offer(for heard: Classification, words: Int, in catalog: IntentCatalog) -> Choices? {
        guard let best = heard.ranking.first, (1...shortQuestion).contains(heard.terms.count),
            words <= longestOffered
        else { return nil }
        let share = words <= 2 && heard.terms.count == 1 ? oneWordShare : fewWordsShare
        let close = heard.ranking.prefix(4).filter { $0.score >= best.score * share }
            .compactMap { catalog.intent(named: $0.intent) }
            .filter { !$0.isSmallTalk }
        return close.count >= 2 ? Choices(intents: close) : nil
    }

    /// The question listing the choices.
    var question: String {
        (["I can help with a few things there. Which do you mean?"]
            + intents.enumerated().map { "  \($0.offset + 1). \($0.element.summary)" }
            + ["A number is fine."]).joined(separator: "\n")
    }
}
