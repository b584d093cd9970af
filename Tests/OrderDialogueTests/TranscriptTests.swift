import Foundation
import OrderUnderstanding
import Testing

@testable import OrderDialogue

struct TranscriptParserTests {
    @Test("a transcript parses into turns with their checks")
    func parses() throws {
        let text = "# a comment\n@today 2026-11-27\n> hello\n? greeting\n~ hello\n\n> cancel\n= status -\n+ F6\n"
        let transcript = try TranscriptParser.parse(text, path: "t.txt")
        #expect(transcript.today?.description == "2026-11-27")
        #expect(transcript.steps.map(\.input) == ["hello", "cancel"])
        #expect(transcript.steps[0].expectations.count == 2)
    }

    @Test("a file with CRLF line ends reads as one with LF")
    func crlf() throws {
        let text =
            "@today 2026-11-27\r\n> hello\r\n? greeting\r\n< Hi! Ask me anything about your AliExpress order.\r\n"
        let transcript = try TranscriptParser.parse(text, path: "t.txt")
        #expect(transcript.today?.description == "2026-11-27")
        #expect(transcript.steps.map(\.input) == ["hello"])
        #expect(transcript.steps.first?.expectations.count == 2)
        guard case .replyLine(let line)? = transcript.steps.first?.expectations.last?.0 else {
            Issue.record("no reply line")
            return
        }
        #expect(line == "Hi! Ask me anything about your AliExpress order.")
    }

    @Test("a line typed or replied that starts with a combining mark keeps it after the marker")
    func combiningMark() throws {
        let transcript = try TranscriptParser.parse("> \u{301}x\n< \u{64C}y\n", path: "t.txt")
        #expect(transcript.steps.map(\.input) == ["\u{301}x"])
        guard case .replyLine(let line)? = transcript.steps.first?.expectations.first?.0 else {
            Issue.record("no reply line")
            return
        }
        #expect(line.unicodeScalars.elementsEqual("\u{64C}y".unicodeScalars))
    }

    @Test(
        "malformed lines are errors at file:line",
        arguments: [
            ("> hi\n% what\n", "t.txt:2: unknown marker '%'"),
            ("? greeting\n", "t.txt:1: '?' line before any > turn"),
            ("@today 2026-02-30\n", "t.txt:1: bad date '2026-02-30'"),
            ("> hi\n= stauts shipped\n", "t.txt:2: unknown slot 'stauts'; did you mean 'status'?"),
            ("> hi\n= status lost\n", "t.txt:2: 'lost' is not a value of status"),
            ("> hi\n+ F99\n", "t.txt:2: unknown policy fact 'F99'"),
        ])
    func malformed(text: String, message: String) {
        #expect {
            try TranscriptParser.parse(text, path: "t.txt")
        } throws: { error in
            (error as? Problem)?.description.hasPrefix(message) == true
        }
    }
}

struct ReplayerTests {
    private func replay(_ text: String, path: String = "t.txt") throws -> Replayer.Outcome {
        Replayer(assistant: Fixtures.assistant, today: .reference).replay(try TranscriptParser.parse(text, path: path))
    }

    @Test("a right transcript passes")
    func passes() throws {
        #expect(try replay("> hello\n? greeting\n= status -\n").passed)
    }

    @Test("each wrong check fails at its own line")
    func failsAtLine() throws {
        let outcome = try replay("> hello\n? cancel_order\n~ zebra\n!~ hello\n= status shipped\n+ F6\n< Hi.\n")
        #expect(outcome.failures.map(\.location.line) == [2, 3, 4, 5, 6, 7])
        #expect(outcome.failures[0].message == "expected intent cancel_order / got greeting")
    }

    @Test("a saved conversation replays green")
    func savedReplays() throws {
        var conversation = Fixtures.assistant.conversation(today: .reference)
        for line in ["how do i cancel", "banana", "shipped", "paid by card", "/reset", "thanks"] {
            _ = conversation.respond(to: line)
        }
        let text = TranscriptWriter.write(conversation.record, today: .reference)
        let outcome = try replay(text)
        #expect(outcome.passed, "\(outcome.failures)")
    }

    @Test("every transcript in transcripts/ passes")
    func library() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.transcripts)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let path = Fixtures.transcripts + "/" + name
            let outcome = try replay(String(contentsOfFile: path, encoding: .utf8), path: path)
            #expect(outcome.passed, "\(name): \(outcome.failures.map(\.description).joined(separator: "\n"))")
        }
    }
}
