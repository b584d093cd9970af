import Foundation
import TestSupport
import Testing

/// The binary, end to end, as scripts and support staff use it. Serialized: each test spawns a process.
@Suite(.serialized)
struct CommandTests {
    @Test("piped chat asks for the status, then answers, with plain output")
    func pipedChat() throws {
        let result = try BinaryRunner.run([], input: "how do I cancel my order?\nnot paid yet\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("awaiting shipment"))
        #expect(result.stdout.contains("My Orders"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("you>"))
    }

    @Test("chat --json writes one object per turn with the contract's keys")
    func chatJSON() throws {
        let result = try BinaryRunner.run(["chat", "--json"], input: "how do I cancel my order?\nshipped\n")
        #expect(result.lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as? [String: Any]
        #expect(first?["intent"] as? String == "cancel_order")
        #expect(first?["asking"] as? String == "status")
        let second = try JSONSerialization.jsonObject(with: Data(result.lines[1].utf8)) as? [String: Any]
        #expect((second?["slots"] as? [String: String])?["status"] == "shipped")
        #expect((second?["facts"] as? [String])?.contains("F9") == true)
        #expect(second?["asking"] is NSNull)
        #expect(second?["confidence"] is Double || second?["confidence"] is Int)
    }

    @Test("classify keeps no state between lines")
    func classify() throws {
        let result = try BinaryRunner.run(["classify"], input: "it's shipped\nhow do i cancel\ncancel my netflix\n")
        let objects = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 3)
        #expect((objects[1]?["slots"] as? [String: String])?.isEmpty == true)
        #expect(objects[1]?["intent"] as? String == "cancel_order")
        #expect(objects[2]?["intent"] is NSNull)
    }

    @Test("check --strict passes on the project's intents: no error and no warning")
    func check() throws {
        let result = try BinaryRunner.run(["check", "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": 0 errors, 0 warnings"), "\(result.stdout)")
    }

    @Test("check --strict fails on a warning; plain check only reports it")
    func checkStrict() throws {
        let examples = ["cancel my order", "stop the purchase", "call off what i bought"]
        let folder = try Scratch.folder(
            "thin",
            holding: [
                "a.yaml": "examples:\n" + examples.map { "  - \($0)\n" }.joined()
                    + "answers:\n  default: {say: ok, facts: []}\n"
            ])
        let plain = try BinaryRunner.run(["check", "--intents", folder])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("a has only 3 examples"))
        let strict = try BinaryRunner.run(["check", "--strict", "--intents", folder])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("0 errors, 1 warnings"), "\(strict.stdout)")
    }

    @Test("check lists every problem as file:line and exits 2")
    func checkBroken() throws {
        let folder = try Scratch.folder(
            "broken",
            holding: [
                "a.yaml": "examples: [a]\nanswer:\n  default: {say: x, facts: []}\n",
                "b.yaml": "examples: [\n",
            ])
        let result = try BinaryRunner.run(["check", "--intents", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("a.yaml:2: unknown key 'answer'; did you mean 'answers'?"))
        #expect(result.stderr.contains("b.yaml:"))
    }

    @Test("the binary finds its intents from any working directory")
    func anyDirectory() throws {
        let result = try BinaryRunner.run(["classify"], input: "cancel my order\n", directory: "/")
        #expect(result.status == 0)
        #expect(result.stdout.contains("cancel_order"))
    }

    @Test("a missing intents folder is exit 2 with a clear message")
    func missingIntents() throws {
        let result = try BinaryRunner.run(["classify", "--intents", "/nonexistent"], input: "hi\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent:1: no intents folder"))
    }

    @Test("bad usage is exit 2", arguments: [["--bogus"], ["chat", "--today", "2026-02-30"], ["replay"]])
    func badUsage(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test("bad input never crashes: each line gets a reply", .timeLimit(.minutes(1)))
    func badInput() throws {
        var input = Data("\n!!!@@@###\n".utf8)
        input += Data(String(repeating: "a", count: 100_000).utf8) + Data("\n".utf8)
        input += Data([0xFF, 0xFE, 0x20, 0x63, 0x61, 0x6E, 0x63, 0x65, 0x6C, 0xC3, 0x28, 0x0A])
        input += Data("x\u{0}y\n\u{1B}[31mred\n".utf8)
        let result = try BinaryRunner.run(["chat", "--json"], input: input)
        #expect(result.status == 0)
        #expect(result.lines.count == 6)
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("/save writes a transcript that replays green")
    func saveReplays() throws {
        let path = Scratch.path("saved") + ".txt"
        let chat = try BinaryRunner.run(
            ["--today", "2026-11-27"],
            input: "how do i cancel\nbanana\n3\npaid by visa\n/why\n/reset\n/save \(path)\nthanks\n")
        #expect(chat.stdout.contains("Saved 6 turns"))
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains("@today 2026-11-27"))
        #expect(saved.contains("? cancel_order"))
        #expect(saved.contains("= status shipped"))
        let replay = try BinaryRunner.run(["replay", path])
        #expect(replay.status == 0, "\(replay.stdout)")
        #expect(replay.lines.last == "1 passed, 0 failed")
    }

    @Test("a transcript piped in is played from its > lines only")
    func pipedTranscript() throws {
        let result = try BinaryRunner.run(
            [], input: "# a script\n@today 2026-11-27\n> hello\n? greeting\n~ hello\n> thanks\n")
        #expect(result.stdout.contains("Hello!"))
        #expect(result.stdout.contains("welcome"))
        #expect(!result.stdout.contains("can't help"))
    }

    @Test("a piped transcript is read by the transcript parser: a malformed line is skipped with a warning at its line")
    func pipedTranscriptWarnsAtLine() throws {
        let result = try BinaryRunner.run(
            [], input: "\n# a script\n> hello\n= stauts shipped\n@today 2026-11-27\n> thanks\n")
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                <stdin>:4: warning: unknown slot 'stauts'; did you mean 'status'?
                <stdin>:5: warning: @today must come before the first > turn

                """)
        #expect(result.stdout.contains("Hello!"))
        #expect(result.stdout.contains("welcome"))
        #expect(!result.stdout.contains("stauts"))
    }

    @Test("replay passes the library from any working directory, with a summary line")
    func replayLibrary() throws {
        let result = try BinaryRunner.run(
            ["replay", BinaryRunner.root.appendingPathComponent("transcripts").path], directory: "/")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.lines.last?.hasSuffix(" passed, 0 failed") == true)
    }

    @Test("replay reports a failure at file:line with expected and got, and exits 1")
    func replayFailure() throws {
        let path = try temporaryFile("> hello\n? thanks\n< Hi!\n")
        let result = try BinaryRunner.run(["replay", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(path):2: expected intent thanks / got greeting"))
        #expect(result.stdout.contains("\(path):3: reply differs at reply line 1: expected \"Hi!\" / got \"Hello!"))
        #expect(result.lines.last == "0 passed, 1 failed")
    }

    @Test("a malformed transcript is exit 2 at file:line")
    func replayMalformed() throws {
        let path = try temporaryFile("> hello\n% greeting\n")
        let result = try BinaryRunner.run(["replay", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):2: unknown marker '%'"))
    }

    @Test("replay --update rewrites only the < lines and says what kind of change it was")
    func replayUpdate() throws {
        let path = try temporaryFile("# keep me\n> thanks\n< old wording\n< more\n? thanks\n")
        let result = try BinaryRunner.run(["replay", "--update", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\(path): wording only"))
        let updated = try String(contentsOfFile: path, encoding: .utf8)
        #expect(updated == "# keep me\n> thanks\n< You're welcome! Anything else about your order?\n? thanks\n")
        let meaning = try temporaryFile("> thanks\n< x\n? greeting\n")
        let changed = try BinaryRunner.run(["replay", "--update", meaning])
        #expect(changed.stdout.contains("intent/slot/fact changes"))
        #expect(changed.status == 1)
    }

    @Test("replay --coverage lists what the transcripts exercise and miss")
    func replayCoverage() throws {
        let path = try temporaryFile("> where does my refund go\n> visa\n+ F7\n")
        let result = try BinaryRunner.run(["replay", "--coverage", path])
        // Every intent file (none.yaml included, as "none") counts, however many there are.
        let intentFiles = try FileManager.default.contentsOfDirectory(
            atPath: BinaryRunner.root.appendingPathComponent("intents").path
        ).filter { $0.hasSuffix(".yaml") }
        #expect(result.stdout.contains("intents: 1/\(intentFiles.count) exercised; never: "))
        #expect(result.stdout.contains(" cancel_order,"))
        #expect(result.stdout.contains("slot values: 1/10 exercised"))
        // refund_method rests on F6, F7 and F10 (issue 22: it listed F12 without using it).
        #expect(result.stdout.contains("policy facts: 3/17 exercised; never: F1, F2"))
    }

    @Test("eval reports accuracy, false accepts, slots and confusions, and gates on the given bars")
    func eval() throws {
        let path = try temporaryFile(
            "# labelled\nhow do i cancel my order\tcancel_order\t\ncancel my netflix\tnone\nwhat's the weather\tnone\nit shipped, cancel?\tcancel_order\tstatus=shipped\nhello there\trefund_time\n"
        )
        let text = try BinaryRunner.run(["eval", path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("in-scope accuracy: 66.7% (2/3)"))
        #expect(text.stdout.contains("false accepts: 0.0% (0/2)"))
        #expect(text.stdout.contains("slot accuracy: 100.0% (2/2)"))
        #expect(text.stdout.contains("refund_time → greeting   e.g. \"hello there\""))
        let json = try BinaryRunner.run(["eval", "--json", path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["false_accept_rate"] as? Double == 0)
        #expect((object?["per_intent"] as? [String: Any])?["cancel_order"] != nil)
        let gated = try BinaryRunner.run(["eval", "--min-accuracy", "0.9", path])
        #expect(gated.status == 1)
        #expect(gated.stderr.contains("below --min-accuracy"))
    }

    @Test("a malformed eval file is exit 2 at file:line")
    func evalMalformed() throws {
        let path = try temporaryFile("fine\tnone\nno intent column here\n")
        let result = try BinaryRunner.run(["eval", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):2: expected text<TAB>intents"))
    }

    private func temporaryFile(_ text: String) throws -> String {
        let path = Scratch.path("t") + ".txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("an empty stdin ends at once and cleanly")
    func emptyInput() throws {
        let result = try BinaryRunner.run([], input: "")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }
}
