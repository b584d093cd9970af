import Foundation
import TestSupport
import Testing

/// The chat at a real (pseudo-)terminal: readline editing, history, Ctrl-C and Ctrl-D.
@Suite(.serialized)
struct TerminalTests {
    let home: String
    let history: String

    init() throws {
        home = Scratch.path("pty-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        history = home + "/.local/state/orderhelp/history"
    }

    private func start() throws -> PseudoTerminal {
        let terminal = try PseudoTerminal([], environment: ["HOME": home])
        #expect(terminal.expect("you> "), "no prompt: \(terminal.screen)")
        return terminal
    }

    @Test("a question is answered, Ctrl-C keeps the program alive, Ctrl-D exits 0, history is private")
    func session() throws {
        let terminal = try start()
        #expect(terminal.ask("how do i cancel my order", expecting: "awaiting shipment"), "\(terminal.screen)")

        var mark = terminal.mark
        terminal.type("half a thought")
        #expect(terminal.expect("half a thought", after: mark))
        mark = terminal.mark
        terminal.type("\u{3}")
        #expect(terminal.expect("you> ", after: mark), "no fresh prompt after Ctrl-C: \(terminal.screen)")

        #expect(terminal.ask("thanks", expecting: "welcome"), "\(terminal.screen)")
        mark = terminal.mark
        terminal.type("\u{4}")
        #expect(terminal.expect("Goodbye", after: mark))
        #expect(terminal.waitForExit() == 0)

        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("thanks"))
        #expect(!saved.contains("half a thought"))
    }

    @Test("Up recalls the previous line in a second run")
    func historySurvivesRestart() throws {
        let first = try start()
        #expect(first.ask("how long does a refund take", expecting: "status"))
        first.type("\u{4}")
        #expect(first.waitForExit() == 0)

        let second = try start()
        let mark = second.mark
        second.type("\u{1B}[A")
        #expect(second.expect("how long does a refund take", after: mark), "\(second.screen)")
        second.type("\u{15}\u{4}")
        #expect(second.waitForExit() == 0)
    }

    @Test("an unwritable history file gives one warning and the chat goes on")
    func unwritableHistory() throws {
        let terminal = try PseudoTerminal(
            [], environment: ["HOME": home, "ORDERHELP_HISTORY": "/proc/orderhelp/history"])
        #expect(terminal.expect("warning: cannot open history file"))
        #expect(terminal.expect("you> "))
        #expect(terminal.ask("thanks", expecting: "welcome"))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("hostile input at the terminal gets replies, and the program lives on")
    func hostileInputAtTheTerminal() throws {
        let terminal = try start()
        #expect(terminal.ask("\u{1B}[31mred text\u{7}", expecting: "can't help"))
        #expect(terminal.ask(String(repeating: "refund ", count: 700), expecting: "depends on"))
        #expect(terminal.ask("thanks", expecting: "welcome"))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("a full disk under the history gives one warning and the chat goes on")
    func fullDisk() throws {
        let terminal = try PseudoTerminal([], environment: ["HOME": home, "ORDERHELP_HISTORY": "/dev/full"])
        #expect(terminal.expect("you> "))
        #expect(terminal.ask("hello", expecting: "Hello"))
        #expect(terminal.ask("thanks", expecting: "welcome"))
        #expect(terminal.screen.components(separatedBy: "cannot write history file").count == 2, "\(terminal.screen)")
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("SIGTERM and SIGHUP end the chat cleanly, with the status a shell gives them", arguments: [SIGTERM, SIGHUP])
    func terminate(signal: Int32) throws {
        let terminal = try start()
        terminal.signal(signal)
        #expect(terminal.waitForEnd() == .exited(128 + signal))
    }

    @Test(
        "colour only where the terminal allows it",
        arguments: [("xterm", "", true), ("xterm", "1", false), ("dumb", "", false)])
    func colour(term: String, noColor: String, coloured: Bool) throws {
        let terminal = try PseudoTerminal([], environment: ["HOME": home, "TERM": term, "NO_COLOR": noColor])
        #expect(terminal.expect("you>"))
        #expect(terminal.screen.contains("\u{1B}[1;36m") == coloured)
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Tab completes slash commands")
    func completion() throws {
        let terminal = try start()
        let mark = terminal.mark
        terminal.type("/he\t\r")
        #expect(terminal.expect("Commands:", after: mark), "\(terminal.screen)")
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }
}
