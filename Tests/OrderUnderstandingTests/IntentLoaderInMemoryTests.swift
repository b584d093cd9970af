import OrderPolicy
import Testing

@testable import OrderUnderstanding

/// Intent files already in memory, as the binary carries them: read like files, named like files.
struct IntentLoaderInMemoryTests {
    @Test("files in memory load as they would from a folder")
    func loadsLikeAFolder() throws {
        let files = [("sample.yaml", IntentLoaderTests.valid)]
        let fromMemory = IntentLoader.load(folder: "intents", files: files)
        let fromFolder = IntentLoader.load(directory: try Fixtures.folder(["sample.yaml": IntentLoaderTests.valid]))
        #expect(fromMemory.problems.isEmpty)
        #expect(fromMemory.intents.map(\.name) == ["sample"])
        #expect(fromMemory.intents.map(\.examples.count) == fromFolder.intents.map(\.examples.count))
        #expect(fromMemory.intents.first?.location.description == "intents/sample.yaml:1")
    }

    @Test("a problem in a file held in memory names intents/<file>.yaml:line")
    func problemsNameTheFile() {
        let broken = IntentLoaderTests.valid.replacingOccurrences(of: "facts: [F1]", with: "facts: [F99]")
        let catalog = IntentLoader.load(folder: "intents", files: [("cancel_order.yaml", broken)])
        #expect(
            catalog.problems.map(\.description) == [
                "intents/cancel_order.yaml:6: unknown policy fact 'F99'; facts are F1–F17"
            ])
    }

    @Test(
        "malformed YAML at the end of a file is placed on its last line, with or without a final line break",
        arguments: [("examples:\n  - [two", 2), ("examples:\n  - [two\n", 3), ("examples:\r\n  - [two", 2)])
    func malformedAtTheEnd(text: String, line: Int) {
        let catalog = IntentLoader.load(folder: "intents", files: [("a.yaml", text)])
        #expect(catalog.problems.map(\.location.line) == [line], "\(catalog.problems)")
    }

    @Test("`after:` holds the answers to give after another intent in the same reply, each checked like an answer")
    func afterAnswers() throws {
        let first = """
            summary: first
            examples:
              - how do i cancel
            answers:
              default:
                facts: [F1]
                say: Cancel it in My Orders.
                after:
                  second:
                    facts: [F6]
                    say: Then the refund takes {refund_window}.
                  sekond:
                    facts: [F1]
                    say: Misspelt.
                  third:
                    facts: []
                    say: It takes {refund_window}.
            """
        let catalog = IntentLoader.load(
            folder: "intents",
            files: [
                ("first.yaml", first), ("second.yaml", IntentLoaderTests.valid),
                ("third.yaml", IntentLoaderTests.valid),
            ])
        let after = try #require(catalog.intent(named: "first")?.answers.first?.after)
        #expect(after["second"]?.text == "Then the refund takes {refund_window}.")
        #expect(after["second"]?.facts == [FactID(6)])
        #expect(
            catalog.problems.map(\.description) == [
                "intents/first.yaml:16: the answer uses {refund_window}, which comes from F6, but `facts:` does not "
                    + "list F6; add it",
                "intents/first.yaml:12: `after:` names 'sekond', which is no other intent about an order; did you "
                    + "mean 'second'?",
            ])
    }

    @Test("`how_long:` names an intent about an order: small talk is refused, and not suggested either")
    func howLongNamesAnIntentAboutAnOrder() {
        let thanks = """
            summary: thanks
            small_talk: true
            examples:
              - thanks
            answers:
              default:
                facts: []
                say: You're welcome.
            """
        let asking = IntentLoaderTests.valid.replacingOccurrences(
            of: "summary: a test intent", with: "summary: a test intent\nhow_long: thanks")
        let catalog = IntentLoader.load(
            folder: "intents", files: [("asking.yaml", asking), ("thanks.yaml", thanks)])
        #expect(
            catalog.problems.map(\.description) == [
                "intents/asking.yaml:2: `how_long:` names 'thanks', which is no intent about an order"
            ])
    }

    @Test("`asides:` are said only for a message about them, each checked like an answer")
    func asides() throws {
        let text = """
            summary: disputes
            examples:
              - how do i open a dispute
            answers:
              default:
                facts: [F12]
                say: Open a dispute from the order page.
                asides:
                  - about: Buyer Protection
                    facts: []
                    say: The rules don't say how long buyer protection lasts.
                  - facts: []
                    say: No words to be about.
                  - about: refund
                    facts: []
                    say: It takes {refund_window}.
                    when: always
            """
        let catalog = IntentLoader.load(folder: "intents", files: [("dispute.yaml", text)])
        let asides = try #require(catalog.intent(named: "dispute")?.answers.first?.asides)
        #expect(asides.map(\.about) == [["buyer", "protection"], ["refund"]])
        #expect(asides[0].isAbout(["what", "does", "buyer", "protection", "cover"]))
        #expect(!asides[0].isAbout(["buyer", "of", "protection"]))
        #expect(
            catalog.problems.map(\.description) == [
                "intents/dispute.yaml:12: the aside has no `about:` words: the words a message must contain for it to "
                    + "be said",
                "intents/dispute.yaml:17: unknown key 'when'",
                "intents/dispute.yaml:15: the answer uses {refund_window}, which comes from F6, but `facts:` does not "
                    + "list F6; add it",
            ])
    }

    @Test("the out-of-scope file and files that are not YAML are sorted out as in a folder")
    func outOfScopeAndOtherFiles() {
        let catalog = IntentLoader.load(
            folder: "intents",
            files: [
                ("none.yaml", IntentLoaderTests.valid), ("README.md", "not an intent"),
                ("b.yaml", IntentLoaderTests.valid),
            ])
        #expect(catalog.outOfScope?.name == "none")
        #expect(catalog.intents.map(\.name) == ["b"])
    }

    @Test("no files at all is an error, as an empty folder is")
    func noFiles() {
        #expect(
            IntentLoader.load(folder: "intents", files: []).problems.map(\.description)
                == ["intents:1: the intents folder has no *.yaml files"])
    }

    @Test("how_long: names an intent about an order; a name that is none is placed on its line, with a suggestion")
    func howLongNamesAnIntent() {
        let pointing = IntentLoaderTests.valid.replacingOccurrences(
            of: "summary: a test intent", with: "summary: a test intent\nhow_long: refund_tim")
        let refund = IntentLoaderTests.valid.replacingOccurrences(of: "a test intent", with: "how long a refund takes")
        let catalog = IntentLoader.load(
            folder: "intents", files: [("cancel_order.yaml", pointing), ("refund_time.yaml", refund)])
        #expect(
            catalog.problems.map(\.description) == [
                "intents/cancel_order.yaml:2: `how_long:` names 'refund_tim', which is no intent about an order; "
                    + "did you mean 'refund_time'?"
            ])
        let fixed = pointing.replacingOccurrences(of: "refund_tim", with: "refund_time")
        let loaded = IntentLoader.load(
            folder: "intents", files: [("cancel_order.yaml", fixed), ("refund_time.yaml", refund)])
        #expect(loaded.problems.isEmpty)
        #expect(loaded.intent(named: "cancel_order")?.howLong?.intent == "refund_time")
    }
}
