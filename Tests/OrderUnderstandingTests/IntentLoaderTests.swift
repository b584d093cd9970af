import Testing

@testable import OrderUnderstanding

struct IntentLoaderTests {
    static let valid = """
        summary: a test intent
        examples:
          - how do i cancel
        answers:
          default:
            facts: [F1]
            say: Cancel it in My Orders.
        """

    private func problems(_ files: [String: String]) throws -> [String] {
        IntentLoader.load(directory: try Fixtures.folder(files)).problems.map(\.description)
    }

    @Test("the project's own intent files load without errors")
    func realIntentsLoad() {
        #expect(!Fixtures.catalog.hasErrors, "\(Fixtures.catalog.problems)")
    }

    @Test("every intent of the contract has a file; the three most asked have at least 40 examples")
    func contractIntentsExist() throws {
        // The contract's intents must exist; any other intent file that passes `check` is welcome beside them.
        let contract = [
            "cancel_order", "refund_time", "seller_not_responding", "seller_declined", "get_refund",
            "refund_method", "return_item", "open_dispute", "cancel_return_dispute", "cancellation_penalty",
            "cancellation_reason", "message_template", "shipping_time", "refuse_delivery",
            "order_status_help", "greeting", "goodbye", "thanks", "help",
        ]
        #expect(Set(contract).subtracting(Fixtures.catalog.intents.map(\.name)).isEmpty)
        for name in ["cancel_order", "refund_time", "seller_not_responding"] {
            let intent = try #require(Fixtures.catalog.intent(named: name))
            #expect(intent.examples.count >= 40, "\(name) has \(intent.examples.count) examples")
        }
    }

    @Test("a valid file loads")
    func validFileLoads() throws {
        let catalog = IntentLoader.load(directory: try Fixtures.folder(["sample.yaml": Self.valid]))
        #expect(catalog.problems.isEmpty)
        #expect(catalog.intents.first?.name == "sample")
    }

    @Test("malformed YAML is reported at its line")
    func malformedYAML() throws {
        let found = try problems(["bad.yaml": "examples:\n  - one\n  - [unclosed\n"])
        #expect(found.count == 1)
        #expect(found[0].contains("bad.yaml:4:") || found[0].contains("bad.yaml:3:"))
        #expect(found[0].contains("malformed YAML"))
    }

    @Test("an unknown key gets a did-you-mean")
    func unknownKey() throws {
        let found = try problems(["x.yaml": Self.valid.replacingOccurrences(of: "summary:", with: "sumary:")])
        #expect(
            found == [
                try #require(found.first { $0.contains("x.yaml:1: unknown key 'sumary'; did you mean 'summary'?") })
            ])
    }

    @Test("a missing examples list is an error")
    func missingExamples() throws {
        let found = try problems(["x.yaml": "answers:\n  default:\n    facts: []\n    say: hi\n"])
        #expect(found.contains { $0.contains("x.yaml:1: missing `examples:`") })
    }

    @Test("a file named differently from its intent is an error")
    func nameMismatch() throws {
        let found = try problems(["x.yaml": "intent: y\n" + Self.valid])
        #expect(found.contains { $0.contains("x.yaml:1:") && $0.contains("declares intent 'y'") })
    }

    @Test("unknown facts, placeholders and slots are errors, all listed at once")
    func unknownReferences() throws {
        let text = """
            needs: [stauts]
            examples: [one]
            answers:
              default:
                facts: [F18]
                say: "Wait {refund_windw}."
            """
        let found = try problems(["x.yaml": text])
        #expect(found.contains { $0.contains("x.yaml:1: unknown slot 'stauts'; did you mean 'status'?") })
        #expect(found.contains { $0.contains("x.yaml:5: unknown policy fact 'F18'") })
        #expect(found.contains { $0.contains("unknown placeholder 'refund_windw'; did you mean 'refund_window'?") })
    }

    @Test("an intent that needs the status must answer every status")
    func statusCoverage() throws {
        let text = """
            needs: [status]
            examples: [one]
            answers:
              unpaid:
                facts: [F1]
                say: Cancel it.
            """
        let found = try problems(["x.yaml": text])
        #expect(found.contains { $0.contains("no answer for status awaiting_shipment, shipped, delivered") })
    }

    @Test("a missing or empty folder is an error")
    func missingFolder() throws {
        #expect(IntentLoader.load(directory: "/nonexistent/intents").hasErrors)
        #expect(IntentLoader.load(directory: try Fixtures.folder([:])).hasErrors)
    }

}

struct IntentLinterTests {
    private func warnings(_ files: [String: String]) throws -> [String] {
        let catalog = IntentLoader.load(directory: try Fixtures.folder(files))
        #expect(!catalog.hasErrors)
        return IntentLinter.warnings(for: catalog, matcher: IntentMatcher(catalog: catalog)).map(\.description)
    }

    private func intent(_ examples: [String]) -> String {
        "examples:\n" + examples.map { "  - \($0)\n" }.joined()
            + "answers:\n  default:\n    facts: []\n    say: ok\n"
    }

    @Test("the same example in two intents is a warning")
    func duplicateExample() throws {
        let found = try warnings(["a.yaml": IntentLoaderTests.valid, "b.yaml": IntentLoaderTests.valid])
        #expect(found.contains { $0.contains("b.yaml:3: warning: this example of b is also an example of a") })
    }

    @Test("an intent with too few examples is a warning")
    func thinIntent() throws {
        let found = try warnings(["a.yaml": intent(["cancel my order"])])
        #expect(found.contains { $0.contains("a has only 1 examples") })
    }

    @Test("examples in the same words are a warning")
    func sameWords() throws {
        let found = try warnings([
            "a.yaml": intent([
                "how do i cancel my order", "my order, how do i cancel it",
                "refund please",
            ])
        ])
        #expect(
            found.contains { $0.contains("a.yaml:3: warning: this example says what") && $0.contains("a.yaml:2 says") },
            "\(found)")
    }

    @Test("synonyms, typos and short examples that differ by a small word are not the same words")
    func differentWords() throws {
        let found = try warnings([
            "a.yaml": intent([
                "hello", "hi", "hi there", "cancel my order", "cancel the order",
                "how do i cancel my order", "how do i cancle my order",
            ])
        ])
        #expect(!found.contains { $0.contains("says what") }, "\(found)")
    }

    @Test("an example closer to another intent than to its own is a warning")
    func misplaced() throws {
        let found = try warnings([
            "a.yaml": intent(["cancel my order", "stop the order", "how long does the refund take"]),
            "b.yaml": intent(["how long does a refund take", "refund duration", "when is the refund coming"]),
        ])
        #expect(found.contains { $0.contains("a.yaml:4: warning: this example of a sits closer to b") })
    }

    @Test("the project's intents have no duplicate examples")
    func projectHasNoDuplicates() {
        #expect(IntentLinter.duplicates(Fixtures.catalog).isEmpty)
    }
}
