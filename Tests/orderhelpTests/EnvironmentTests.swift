import Foundation
import Glibc
import TestSupport
import Testing

/// Flags against the environment variables: a flag wins, the variable is the default.
@Suite(.serialized)
struct EnvironmentTests {
    @Test("--history wins over ORDERHELP_HISTORY")
    func historyFlagWins() throws {
        let home = Scratch.path("flag-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let flagged = home + "/flag-history"
        let variable = home + "/variable-history"
        let terminal = try PseudoTerminal(
            ["--history", flagged],
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
        let flagged = try BinaryRunner.run(
            ["--intents", intents], input: Data("thanks\n".utf8),
            environment: ["ORDERHELP_INTENTS": missing])
        #expect(flagged.status == 0)
        #expect(flagged.stdout.contains("welcome"))
        let variable = try BinaryRunner.run(
            [], input: Data("thanks\n".utf8), environment: ["ORDERHELP_INTENTS": missing])
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
}
