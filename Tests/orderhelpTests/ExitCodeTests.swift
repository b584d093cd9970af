import Foundation
import TestSupport
import Testing

/// The contract's exit codes for every command: 0 fine, 1 a check failed (replay, eval), 2 bad input data or usage.
@Suite(.serialized)
struct ExitCodeTests {
    /// A labelled file whose numbers are known by hand: of the three in-scope lines, "hello there" is not
    /// refund_time, so accuracy is 2/3; of the two negatives, the refund question labelled none is accepted,
    /// so false accepts are 1/2.
    static let labelled = """
        # text<TAB>intents
        how do i cancel my order\tcancel_order
        where does my refund go\trefund_method
        hello there\trefund_time
        cancel my netflix subscription\tnone
        how long does a refund take to arrive\tnone

        """
    static let files: [String: String] = [
        "labelled.tsv": labelled,
        "malformed.tsv": "fine\tnone\nno intent column here\n",
        "passes.txt": "> hello\n? greeting\n",
        "fails.txt": "> hello\n? thanks\n",
        "malformed.txt": "> hello\n% what\n",
        "broken/a.yaml": "examples:\n  - one\n  - [two\n",
    ]
    static let folder: String = {
        let folder = Scratch.path("exit-codes")
        try? FileManager.default.createDirectory(atPath: folder + "/broken", withIntermediateDirectories: true)
        for (name, text) in files { try? text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }()

    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let arguments: [String]
        var input = ""
        let status: Int32
        var testDescription: String { "\(id): \(arguments.joined(separator: " ")) → \(status)" }
    }

    static let rows: [Row] = [
        Row(id: "chat", arguments: [], input: "hello\n", status: 0),
        Row(id: "chat", arguments: ["chat", "--json"], input: "hello\n", status: 0),
        Row(id: "chat", arguments: ["chat", "--today", "2026-13-01"], input: "hello\n", status: 2),
        Row(id: "chat", arguments: ["chat", "--colour"], input: "hello\n", status: 2),
        Row(id: "chat", arguments: ["chat", "--intents", "$F/broken"], input: "hello\n", status: 2),
        Row(id: "classify", arguments: ["classify"], input: "cancel my order\n", status: 0),
        Row(id: "classify", arguments: ["classify", "--intents", "$F/missing"], input: "hi\n", status: 2),
        Row(id: "classify", arguments: ["classify", "--candidates", "many"], input: "hi\n", status: 2),
        Row(id: "check", arguments: ["check"], status: 0),
        Row(id: "check", arguments: ["check", "--intents", "$F/broken"], status: 2),
        Row(id: "replay", arguments: ["replay", "$F/passes.txt"], status: 0),
        Row(id: "replay", arguments: ["replay", "$F/passes.txt", "$F/fails.txt"], status: 1),
        Row(id: "replay", arguments: ["replay", "$F/malformed.txt"], status: 2),
        Row(id: "replay", arguments: ["replay", "$F/no-such-file.txt"], status: 2),
        Row(id: "replay", arguments: ["replay"], status: 2),
        Row(id: "eval", arguments: ["eval", "$F/labelled.tsv"], status: 0),
        Row(id: "eval", arguments: ["eval", "--min-accuracy", "0.6", "$F/labelled.tsv"], status: 0),
        Row(id: "eval", arguments: ["eval", "--min-accuracy", "0.7", "$F/labelled.tsv"], status: 1),
        Row(id: "eval", arguments: ["eval", "--max-false-accepts", "0.6", "$F/labelled.tsv"], status: 0),
        Row(id: "eval", arguments: ["eval", "--max-false-accepts", "0.4", "$F/labelled.tsv"], status: 1),
        Row(id: "eval", arguments: ["eval", "--json", "--max-false-accepts", "0.4", "$F/labelled.tsv"], status: 1),
        Row(
            id: "eval", arguments: ["eval", "--min-accuracy", "0.6", "--max-false-accepts", "0.4", "$F/labelled.tsv"],
            status: 1),
        Row(
            id: "eval", arguments: ["eval", "--min-accuracy", "0.7", "--max-false-accepts", "0.6", "$F/labelled.tsv"],
            status: 1),
        Row(id: "eval", arguments: ["eval", "$F/no-such-file.tsv"], status: 2),
        Row(id: "eval", arguments: ["eval", "$F/malformed.tsv"], status: 2),
        Row(id: "eval", arguments: ["eval", "--min-accuracy", "most", "$F/labelled.tsv"], status: 2),
        Row(id: "eval", arguments: ["eval"], status: 2),
        Row(id: "usage", arguments: ["frobnicate"], status: 2),
        Row(id: "usage", arguments: ["--help"], status: 0),
    ]

    @Test("each command exits 0, 1 or 2 as the contract says", .tags(.slow), arguments: rows)
    func exitCode(row: Row) throws {
        let arguments = row.arguments.map { $0.replacingOccurrences(of: "$F", with: Self.folder) }
        let result = try BinaryRunner.run(arguments, input: Data(row.input.utf8))
        #expect(
            result.status == row.status, "stdout: \(result.stdout.prefix(300)) stderr: \(result.stderr.prefix(300))")
        if row.status == 2 { #expect(!result.stderr.isEmpty, "exit 2 says why") }
        if row.status == 0 { #expect(!result.stderr.contains("error"), "\(result.stderr)") }
    }

    @Test("eval's numbers on the hand-counted file, and each gate names itself")
    func evalGates() throws {
        let path = Self.folder + "/labelled.tsv"
        let report = try BinaryRunner.run(["eval", path])
        #expect(report.stdout.contains("in-scope accuracy: 66.7% (2/3)"), "\(report.stdout)")
        #expect(report.stdout.contains("false accepts: 50.0% (1/2)"), "\(report.stdout)")
        let accuracy = try BinaryRunner.run(["eval", "--min-accuracy", "0.7", path])
        #expect(accuracy.stderr.contains("--min-accuracy"))
        let accepts = try BinaryRunner.run(["eval", "--max-false-accepts", "0.4", path])
        #expect(accepts.stderr.contains("--max-false-accepts"))
    }

    @Test(
        "malformed input names file:line", .tags(.slow),
        arguments: [
            (["replay", "$F/malformed.txt"], "malformed.txt:2:"), (["eval", "$F/malformed.tsv"], "malformed.tsv:2:"),
            (["check", "--intents", "$F/broken"], "a.yaml:4:"),
            (["replay", "$F/no-such-file.txt"], "no-such-file.txt"),
            (["eval", "$F/no-such-file.tsv"], "no-such-file.tsv"),
        ])
    func locations(arguments: [String], location: String) throws {
        let result = try BinaryRunner.run(arguments.map { $0.replacingOccurrences(of: "$F", with: Self.folder) })
        #expect(result.status == 2)
        #expect(result.stderr.contains(location), "\(result.stderr)")
    }
}
