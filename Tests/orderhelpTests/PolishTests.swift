import Foundation
import Glibc
import TestSupport
import Testing

/// The small things a newcomer tripped on: eval with nothing to measure, /save into a missing folder, flags
/// against environment variables, SIGTERM's exit status, and orderhelp-bench's command line.
@Suite(.serialized)
struct PolishTests {
    private func file(_ text: String) throws -> String {
        let path = Scratch.path("polish") + ".tsv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: eval

    @Test("eval with no in-scope lines says n/a, and a bar on accuracy fails saying why")
    func evalWithNothingInScope() throws {
        let path = try file("cancel my netflix\tnone\nwhat's the weather\tnone\n")
        let text = try BinaryRunner.run(["eval", path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("in-scope accuracy: n/a (0/0)"), "\(text.stdout)")
        #expect(text.stdout.contains("false rejects: n/a (0/0)"))
        #expect(text.stdout.contains("false accepts: 0.0% (0/2)"))
        let json = try BinaryRunner.run(["eval", "--json", path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["accuracy"] is NSNull)
        let gated = try BinaryRunner.run(["eval", "--min-accuracy", "0.95", path])
        #expect(gated.status == 1)
        #expect(gated.stderr.contains("--min-accuracy has nothing to measure: the files have no in-scope lines"))
    }

    @Test("eval with no out-of-scope lines fails a bar on false accepts")
    func evalWithNoNegatives() throws {
        let path = try file("how do i cancel my order\tcancel_order\n")
        let text = try BinaryRunner.run(["eval", path])
        #expect(text.stdout.contains("false accepts: n/a (0/0)"), "\(text.stdout)")
        let gated = try BinaryRunner.run(["eval", "--max-false-accepts", "0.05", path])
        #expect(gated.status == 1)
        #expect(gated.stderr.contains("--max-false-accepts has nothing to measure"))
    }

    // MARK: /save

    @Test("/save into a folder that doesn't exist names the folder")
    func saveIntoMissingFolder() throws {
        let folder = Scratch.path("missing") + "/deeper"
        let result = try BinaryRunner.run([], input: "hello\n/save \(folder)/x.txt\n")
        #expect(result.stdout.contains("Could not save to \(folder)/x.txt: the folder \(folder) doesn't exist."),
                "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder))
        let plain = try file("not a folder")
        let intoFile = try BinaryRunner.run([], input: "hello\n/save \(plain)/x.txt\n")
        #expect(intoFile.stdout.contains("Could not save to \(plain)/x.txt: \(plain) is a file, not a folder."))
    }

    // MARK: flags over environment variables

    @Test("--history wins over ORDERHELP_HISTORY")
    func historyFlagWins() throws {
        let home = Scratch.path("flag-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let flagged = home + "/flag-history", variable = home + "/variable-history"
        let terminal = try PseudoTerminal(["--history", flagged],
                                          environment: ["HOME": home, "ORDERHELP_HISTORY": variable])
        #expect(terminal.expect("you> "))
        #expect(terminal.ask("thanks", expecting: "welcome"))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
        #expect(try String(contentsOfFile: flagged, encoding: .utf8).contains("thanks"))
        #expect(!FileManager.default.fileExists(atPath: variable))
    }

    @Test("ORDERHELP_HISTORY is used when there is no flag")
    func historyVariableWithoutFlag() throws {
        let home = Scratch.path("variable-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let variable = home + "/variable-history"
        let terminal = try PseudoTerminal([], environment: ["HOME": home, "ORDERHELP_HISTORY": variable])
        #expect(terminal.ask("thanks", expecting: "welcome"))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
        #expect(try String(contentsOfFile: variable, encoding: .utf8).contains("thanks"))
    }

    @Test("--intents wins over ORDERHELP_INTENTS, which is used without the flag")
    func intentsFlagWins() throws {
        let intents = BinaryRunner.root.appendingPathComponent("intents").path
        let missing = Scratch.path("no-intents")
        let flagged = try BinaryRunner.run(["--intents", intents], input: Data("thanks\n".utf8),
                                           environment: ["ORDERHELP_INTENTS": missing])
        #expect(flagged.status == 0)
        #expect(flagged.stdout.contains("welcome"))
        let variable = try BinaryRunner.run([], input: Data("thanks\n".utf8), environment: ["ORDERHELP_INTENTS": missing])
        #expect(variable.status == 2)
    }

    @Test("the help says the environment variables are defaults, not overrides")
    func helpWording() throws {
        let help = try BinaryRunner.run(["chat", "--help"]).stdout
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("(default: $ORDERHELP_HISTORY, else $XDG_STATE_HOME/orderhelp/history"), "\(help)")
        #expect(flat.contains("(default: $ORDERHELP_INTENTS, else those compiled in)"), "\(help)")
        #expect(!flat.contains("overrides"))
    }

    // MARK: SIGTERM

    @Test("SIGTERM exits 143 after restoring the terminal and saving the history")
    func sigtermStatus() throws {
        let home = Scratch.path("term-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let history = home + "/history"
        // More entries than are kept: saving the history at exit trims the file to the newest 1,000.
        try (1...1_100).map { "question \($0)\n" }.joined().write(toFile: history, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(["--history", history], environment: ["HOME": home])
        #expect(terminal.expect("you> "))
        let editing = try #require(terminal.localModes)
        #expect(editing & tcflag_t(ICANON) == 0, "readline should hold the terminal in raw mode at the prompt")
        terminal.signal(SIGTERM)
        #expect(terminal.waitForEnd() == .exited(143))
        let restored = try #require(terminal.localModes)
        #expect(restored & tcflag_t(ICANON) != 0 && restored & tcflag_t(ECHO) != 0, "terminal left raw")
        let lines = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1_000)
        #expect(lines.last == "question 1100")
    }

    // MARK: adding an intent

    @Test("a new intent file that passes check is answered, with no Swift change")
    func newIntentFile() throws {
        let intents = BinaryRunner.root.appendingPathComponent("intents").path
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: intents) where name.hasSuffix(".yaml") {
            files[name] = try String(contentsOfFile: intents + "/" + name, encoding: .utf8)
        }
        let original = files.count
        files["payment_verification.yaml"] = """
            summary: a payment that is still being verified
            examples:
              - the payment for my order is still being verified
              - why is my order payment under review
              - order payment stuck in verification
              - the order says payment being checked
              - verification of my order payment is taking ages
              - is it normal that the order payment is being verified
              - order payment review still pending
              - they are still checking the payment of my order
              - what does payment verification mean for my order
              - my order's payment verification isn't finished
            answers:
              default:
                facts: [F1]
                say: While the payment is checked the order waits; an e-mail tells you when it is done.
            """
        let folder = try Scratch.folder("intents", holding: files)
        let check = try BinaryRunner.run(["check", "--intents", folder])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("\(original) intents"), "\(check.stdout)")  // none.yaml is not an intent
        let chat = try BinaryRunner.run(["--intents", folder, "--json"], input: Data("my order's payment is under review\n".utf8))
        #expect(chat.stdout.contains("\"intent\": \"payment_verification\""), "\(chat.stdout)")
        #expect(chat.stdout.contains("an e-mail tells you when it is done"))
    }

    // MARK: orderhelp-bench

    private var bench: String {
        URL(fileURLWithPath: BinaryRunner.binary).deletingLastPathComponent().appendingPathComponent("orderhelp-bench").path
    }

    @Test("orderhelp-bench --help gives help and measures nothing")
    func benchHelp() throws {
        let result = try BinaryRunner.run(["--help"], executable: bench)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("USAGE: orderhelp-bench"))
        #expect(result.stdout.contains("--no-cold-start"))
        #expect(!result.stdout.contains("cold start to first answer"))
        #expect(!result.stdout.contains("classify latency"))
    }

    @Test("orderhelp-bench names every file it can't read and exits 2, instead of measuring something else")
    func benchUnreadableFiles() throws {
        let missing = Scratch.path("no-such") + ".tsv"
        let readable = try file("how do i cancel\tcancel_order\n")
        let result = try BinaryRunner.run(["--no-cold-start", readable, missing, "/proc/orderhelp.tsv"], executable: bench)
        #expect(result.status == 2)
        #expect(result.stderr.contains("orderhelp-bench: cannot read \(missing)"), "\(result.stderr)")
        #expect(result.stderr.contains("orderhelp-bench: cannot read /proc/orderhelp.tsv"))
        #expect(!result.stderr.contains("cannot read \(readable)"))
        #expect(result.stdout.isEmpty)
    }

    @Test("orderhelp-bench refuses an option it doesn't know")
    func benchUnknownOption() throws {
        let result = try BinaryRunner.run(["--fast"], executable: bench)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown option '--fast'"))
    }
}
