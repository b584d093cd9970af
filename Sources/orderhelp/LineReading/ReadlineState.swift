@preconcurrency import CReadline
@preconcurrency import Glibc
import OrderDialogue
import OrderPolicy

/// Readline's global state and callbacks. Readline calls back synchronously on this thread, so the
/// `nonisolated(unsafe)` statics below are only touched from the thread that reads.
enum ReadlineState {
    enum Result { case line(String), interrupted, end, signalled(Int32) }

    nonisolated(unsafe) static var result: Result?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var candidateIndex = 0
    nonisolated(unsafe) static var isSetUp = false

    /// Words Tab completes: the slash commands and the status words, as the conversation names them.
    static let completions =
        Conversation.commands.map { String($0.name.prefix { $0 != " " }) }
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
                if errno == EINTR {
                    rl_check_signals()
                    continue
                }
                rl_callback_handler_remove()
                return .end
            }
            rl_callback_read_char()
        }
        return result!
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

private func attemptedCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
{
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
