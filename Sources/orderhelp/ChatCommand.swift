import ArgumentParser
import Foundation
import OrderDialogue
import OrderPolicy

/// `orderhelp chat`: the conversation, on a terminal with readline, or line by line from a pipe.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk to the assistant (the default command).")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Write one JSON object per turn instead of the reply text.")
    var json = false

    @Option(
        name: .long,
        help:
            "The history file (default: $ORDERHELP_HISTORY, else $XDG_STATE_HOME/orderhelp/history, else ~/.local/state/orderhelp/history).",
        completion: .file())
    var history: String?

    @Flag(name: .customLong("no-history"), help: "Keep no history of what is typed.")
    var noHistory = false

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let assistant = try global.loadAssistant()
        var conversation = assistant.conversation(today: global.effectiveToday)
        let interactive = !json && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        var reader =
            interactive
            ? LineReader.terminal(history: noHistory ? nil : HistoryLocation.path(option: history))
            : LineReader.pipe()
        let style = Style(enabled: interactive && Style.colourAllowed)
        if interactive {
            Output.write(
                style.dim(
                    Output.wrappedForTerminal(
                        "Ask me about cancelling an AliExpress order, refunds or a silent seller. /help lists commands, Ctrl-D quits."
                    )) + "\n")
        }
        var script = ScriptFilter()
        while let raw = reader.read(prompt: style.prompt) {
            if interactive && raw.allSatisfy(\.isWhitespace) { continue }
            guard let line = interactive ? raw : script.input(from: raw) else {
                if let date = script.today, global.today == nil, conversation.record.isEmpty {
                    conversation = assistant.conversation(today: date)
                }
                continue
            }
            let turn = conversation.respond(to: line)
            switch turn.command {
            case .quit?:
                show(turn, style: style)
                return
            case .save(let path)?:
                show(save(conversation, to: path), style: style)
            case nil:
                show(turn, style: style)
            }
        }
        // Killed politely (SIGTERM, SIGHUP): the terminal is restored and the history saved; the exit status
        // says which signal it was, as a shell's would (128 + the signal's number).
        if let signal = reader.endedBy { throw ExitCode(128 + signal) }
        if interactive { Output.write("Goodbye!\n") }
    }

    private func show(_ turn: Turn, style: Style) {
        if json {
            Output.write(turn.json + "\n")
        } else {
            Output.write(style.reply(Output.wrappedForTerminal(Output.sanitized(turn.reply))) + "\n\n")
        }
    }

    private func save(_ conversation: Conversation, to path: String) -> Turn {
        Turn(reply: saveReply(conversation, to: path), intent: nil, confidence: 1, slots: conversation.slots)
    }

    /// Writes the transcript and says how that went. A missing folder is named: Foundation's "the file doesn't
    /// exist" would send the shopper looking for the wrong thing.
    private func saveReply(_ conversation: Conversation, to path: String) -> String {
        let file = (path as NSString).expandingTildeInPath
        let folder = (file as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            return "Could not save to \(path): the folder \(folder) doesn't exist."
        }
        if !folder.isEmpty, !isFolder.boolValue {
            return "Could not save to \(path): \(folder) is a file, not a folder."
        }
        do {
            let text = TranscriptWriter.write(conversation.record, today: conversation.today)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            return "Could not save to \(path): \(error.localizedDescription)"
        }
        let dropped =
            conversation.droppedTurns > 0
            ? " (the \(conversation.droppedTurns) earliest turns were no longer kept)" : ""
        return "Saved \(conversation.record.count) turns to \(path)\(dropped)."
    }
}
