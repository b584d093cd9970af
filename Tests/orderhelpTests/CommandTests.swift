import Foundation
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

    @Test("check passes on the project's intents")
    func check() throws {
        let result = try BinaryRunner.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("check lists every problem as file:line and exits 2")
    func checkBroken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "examples: [a]\nanswer:\n  default: {say: x, facts: []}\n".write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        try "examples: [\n".write(toFile: folder + "/b.yaml", atomically: true, encoding: .utf8)
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

    @Test("bad input never crashes: each line gets a reply")
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
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("saved-\(UUID().uuidString).txt").path
        let chat = try BinaryRunner.run(["--today", "2026-11-27"],
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

    @Test("an empty stdin ends at once and cleanly")
    func emptyInput() throws {
        let result = try BinaryRunner.run([], input: "")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }
}
