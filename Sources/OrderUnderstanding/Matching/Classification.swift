/// What the matcher made of one utterance: the intent (nil when out of scope), how sure it is, and the slots.
public struct Classification: Sendable {
    /// A scored candidate intent.
    public struct Candidate: Sendable {
        public let intent: String
        public let score: Double
    }

    /// The intent, or nil when the utterance is out of scope or not understood.
    public private(set) var intent: String?
    /// How sure the matcher is of `intent` (or of "out of scope" when it is nil), from 0 to 1.
    public private(set) var confidence: Double
    /// The slots the utterance mentions.
    public private(set) var slots: SlotValues
    /// Meaningful words outside the slot phrases.
    public private(set) var otherWords: Int
    /// The best in-scope candidates, best first, even when none was accepted.
    public let ranking: [Candidate]
    /// The terms the matcher compared, for intent authors.
    public var terms: [String] = []
    /// The score a question about an order needed: lower when the utterance names two different anchors.
    public var bar = IntentMatcher.acceptThreshold
    /// The score small talk needed: lower when every word is one small talk uses.
    public var smallTalkBar = IntentMatcher.smallTalkThreshold
    /// Whether the utterance names a domain anchor, without which no question about an order is accepted.
    public var anchored = false
    /// The best score of the out-of-scope examples, which an accepted intent must beat.
    public var outOfScopeScore = 0.0

    /// A score or confidence as the matcher reports it, and `classify --json` and `/why` show it: three decimals.
    public static func rounded(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }

    /// The same classification, with another intent and how sure the matcher is of it.
    func with(intent: String, confidence: Double) -> Classification {
        var copy = self
        copy.intent = intent
        copy.confidence = confidence
        return copy
    }

    /// The learned scorer's most probable intents, best first, with their probabilities (empty when the similarity
    /// scores decided). `ranking`, `bar` and `outOfScopeScore` stay the similarity reading's: they describe how
    /// near the examples the line came, which choices and `/why` show.
    public private(set) var probable: [Candidate] = []

    /// What the similarity scores decided, when the learned scorer decided instead.
    private(set) var similar: (intent: String?, confidence: Double)?

    /// Whether the learned scorer decided the intent.
    public var isLearned: Bool { similar != nil }

    /// The same reading, decided by the learned scorer: its intent, probability and most probable intents.
    mutating func decided(by intent: String?, confidence: Double, probable: [Candidate]) {
        similar = (self.intent, self.confidence)
        self.intent = intent
        self.confidence = confidence
        self.probable = probable
    }

    /// The reading as the similarity scores alone decided it.
    public var bySimilarity: Classification {
        guard let similar else { return self }
        var copy = self
        copy.intent = similar.intent
        copy.confidence = similar.confidence
        copy.probable = []
        copy.similar = nil
        return copy
    }

    /// Whether the utterance is about an order from another shop ("my ebay order") and not AliExpress.
    public var namesOtherShop: Bool { Lexicon.namesOtherShop(terms) }

    /// The same classification, with the slots a conversation would hold after it.
    public func with(slots: SlotValues) -> Classification {
        var copy = self
        copy.slots = slots
        return copy
    }

    /// The same classification, with the slots and other words of the whole message.
    func with(slots: SlotValues, otherWords: Int) -> Classification {
        var copy = self
        copy.slots = slots
        copy.otherWords = otherWords
        return copy
    }
}
