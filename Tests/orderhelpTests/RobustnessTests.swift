import Foundation
import Glibc
import TestSupport
import Testing

/// Bad input, broken data, closed pipes and long sessions: never a crash, a hang or unbounded memory.
@Suite(.serialized)
struct RobustnessTests {
    /// Intent folders with one thing wrong each, and the `file:line:` message `check` must give.
    static let brokenIntents: [(id: String, files: [String: String], message: String)] = [
        ("B1 malformed YAML", ["a.yaml": "examples:\n  - one\n  - [two\n"], "a.yaml:4: malformed YAML"),
        (
            "B2 missing examples", ["a.yaml": "answers:\n  default: {say: hi, facts: []}\n"],
            "a.yaml:1: missing `examples:`"
        ),
        (
            "B3 unknown key",
            ["a.yaml": "examples: [one]\nanswers:\n  default: {say: hi, facts: []}\nneeeds: [status]\n"],
            "a.yaml:4: unknown key 'neeeds'; did you mean 'needs'?"
        ),
        (
            "B4 file named differently",
            ["a.yaml": "intent: b\nexamples: [one]\nanswers:\n  default: {say: hi, facts: []}\n"],
            "a.yaml:1: the file declares intent 'b' but is named 'a.yaml'"
        ),
        (
            "B5 unknown fact", ["a.yaml": "examples: [one]\nanswers:\n  default:\n    facts: [F99]\n    say: hi\n"],
            "a.yaml:4: unknown policy fact 'F99'"
        ),
        (
            "B6 unknown placeholder",
            ["a.yaml": "examples: [one]\nanswers:\n  default:\n    facts: []\n    say: wait {refund_windows}\n"],
            "unknown placeholder 'refund_windows'; did you mean 'refund_window'?"
        ),
        (
            "B7 placeholder needs a slot",
            ["a.yaml": "examples: [one]\nanswers:\n  default:\n    facts: []\n    say: to {refund_destination}\n"],
            "{refund_destination} needs the payment slot"
        ),
        ("B8 empty folder", [:], "the intents folder has no *.yaml files"),
    ]

    @Test(
        "broken intent files are exit 2 with file:line, every problem listed", .tags(.slow),
        arguments: brokenIntents.map(\.id))
    func brokenIntentFiles(id: String) throws {
        let row = Self.brokenIntents.first { $0.id == id }!
        let folder = try Self.folder(row.files)
        let check = try BinaryRunner.run(["check", "--intents", folder])
        #expect(check.status == 2, "\(id)")
        #expect(check.stderr.contains(row.message), "\(id): \(check.stderr)")
        let chat = try BinaryRunner.run(["--intents", folder], input: "hello\n")
        #expect(chat.status == 2, "\(id)")
        #expect(!chat.stderr.contains("Fatal error"), "\(id)")
    }

    @Test("check lists every problem of every file at once")
    func everyProblemAtOnce() throws {
        let folder = try Self.folder(
            Dictionary(
                uniqueKeysWithValues: Self.brokenIntents.prefix(6).enumerated().map {
                    ("f\($0.offset).yaml", $0.element.files.values.first!)
                }))
        let check = try BinaryRunner.run(["check", "--intents", folder])
        #expect(check.status == 2)
        #expect(check.stderr.split(separator: "\n").filter { $0.contains(": ") && !$0.contains("warning") }.count >= 6)
    }

    @Test(
        "every mode survives hostile input", .tags(.slow), .timeLimit(.minutes(2)),
        arguments: [["chat"], ["chat", "--json"], ["classify"]])
    func hostileInput(mode: [String]) throws {
        var input = Data([0xFF, 0xFE, 0x0A, 0x00, 0x00, 0x0A])  // invalid UTF-8, NUL bytes
        input += Data("\u{1B}[2J\u{1B}]0;title\u{7}\u{8}\u{8}cancel\n".utf8)  // escape and control characters
        input += Data(String(repeating: "refund ", count: 150_000).utf8) + Data("\n".utf8)  // a 1 MB line
        input += Data("   \t  \n\n".utf8)  // only whitespace
        let result = try BinaryRunner.run(mode, input: input)
        #expect(result.status == 0, "\(mode): \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "\(mode) echoed an escape sequence")
        #expect(result.stderr.isEmpty, "\(mode): \(result.stderr)")
    }

    @Test("replay survives a hostile transcript, and never echoes its escape codes", .timeLimit(.minutes(1)))
    func hostileTranscript() throws {
        let path = Scratch.path("hostile") + ".txt"
        var data = Data("> \u{1B}[31mhello\u{0}\n~ \u{1B}[2J\n".utf8)
        data += Data("> ".utf8) + Data(String(repeating: "x", count: 200_000).utf8) + Data("\n".utf8)
        try data.write(to: URL(fileURLWithPath: path))
        let result = try BinaryRunner.run(["replay", path])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.lines.last == "0 passed, 1 failed")

        try (Data("> hi\n\u{1B}[31m x\n".utf8) + Data([0xFF, 0x0A])).write(to: URL(fileURLWithPath: path))
        let malformed = try BinaryRunner.run(["replay", path])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("\(path):2: unknown marker"))
        #expect(!malformed.stderr.contains("\u{1B}"))
    }

    @Test("an empty stdin is fine in every mode", arguments: [["chat"], ["chat", "--json"], ["classify"]])
    func emptyInput(mode: [String]) throws {
        let result = try BinaryRunner.run(mode, input: "")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test("a 100,000-line pipe gets 100,000 answers", .tags(.slow), .timeLimit(.minutes(3)))
    func hundredThousandLines() throws {
        let input =
            (0..<100_000).map { $0 % 3 == 0 ? "how do i cancel" : $0 % 3 == 1 ? "shipped" : "" }
            .joined(separator: "\n") + "\n"
        let result = try BinaryRunner.run(["classify"], input: input)
        #expect(result.status == 0)
        #expect(result.lines.count == 100_000)
    }

    @Test("stdout closed early ends quietly", .timeLimit(.minutes(1)))
    func closedPipe() throws {
        let script =
            "yes 'how do i cancel my order' | head -n 50000 | \"$0\" classify | head -n 1; echo \"status=${PIPESTATUS[2]}\""
        let result = try BinaryRunner.shell(script)
        #expect(result.stdout.contains("cancel_order"))
        #expect(result.stdout.contains("status=0"), "\(result.stdout)")
        #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("crash"), "\(result.stderr)")
    }

    @Test(
        "20,000 turns in one chat keep memory flat: every line answered, the peak within 2 MB of 2,000 turns",
        .tags(.slow),
        .timeLimit(.minutes(3)))
    func longSession() throws {
        let lines = [
            "how do i cancel my order", "shipped", "where does my refund go", "visa", "thanks", "refund", "2",
            "/reset", "the seller approved yesterday, when do i get my money", "awaiting shipment",
        ]
        // The chat's own peak resident memory, as the kernel reports it to the parent at exit (wait4's rusage):
        // nothing samples it while it runs, so no short peak is missed.
        func peak(_ turns: Int) throws -> Int {
            let input = Scratch.path("turns")
            let replies = Scratch.path("replies")
            try ((0..<turns).map { lines[$0 % lines.count] }.joined(separator: "\n") + "\n")
                .write(toFile: input, atomically: true, encoding: .utf8)
            let run = try Self.runMeasured(["chat", "--json", "--today", "2026-11-27"], stdin: input, stdout: replies)
            #expect(run.status == 0)
            let answered = try String(contentsOfFile: replies, encoding: .utf8).split(separator: "\n").count
            #expect(answered == turns, "\(turns) lines in, \(answered) replies out")
            #expect(run.peakKB > 0)
            return run.peakKB
        }
        let short = try peak(2_000)
        let long = try peak(20_000)
        // Both runs keep the same bounded record (1,000 turns); keeping every turn instead adds about 9 MB.
        #expect(long - short < 2 * 1024, "memory grew from \(short) KB to \(long) KB")
    }

    // MARK: - Helpers

    /// Runs the binary with stdin and stdout on files, and returns its exit status and peak resident memory in KB.
    static func runMeasured(_ arguments: [String], stdin: String, stdout: String) throws -> (status: Int32, peakKB: Int)
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([BinaryRunner.binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, BinaryRunner.binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        return ((status >> 8) & 0xFF, usage.ru_maxrss)  // ru_maxrss is in KB on Linux
    }

    static func folder(_ files: [String: String]) throws -> String {
        try Scratch.folder("broken", holding: files)
    }
}
