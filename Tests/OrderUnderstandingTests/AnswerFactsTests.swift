import Foundation
import OrderPolicy
import Testing

@testable import OrderUnderstanding

/// An answer lists every fact its placeholders draw on, and `check` says where one is missing.
struct AnswerFactsTests {
    /// The fixture folder beside the tests: one answer that leaves out two of its placeholders' facts.
    static let fixture = Fixtures.root.appendingPathComponent("Tests/Fixtures/missing-placeholder-fact").path

    @Test(
        "each placeholder names the fact it comes from",
        arguments: [
            ("seller_reply_window", 3), ("seller_response_window", 4), ("shipping_window", 5),
            ("refund_window", 6), ("refund_destination", 7), ("refund_route", 7),
            ("status", nil), ("payment", nil), ("reason", nil), ("refund_depends", 6),
        ] as [(String, Int?)])
    func placeholdersNameTheirFact(name: String, number: Int?) throws {
        #expect(try #require(PolicyValue(rawValue: name)).fact == number.map(FactID.init))
    }

    @Test("the table above covers every placeholder")
    func everyPlaceholderIsInTheTable() {
        #expect(PolicyValue.allCases.count == 10)
    }

    @Test("a placeholder whose fact is not listed is an error at the facts line, one per fact")
    func missingPlaceholderFact() {
        let problems = IntentLoader.load(directory: Self.fixture).problems.map(\.description)
        let file = Self.fixture + "/refund_wait.yaml"
        #expect(
            problems == [
                "\(file):7: the answer uses {refund_window}, which comes from F6, but `facts:` does not list F6; add it",
                "\(file):7: the answer uses {refund_route}, which comes from F7, but `facts:` does not list F7; add it",
            ])
    }

    @Test("a brief line's placeholder needs its fact listed in the brief's own facts")
    func missingBriefFact() throws {
        let text = """
            examples: [when will the seller ship]
            answers:
              default:
                facts: [F2, F5]
                brief: "Ships within {shipping_window}."
                brief_facts: [F2]
                say: The seller ships within {shipping_window}.
            """
        let folder = try Fixtures.folder(["x.yaml": text])
        let problems = IntentLoader.load(directory: folder).problems.map(\.description)
        #expect(
            problems == [
                folder + "/x.yaml:6: the brief line uses {shipping_window}, which comes from F5, "
                    + "but `brief_facts:` does not list F5; add it"
            ])
    }

    /// The fixture whose answer and brief list facts their text never states.
    static let unstatedFixture = Fixtures.root.appendingPathComponent("Tests/Fixtures/unstated-placeholder-fact").path

    @Test("a fact only a placeholder states, listed where the text fills none, is an error at its facts line")
    func unstatedPlaceholderFact() {
        let problems = IntentLoader.load(directory: Self.unstatedFixture).problems.map(\.description)
        let file = Self.unstatedFixture + "/refund_where.yaml"
        #expect(
            problems == [
                "\(file):9: `facts:` lists F6, but the answer fills none of {refund_window}, {refund_depends}, the placeholders "
                    + "that state F6; "
                    + "fill one or drop F6",
                "\(file):9: `facts:` lists F7, but the answer fills none of {refund_destination}, {refund_route}, the "
                    + "placeholders that state F7; fill one or drop F7",
                "\(file):11: `brief_facts:` lists F4, but the brief line fills none of {seller_response_window}, the "
                    + "placeholders that state F4; fill one or drop F4",
            ])
    }

    @Test("a fact no placeholder states can be listed without one: check can't tell it from the text")
    func factsWithoutPlaceholdersAreFree() throws {
        let text = """
            examples: [can i refuse the parcel]
            answers:
              default:
                facts: [F9, F12]
                say: Refuse it at the door.
            """
        #expect(IntentLoader.load(directory: try Fixtures.folder(["x.yaml": text])).problems.isEmpty)
    }

    @Test("a brief line says which facts it rests on, and an intent that needs a slot has one for each answer")
    func briefsNeedTheirFacts() throws {
        let text = """
            examples: [where does my money go]
            needs: [payment]
            answers:
              default:
                facts: [F7]
                brief: "By {payment}: the refund goes {refund_destination}."
                say: You paid by {payment}, so the refund goes {refund_destination}.
              shipped:
                facts: [F7]
                say: You paid by {payment}, so the refund goes {refund_destination}.
            """
        let folder = try Fixtures.folder(["x.yaml": text])
        #expect(
            IntentLoader.load(directory: folder).problems.map(\.description) == [
                folder
                    + "/x.yaml:6: the brief line does not say which policy facts it rests on; add `brief_facts: [F…]`",
                folder
                    + "/x.yaml:9: the intent needs the payment slot, and when it stays unknown each answer is summed up "
                    + "in one line; add `brief:` and `brief_facts:`",
            ])
    }

    @Test(
        "every shipped answer lists only facts its placeholders state, where a placeholder states them",
        arguments: Fixtures.catalog.intents.map(\.name))
    func shippedIntentsStateTheirFacts(name: String) throws {
        let intent = try #require(Fixtures.catalog.intent(named: name))
        for answer in intent.answers {
            #expect(answer.unstatedFacts.isEmpty, "\(answer.location): \(answer.unstatedFacts)")
        }
    }

    @Test(
        "braces that do not pair are an error, since the text could never render",
        arguments: ["It takes {refund_window.", "It takes refund_window}.", "It {takes {refund_window}}."])
    func unpairedBraces(say: String) throws {
        let text = """
            examples: [how long does a refund take]
            answers:
              default:
                facts: [F6]
                say: "\(say)"
            """
        let problems = IntentLoader.load(directory: try Fixtures.folder(["x.yaml": text])).problems.map(\.description)
        #expect(problems.contains { $0.contains("x.yaml:4: a `{` or `}` in the answer does not pair") }, "\(problems)")
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
