import Foundation
import Testing
@testable import OrderUnderstanding

struct IntentMatcherTests {
    @Test("questions in new words reach their intent",
          arguments: [
              ("hey, how can i cancel the thing i bought", "cancel_order"),
              ("when is my money coming back", "refund_time"),
              ("the shop keeps ignoring my messages", "seller_not_responding"),
              ("can i send back a product that arrived", "return_item"),
              ("what's the fee for cancelling", "cancellation_penalty"),
              ("hi there", "greeting"),
              ("thank you very much", "thanks"),
          ])
    func understands(text: String, intent: String) {
        #expect(Fixtures.matcher.classify(text).intent == intent)
    }

    @Test("a refund the shopper already has asks when or where, not how",
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
                let heard = Fixtures.matcher.classify(text + " " + words.joined(separator: " "))
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

    @Test("questions from other domains are out of scope",
          arguments: ["cancel my netflix", "what's the weather in paris", "how do i say thanks in german",
                      "recommend a good book", "my credit card was stolen", "set an alarm for 7"])
    func rejects(text: String) {
        #expect(Fixtures.matcher.classify(text).intent == nil)
    }

    @Test("bad input is simply not understood", .timeLimit(.minutes(1)),
          arguments: ["", "   ", "!!!@@@###", String(repeating: "a", count: 100_000), "\u{0}\u{1B}[31m", "\u{FFFD}\u{FFFD}"])
    func badInput(text: String) {
        let result = Fixtures.matcher.classify(text)
        #expect(result.intent == nil)
        #expect(result.confidence >= 0 && result.confidence <= 1)
    }

    @Test("classification on the dev data meets the bar", .enabled(if: FileManager.default.fileExists(atPath: Fixtures.eval)))
    func devAccuracy() throws {
        let dev = try EvalRows.read(Fixtures.eval + "/dev-utterances.tsv")
        let inScope = dev.filter { !$0.labels.contains("none") }
        let correct = inScope.filter { $0.labels.contains(Fixtures.matcher.classify($0.text).intent ?? "none") }
        #expect(Double(correct.count) / Double(inScope.count) >= 0.90)

        let negatives = try EvalRows.read(Fixtures.eval + "/clinc-val-negatives.tsv")
        let accepted = negatives.filter { Fixtures.matcher.classify($0.text).intent != nil }
        #expect(Double(accepted.count) / Double(negatives.count) <= 0.05)
    }

    @Test("no labelled eval sentence longer than three words is copied into the intents",
          .enabled(if: FileManager.default.fileExists(atPath: Fixtures.eval)))
    func examplesAreWritten() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.eval).filter { $0.hasSuffix(".tsv") }
        var labelled: Set<[String]> = []
        for file in files {
            for row in try EvalRows.read(Fixtures.eval + "/" + file) {
                let words = Normalizer.tokens(row.text)
                if words.count > 3 { labelled.insert(words) }
            }
        }
        let examples = (Fixtures.catalog.intents.flatMap(\.examples) + (Fixtures.catalog.outOfScope?.examples ?? []))
        let copied = examples.filter { labelled.contains(Normalizer.tokens($0.text)) }
        #expect(copied.isEmpty, "copied from eval: \(copied.map { "\($0.location): \($0.text)" })")
    }
}

/// Reads the labelled TSV files of shared/eval: text, then intents separated by `|`.
enum EvalRows {
    static func read(_ path: String) throws -> [(text: String, labels: [String])] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { return nil }
            return (String(columns[0]), columns[1].split(separator: "|").map(String.init))
        }
    }
}
