/// Reads the shopper's lines: through GNU readline on a terminal, plainly from a pipe.
/// Readline is called only from this folder, by `ReadlineState` and `HistoryFile`.
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
