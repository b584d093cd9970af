@preconcurrency import CReadline
@preconcurrency import Glibc
import OrderDialogue
import OrderPolicy
import Synchronization

/// Reads the shopper's lines: through GNU readline on a terminal, plainly from a pipe.
/// The only file that touches readline.
struct LineReader {
    private enum Mode { case pipe, terminal }
    private let mode: Mode
    private let history: HistoryFile?
    /// The signal (SIGTERM, SIGHUP) that ended reading, after the terminal was restored and the history saved.
    private(set) var endedBy: Int32?

    /// Plain line reading for pipes and files: no prompt, no escape codes, no history.
    static func pipe() -> LineReader { LineReader(mode: .pipe, history: nil) }

    /// Readline with editing, completion, and history kept in `history` (nil: none).
    static func terminal(history path: String?) -> LineReader {
        ReadlineState.setUp()
        let history = path.flatMap(HistoryFile.init(path:))
        return LineReader(mode: .terminal, history: history)
    }

    /// The next line, or nil at end of input (Ctrl-D) or on SIGTERM or SIGHUP (see `endedBy`). Ctrl-C abandons
    /// the line and prompts again.
    mutating func read(prompt: String) -> String? {
        switch mode {
        case .pipe:
            return readLine(strippingNewline: true)
        case .terminal:
            while true {
                switch ReadlineState.readOne(prompt: prompt) {
                case .line(let line):
                    history?.add(line)
                    return line
                case .interrupted:
                    continue
                case .end:
                    history?.close()
                    return nil
                case .signalled(let number):
                    history?.close()
                    endedBy = number
                    return nil
                }
            }
        }
    }
}

/// Where readline keeps the lines typed, with the habits of shells: ignore blanks, repeats and lines starting with a space.
final class HistoryFile {
    let path: String
    private var last: String?
    private var warned = false

    /// Most entries kept in the file.
    static let limit: Int32 = 1_000

    /// Opens (creating with mode 600) the history file and loads it; nil, after one warning, if that fails.
    init?(path: String) {
        self.path = path
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty { Self.makeFolders(folder) }
        let fd = open(path, O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            Output.error("orderhelp: warning: cannot open history file \(path): \(String(cString: strerror(errno))); going on without history")
            return nil
        }
        // A history file made earlier with a looser mode is made private too; only a regular file, never a device.
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o777 != 0o600 { fchmod(fd, 0o600) }
        Glibc.close(fd)
        stifle_history(Self.limit)
        if read_history(path) != 0 {
            Output.error("orderhelp: warning: cannot read history file \(path); starting with an empty history")
        }
        if history_length > 0, let entry = history_get(history_base + history_length - 1), let line = entry.pointee.line {
            last = String(cString: line)
        }
    }

    /// Keeps `line` unless it is blank, starts with a space, or repeats the previous line; appended at once.
    func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line.first != " ", line != last else { return }
        last = line
        add_history(line)
        if append_history(1, path) != 0, !warned {
            warned = true
            Output.error("orderhelp: warning: cannot write history file \(path); the chat goes on without saving it")
        }
    }

    /// Trims the file to the newest entries.
    func close() {
        _ = history_truncate_file(path, Self.limit)
    }

    private static func makeFolders(_ folder: String) {
        var built = ""
        for part in folder.split(separator: "/", omittingEmptySubsequences: false) {
            built += built.isEmpty && part.isEmpty ? "/" : (built.hasSuffix("/") || built.isEmpty ? "" : "/") + part
            if !built.isEmpty { mkdir(built, 0o700) }
        }
    }
}

/// Readline's global state and callbacks. Readline calls back synchronously on this thread, so the
/// `nonisolated(unsafe)` statics below are only touched from the thread that reads.
enum ReadlineState {
    enum Result { case line(String), interrupted, end, signalled(Int32) }

    nonisolated(unsafe) static var result: Result?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var candidateIndex = 0
    nonisolated(unsafe) static var isSetUp = false

    /// Words Tab completes: the slash commands and the status words, as the conversation names them.
    static let completions = Conversation.commands.map { String($0.name.prefix { $0 != " " }) }
        + OrderStatus.allCases.map(\.label)

    static func setUp() {
        guard !isSetUp else { return }
        isSetUp = true
        rl_readline_name = UnsafePointer(strdup("orderhelp"))
        rl_change_environment = 0
        rl_persistent_signal_handlers = 1
        rl_attempted_completion_function = attemptedCompletion
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n"))
        _ = Signals.pending.load(ordering: .relaxed)
        Signals.install()
    }

    static func readOne(prompt: String) -> Result {
        result = nil
        // A Ctrl-C from before this prompt is stale; a SIGTERM that came while a reply was printed still counts.
        _ = Signals.pending.compareExchange(expected: SIGINT, desired: 0, ordering: .relaxed)
        rl_callback_handler_install(prompt, lineHandler)
        while result == nil {
            let signal = Signals.pending.exchange(0, ordering: .relaxed)
            if signal == SIGINT {
                rl_callback_handler_remove()
                fputs("\n", rl_outstream)
                return .interrupted
            } else if signal != 0 {
                rl_callback_handler_remove()
                rl_cleanup_after_signal()
                fputs("\n", rl_outstream)
                return .signalled(signal)
            }
            var descriptor = pollfd(fd: fileno(rl_instream), events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, -1) < 0 {
                if errno == EINTR { rl_check_signals(); continue }
                rl_callback_handler_remove()
                return .end
            }
            rl_callback_read_char()
        }
        return result!
    }
}

/// The signals the terminal reader handles: SIGINT abandons a line, SIGTERM and SIGHUP leave cleanly.
enum Signals {
    static let pending = Atomic<Int32>(0)

    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { Signals.pending.store($0, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }
}

private func lineHandler(_ line: UnsafeMutablePointer<CChar>?) {
    rl_callback_handler_remove()
    if let line {
        ReadlineState.result = .line(String(cString: line))
        free(line)
    } else {
        ReadlineState.result = .end
    }
}

private func attemptedCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let typed = text.map { String(cString: $0) } ?? ""
    ReadlineState.candidates = ReadlineState.completions.filter { $0.hasPrefix(typed.lowercased()) }
    ReadlineState.candidateIndex = 0
    return rl_completion_matches(text, completionGenerator)
}

private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    guard ReadlineState.candidateIndex < ReadlineState.candidates.count else { return nil }
    defer { ReadlineState.candidateIndex += 1 }
    return strdup(ReadlineState.candidates[ReadlineState.candidateIndex])
}
