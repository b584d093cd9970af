import Foundation
import TestSupport
import Testing

/// The chat's history file at a (pseudo-)terminal: what is kept, how much, where, and with what mode.
@Suite(.serialized)
struct HistoryTests {
    let home: String

    init() throws {
        home = Scratch.path("history-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    /// Where the history goes when nothing says otherwise.
    var defaultPath: String { home + "/.local/state/orderhelp/history" }

    /// Starts the chat on a pty, types each line (waiting for the next prompt), then Ctrl-D.
    private func session(_ arguments: [String] = [], environment: [String: String] = [:], typing lines: [String]) throws
    {
        let terminal = try PseudoTerminal(arguments, environment: ["HOME": home].merging(environment) { $1 })
        #expect(terminal.expect("you> "), "no prompt: \(terminal.screen)")
        for line in lines {
            let mark = terminal.mark
            terminal.type(line + "\r")
            #expect(terminal.expect("you> ", after: mark), "no prompt after \(line): \(terminal.screen)")
        }
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0, "\(terminal.screen)")
    }

    private func entries(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test("repeats, blank lines and lines starting with a space are not kept")
    func whatIsKept() throws {
        let path = home + "/kept"
        try session(
            ["--history", path],
            typing: ["hello", "hello", "", "   ", " my order 8123456789012345", "thanks", "hello", "thanks", "thanks"])
        #expect(try entries(path) == ["hello", "thanks", "hello", "thanks"])
    }

    @Test("at most 1,000 entries: the oldest go, the newest stay")
    func cap() throws {
        let path = home + "/capped"
        let old = (1...1_100).map { "old question \($0)" }
        try (old.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try session(["--history", path], typing: ["how long does a refund take", "thanks"])
        let kept = try entries(path)
        #expect(kept.count == 1_000)
        #expect(kept.first == "old question 103")
        #expect(kept.suffix(3) == ["old question 1100", "how long does a refund take", "thanks"])
    }

    @Test("--history FILE is used, its folders made, the file mode 600, the default left alone")
    func historyOption() throws {
        let path = home + "/elsewhere/deeper/history"
        try session(["--history", path], typing: ["thanks"])
        #expect(try entries(path) == ["thanks"])
        #expect(try mode(path) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: defaultPath))
    }

    @Test("a history file made earlier with a looser mode is made 600")
    func looseModeTightened() throws {
        let path = home + "/loose"
        try "an old question\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try session(["--history", path], typing: ["thanks"])
        #expect(try mode(path) == 0o600)
        #expect(try entries(path) == ["an old question", "thanks"])
    }

    @Test("XDG_STATE_HOME holds the history, mode 600")
    func stateHome() throws {
        let state = home + "/state"
        try session(environment: ["XDG_STATE_HOME": state], typing: ["thanks"])
        let path = state + "/orderhelp/history"
        #expect(try entries(path) == ["thanks"])
        #expect(try mode(path) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: defaultPath))
    }

    @Test("without options the history is under ~/.local/state, mode 600")
    func defaultLocation() throws {
        try session(typing: ["thanks"])
        #expect(try entries(defaultPath) == ["thanks"])
        #expect(try mode(defaultPath) == 0o600)
    }

    @Test("--history wins over ORDERHELP_HISTORY, as a flag wins over its variable everywhere")
    func flagWinsOverEnvironment() throws {
        let variable = home + "/variable"
        let option = home + "/option"
        try session(["--history", option], environment: ["ORDERHELP_HISTORY": variable], typing: ["thanks"])
        #expect(try entries(option) == ["thanks"])
        #expect(!FileManager.default.fileExists(atPath: variable))
        try session([], environment: ["ORDERHELP_HISTORY": variable], typing: ["thanks"])
        #expect(try entries(variable) == ["thanks"])
    }

    @Test("--no-history keeps nothing anywhere, whatever else is set")
    func noHistory() throws {
        let option = home + "/option"
        let variable = home + "/variable"
        let state = home + "/state"
        try session(
            ["--no-history", "--history", option],
            environment: ["ORDERHELP_HISTORY": variable, "XDG_STATE_HOME": state], typing: ["thanks"])
        try session(["--no-history"], typing: ["thanks"])
        for path in [option, variable, state, defaultPath] {
            #expect(!FileManager.default.fileExists(atPath: path), "\(path)")
        }
    }

    @Test("piped, there is no history")
    func pipedKeepsNone() throws {
        let path = home + "/piped"
        let result = try BinaryRunner.run(["--history", path], input: "thanks\n")
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
