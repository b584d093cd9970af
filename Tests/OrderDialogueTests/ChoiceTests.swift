import Foundation
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// Numbered choices, offered when one word could mean several things: any number on the list picks its own
/// choice, and so do the words of a choice.
struct ChoiceTests {
    /// The intents a reply lists as "  N. summary", in order, found by their summaries.
    static func listed(in reply: String) -> [String] {
        reply.split(separator: "\n").compactMap { line -> String? in
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ".", maxSplits: 1)
            guard parts.count == 2, Int(parts[0]) != nil else { return nil }
            let summary = parts[1].trimmingCharacters(in: .whitespaces)
            return Fixtures.assistant.catalog.intents.first { $0.summary == summary }?.name
        }
    }

    @Test("each number on the list picks its own choice", arguments: ["refund", "cancel"])
    func byNumber(word: String) throws {
        let offer = Fixtures.talk(word)[0]
        let choices = Self.listed(in: offer.reply)
        // Two choices are enough for a number other than 1 to prove it picks its own.
        try #require(choices.count >= 2, "\(word) should offer at least two choices: \(offer.reply)")
        for (index, intent) in choices.enumerated() {
            for answer in ["\(index + 1)", "number \(index + 1)", "option \(index + 1)"] {
                let picked = Fixtures.talk(word, answer)[1]
                #expect(picked.intent == intent, "\(word) → \(answer): \(picked.reply)")
            }
        }
    }

    @Test("the words of a choice pick it")
    func byWords() throws {
        let choices = Self.listed(in: Fixtures.talk("refund")[0].reply)
        try #require(choices.count >= 3)
        for intent in choices {
            let summary = try #require(Fixtures.assistant.catalog.intent(named: intent)?.summary)
            let picked = Fixtures.talk("refund", summary)[1]
            #expect(picked.intent == intent, "\(summary): \(picked.reply)")
        }
    }

    @Test("words of a choice that alone would get the choices again pick it outright")
    func byWordsInContext() throws {
        // "money back" on its own is as vague as "refund": it is offered the choices.
        try #require(!Self.listed(in: Fixtures.talk("money back")[0].reply).isEmpty)
        let picked = Fixtures.talk("refund", "money back")[1]
        #expect(picked.intent == "get_refund")
        #expect(Self.listed(in: picked.reply).isEmpty, "offered the choices again: \(picked.reply)")
    }

    @Test("a number that is not on the list picks nothing")
    func numberOffTheList() throws {
        let choices = Self.listed(in: Fixtures.talk("refund")[0].reply)
        let picked = Fixtures.talk("refund", "\(choices.count + 1)")[1]
        #expect(!choices.contains(picked.intent ?? "none"), "\(picked.reply)")
    }
}
