import Testing

@testable import OrderUnderstanding

/// Near misses from other domains, written for this test (none is a `none.yaml` example), are out of scope; and
/// the out-of-scope examples are what keeps several of them out: a matcher without them takes them as orders.
struct OutOfScopeTests {
    /// Near misses that share words with orders: cancelling, refunds, sellers, parcels, cards and transfers.
    static let nearMisses = [
        "how do i cancel my amazon prime membership",
        "my new credit card still hasn't been delivered",
        "the refund for my cancelled flight has not arrived",
        "how do i dispute a charge on my bank statement",
        "my gym won't refund my membership",
        "track my dhl parcel from ebay",
        "cancel the direct debit to my electricity company",
        "when does my tax refund arrive",
    ]
    /// Further sentences from other domains.
    static let elsewhere = [
        "please cancel my disney plus subscription",
        "cancel my dentist appointment",
        "cancel my train booking for friday",
        "when will my replacement bank card arrive",
        "how many days until my bank transfer reaches germany",
        "my transfer to my sister has not arrived yet",
        "my salary was not paid this month",
        "why was my card declined at the supermarket",
        "cancel my car insurance",
        "can you order me a taxi",
        "the atm kept my card and did not give me cash",
        "how long does it take for a cheque to clear",
        "my paypal transfer to a friend is pending",
        "my pension payment hasn't arrived",
    ]

    /// The same intents with no out-of-scope examples to compete.
    /// The similarity scores without the out-of-scope examples (the learned scorer, trained with them, would still
    /// know them).
    static let withoutOutOfScope = IntentMatcher(
        catalog: IntentCatalog(
            directory: Fixtures.catalog.directory, intents: Fixtures.catalog.intents, outOfScope: nil, problems: []),
        scorer: nil)

    @Test("none of these sentences is a none.yaml example")
    func notCopies() throws {
        let examples = Set(try #require(Fixtures.catalog.outOfScope).examples.map { Normalizer.tokens($0.text) })
        for text in Self.nearMisses + Self.elsewhere {
            #expect(!examples.contains(Normalizer.tokens(text)), "\(text) is copied from none.yaml")
        }
    }

    @Test("questions from other domains are out of scope", arguments: nearMisses + elsewhere)
    func rejected(text: String) {
        let heard = Fixtures.matcher.classify(text)
        #expect(heard.intent == nil, "taken as \(heard.intent ?? "")")
    }

    @Test("without the out-of-scope examples most near misses would be taken as orders")
    func competitionMatters() {
        let accepted = Self.nearMisses.filter { Self.withoutOutOfScope.classify($0).intent != nil }
        #expect(accepted.count * 2 > Self.nearMisses.count, "only \(accepted) accepted without none.yaml")
    }

    @Test(
        "the matcher without them still understands orders, so the difference is the competition",
        arguments: [
            ("how do i cancel my order", "cancel_order"), ("where does my refund go", "refund_method"),
            ("the seller is not answering my messages", "seller_not_responding"),
        ])
    func withoutStillUnderstands(text: String, intent: String) {
        #expect(Self.withoutOutOfScope.classify(text).intent == intent)
        #expect(Fixtures.matcher.classify(text).intent == intent)
    }
}
