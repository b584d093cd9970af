import Testing

@testable import OrderDialogue

/// What `/save` writes: exact lines where the wording is the assistant's settled reply, none for `/why` and
/// `/help`, whose replies change with any retune or new intent.
struct TranscriptWriterTests {
    private func saved(_ lines: [String]) -> String {
        var conversation = Fixtures.assistant.conversation(today: .reference)
        for line in lines { _ = conversation.respond(to: line) }
        return TranscriptWriter.write(conversation.record, today: .reference)
    }

    @Test("/why and /help are saved as the command alone, with no exact reply lines")
    func whyAndHelpUnpinned() {
        let text = saved(["thanks", "/why", "/HELP", "/reset"])
        #expect(text.contains("> /why\n? none\n"), "\(text)")
        #expect(text.contains("> /HELP\n? none\n"), "\(text)")
        #expect(!text.contains("< Intent:"))
        #expect(!text.contains("confidence"))
        #expect(!text.contains("< Commands:"))
        #expect(text.contains("> thanks\n< You're welcome!"))
        #expect(text.contains("> /reset\n< Done."))
    }

    @Test("a slot is written at the turn that changes it, and at no other")
    func slotLinesWhereTheyChange() {
        let text = saved(["how do i cancel my order", "shipped", "thanks", "/reset"])
        let kept = text.split(separator: "\n").filter { $0.hasPrefix(">") || $0.hasPrefix("=") }
        #expect(
            kept == [
                "> how do i cancel my order", "> shipped", "= status shipped", "> thanks", "> /reset",
                "= status -",
            ], "\(text)")
    }

    @Test("a saved conversation with /why and /help replays green")
    func replays() throws {
        let text = saved(["how do i cancel my order", "shipped", "/why", "/help", "cancel my netflix", "/why"])
        let transcript = try TranscriptParser.parse(text, path: "saved.txt")
        let outcome = Replayer(assistant: Fixtures.assistant, today: .reference).replay(transcript)
        #expect(outcome.passed, "\(outcome.failures)")
    }
}
