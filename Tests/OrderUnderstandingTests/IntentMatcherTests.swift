import Foundation
import TestSupport
import Testing

@testable import OrderUnderstanding

struct IntentMatcherTests {
    @Test(
        "questions in new words reach their intent",
        arguments: [
            ("hey, how can i cancel the thing i bought", "cancel_order"),
            ("when is my money coming back", "refund_time"),
            ("the shop keeps ignoring my messages", "seller_not_responding"),
            ("can i send back a product that arrived", "return_item"),
            ("what's the fee for cancelling", "cancellation_penalty"),
            ("it's in customs, can I cancel?", "cancel_order"),  // customs is a word about orders
            ("my parcel is in customs, can I cancel?", "cancel_order"),  // customs duty examples name no parcel
            ("hi there", "greeting"),
            ("thank you very much", "thanks"),
        ])
    func understands(text: String, intent: String) {
        #expect(Fixtures.matcher.classify(text).intent == intent)
    }

    @Test(
        "kinds of paraphrase reach their intent",
        arguments: [
            ("cancel this order please, paid with mastercard", "cancel_order"),  // a payment clause is context
            ("i want to annul the purchase", "cancel_order"),
            ("stop the seller sending it", "cancel_order"),
            ("canceel my ordr", "cancel_order"),  // two typos, one of four letters
            ("the supplier got no answer", "seller_not_responding"),
            ("the seller okayed my cancellation, how many days for the money", "refund_time"),
            ("thanks for the info about refunds", "thanks"),  // small talk in passing
            ("signing off now", "goodbye"),
            ("how does buyer protection work for me", "open_dispute"),
            ("because the seller still hasn't shipped it, can i get a refund", "get_refund"),  // a connective
        ])
    func paraphrases(text: String, intent: String) {
        #expect(Fixtures.matcher.classify(text).intent == intent)
    }

    @Test("in a long message understood as ours, the question asked after the story decides; a statement does not")
    func questionAfterStory() {
        let story = "the seller refused my cancellation yesterday, now what. "
        #expect(Fixtures.matcher.classify(story + "can i open a dispute instead?").intent == "open_dispute")
        #expect(Fixtures.matcher.classify(story + "can i open a dispute instead.").intent == "seller_declined")
        // A question never lets in a message that is not ours.
        #expect(
            Fixtures.matcher.classify("my card was charged twice last night. can you reverse the payment?").intent
                == nil)
    }

    @Test("between close rivals, the one the words mean more nearly wins; meaning never lets a line in")
    func meaning() {
        // The words fit a return as well as a refund on its way; word vectors read it as the refund.
        #expect(
            Fixtures.matcher.classify("my returned parcel's money still hasn't reached my account").intent
                == "refund_time")
        #expect(Fixtures.matcher.classify("my salary still hasn't reached my account").intent == nil)
    }

    @Test(
        "how long something has gone on is the story, not a question about time",
        arguments: [
            ("the seller hasn't sent anything in two weeks", false),
            ("it was delivered last week", false),
            ("i paid 10 business days ago", false),
            ("how many more days until the refund", true),
            ("how long does shipping take", true),
        ])
    func durations(text: String, asksAboutTime: Bool) {
        #expect(Fixtures.matcher.classify(text).terms.contains("time") == asksAboutTime)
    }

    @Test("an order from another shop is not ours, unless AliExpress is named too")
    func otherShops() {
        #expect(Fixtures.matcher.classify("my ebay order hasn't shipped yet, how do i cancel it").intent == nil)
        #expect(
            Fixtures.matcher.classify("how do i cancel my aliexpress order, it was cheaper on amazon").intent
                == "cancel_order")
    }

    @Test("a four-letter word is read as a longer word only when that names the domain")
    func shortTypos() {
        #expect(Fixtures.matcher.analyzer.corrected(["ordr", "than", "hell"]) == ["order", "than", "hell"])
    }

    @Test(
        "a refund the shopper already has asks when or where, not how",
        arguments: [
            ("my refund never showed up on the card", "refund_time"),
            ("we still don't see our refund", "refund_time"),
            ("where does my refund go", "refund_method"),
            ("how do i ask for a refund", "get_refund"),
            ("how would i go about getting my money back", "get_refund"),
            ("i'd like to begin a refund", "get_refund"),
        ])
    func ownedRefund(text: String, intent: String) {
        #expect(Fixtures.matcher.classify(text).intent == intent)
    }

    @Test("\"my refund\" is a refund and a marker; the marker never pairs, so the words around it still do")
    func ownedMarker() {
        let terms = Fixtures.matcher.classify("where does my refund go").terms
        #expect(terms == ["wher", "owned", "refund", "go"])
        let features = TermAnalyzer.features(terms)
        #expect(features.contains("refund go") && features.contains("wher refund"))
        #expect(!features.contains { $0.contains("owned ") || $0.contains(" owned") })
    }

    @Test("two different domain concepts lower the bar; one keeps it")
    func twoAnchors() throws {
        // Pads a question with made-up words until its best score falls between the two bars.
        func diluted(_ text: String) -> Classification? {
            var words: [String] = []
            for letter in "bcdfghjklmnpqrstvwxz" {
                words.append("qzx" + String(letter) + "vorp")
                let heard = Fixtures.similarityMatcher.classify(text + " " + words.joined(separator: " "))
                guard let best = heard.ranking.first, best.score < IntentMatcher.acceptThreshold else { continue }
                return best.score >= IntentMatcher.twoAnchorThreshold ? heard : nil
            }
            return nil
        }
        let two = try #require(diluted("the seller never sent my refund"))
        #expect(two.intent != nil)
        let one = try #require(diluted("how long is the usual waiting time for a refund to arrive"))
        #expect(one.intent == nil)
    }

    @Test(
        "small talk said in other ways reaches its intent",
        arguments: [
            ("how's everything with you", "greeting"),  // asked of the assistant
            ("have you been well", "greeting"),
            ("great to see you", "greeting"),  // seeing is meeting here
            ("why hi there", "greeting"),
            ("i only wanted to say hey", "greeting"),
            ("bonjour friend", "greeting"),  // a greeting from abroad
            ("i must say bye now", "goodbye"),
            ("i've got to dash", "goodbye"),
            ("i need to get going", "goodbye"),  // only stopwords but a phrase
            ("take it easy, friend", "goodbye"),
            ("sayonara", "goodbye"),
            ("it was pleasant chatting with you", "goodbye"),
            ("merci", "thanks"),
            ("good job, bot", "thanks"),
            ("you are the greatest", "thanks"),
            ("i can never thank you enough", "thanks"),  // a negation that thanks
            ("that's very kind of you", "thanks"),
            ("your answer was useful", "thanks"),  // praise for the answer
            ("what exactly can you do for me", "help"),
            ("which topics are you versed in", "help"),
            ("what are you capable of doing", "help"),
            ("what can you answer", "help"),
            ("what are you able to handle", "help"),
        ])
    func smallTalk(text: String, intent: String) {
        #expect(Fixtures.matcher.classify(text).intent == intent)
    }

    @Test(
        "not wanting to buy something any more, or buying again, is still a question about the order",
        arguments: [
            "i don't want to buy this anymore, how do i cancel", "i want to order again but cancel the first order",
        ])
    func buyingInAnOrderQuestion(text: String) {
        #expect(Fixtures.matcher.classify(text).intent == "cancel_order")
    }

    @Test(
        "a greeting asked of an order leads into a question about it, not small talk",
        arguments: [
            "what's going on with the seller", "how's everything going with my dispute",
            "what's going on with my order", "how is everything with my cancellation",
        ])
    func greetingLeadsIn(text: String) throws {
        let intent = try #require(Fixtures.matcher.classify(text).intent)
        #expect(!["greeting", "goodbye", "thanks", "help"].contains(intent))
    }

    @Test(
        "chit-chat that is not about an order stays out of scope",
        arguments: [
            "are you a bot", "you are a machine, right", "i need to cancel our reservations",
            "we want to cancel the dinner reservation", "what is hello in german",
            "what's the spanish word for thanks", "i need you to buy more dish soap",
            "how much paid time off do i still have", "yes is my answer", "remind me of it later",
            "what is your favourite hobby", "i need you to buy me a lamp", "i want to purchase some flour",
        ])
    func chitChatIsNotOurs(text: String) {
        #expect(Fixtures.matcher.classify(text).intent == nil)
    }

    @Test(
        "questions from other domains are out of scope",
        arguments: [
            "cancel my netflix", "what's the weather in paris", "how do i say thanks in german",
            "recommend a good book", "my credit card was stolen", "set an alarm for 7",
            "do i have to pay customs fees for my aliexpress order?",
        ])  // no fact covers customs duty
    func rejects(text: String) {
        #expect(Fixtures.matcher.classify(text).intent == nil)
    }

    @Test(
        "bad input is simply not understood", .tags(.slow), .timeLimit(.minutes(1)),
        arguments: [
            "", "   ", "!!!@@@###", String(repeating: "a", count: 100_000), "\u{0}\u{1B}[31m", "\u{FFFD}\u{FFFD}",
        ])
    func badInput(text: String) {
        let result = Fixtures.matcher.classify(text)
        #expect(result.intent == nil)
        #expect(result.confidence >= 0 && result.confidence <= 1)
    }

    @Test(
        "a line of one word nobody wrote is not small talk, however the scorer guesses",
        arguments: ["aaaa", "aaaaaaaaaaaa"])
    func unknownWordIsNoGreeting(text: String) {
        #expect(Fixtures.matcher.classify(text).intent == nil)
    }

    @Test("no labelled eval sentence longer than three words is copied into the intents")
    func examplesAreWritten() throws {
        try #require(FileManager.default.fileExists(atPath: Fixtures.eval), "\(Fixtures.eval) is missing")
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.eval).filter { $0.hasSuffix(".tsv") }
        var labelled: Set<[String]> = []
        for file in files {
            let (text, path) = try EvalRows.text(of: file, in: Fixtures.eval)
            for row in try LabelledFile.rows(of: text, path: path) {
                let words = Normalizer.tokens(row.text)
                if words.count > 3 { labelled.insert(words) }
            }
        }
        let examples = (Fixtures.catalog.intents.flatMap(\.examples) + (Fixtures.catalog.outOfScope?.examples ?? []))
        let copied = examples.filter { labelled.contains(Normalizer.tokens($0.text)) }
        #expect(copied.isEmpty, "copied from eval: \(copied.map { "\($0.location): \($0.text)" })")
    }
}
