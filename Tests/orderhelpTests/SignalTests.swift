import Foundation
import Glibc
import TestSupport
import Testing

/// SIGTERM ends the chat as a shopper would want: the terminal restored, the history saved, exit 143.
@Suite(.serialized)
struct SignalTests {
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
}
