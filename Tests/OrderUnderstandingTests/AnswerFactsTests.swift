import Foundation
import OrderPolicy
import Testing
@testable import OrderUnderstanding

/// An answer lists every fact its placeholders draw on, and `check` says where one is missing.
struct AnswerFactsTests {
    /// The fixture folder beside the tests: one answer that leaves out two of its placeholders' facts.
    static let fixture = Fixtures.root.appendingPathComponent("Tests/Fixtures/missing-placeholder-fact").path

    @Test("each placeholder names the fact it comes from",
          arguments: [("seller_reply_window", 3), ("seller_response_window", 4), ("shipping_window", 5),
                      ("refund_window", 6), ("refund_destination", 7), ("refund_route", 7),
                      ("status", nil), ("payment", nil)] as [(String, Int?)])
    func placeholdersNameTheirFact(name: String, number: Int?) throws {
        #expect(try #require(PolicyValue(rawValue: name)).fact == number.map(FactID.init))
    }

    @Test("the table above covers every placeholder")
    func everyPlaceholderIsInTheTable() {
        #expect(PolicyValue.allCases.count == 8)
    }

    @Test("a placeholder whose fact is not listed is an error at the facts line, one per fact")
    func missingPlaceholderFact() {
        let problems = IntentLoader.load(directory: Self.fixture).problems.map(\.description)
        let file = Self.fixture + "/refund_wait.yaml"
        #expect(problems == [
            "\(file):7: the answer uses {refund_window}, which comes from F6, but `facts:` does not list F6; add it",
            "\(file):7: the answer uses {refund_route}, which comes from F7, but `facts:` does not list F7; add it",
        ])
    }

    @Test("a brief line's placeholder needs its fact listed too")
    func missingBriefFact() throws {
        let text = """
            examples: [when will the seller ship]
            answers:
              default:
                facts: [F2]
                brief: "Ships within {shipping_window}."
                say: The seller ships soon.
            """
        let problems = IntentLoader.load(directory: try Fixtures.folder(["x.yaml": text])).problems.map(\.description)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("x.yaml:4: the answer uses {shipping_window}, which comes from F5") == true)
    }

    @Test("listing the fact clears the error")
    func listedFactIsFine() throws {
        let text = try String(contentsOfFile: Self.fixture + "/refund_wait.yaml", encoding: .utf8)
            .replacingOccurrences(of: "facts: [F10]", with: "facts: [F6, F7, F10]")
        #expect(IntentLoader.load(directory: try Fixtures.folder(["refund_wait.yaml": text])).problems.isEmpty)
    }

    @Test("every shipped answer lists the facts of its placeholders", arguments: Fixtures.catalog.intents.map(\.name))
    func shippedIntentsListTheirFacts(name: String) throws {
        let intent = try #require(Fixtures.catalog.intent(named: name))
        for answer in intent.answers {
            #expect(answer.unlistedFacts.isEmpty, "\(answer.location): \(answer.unlistedFacts)")
        }
    }
}
