@preconcurrency import Glibc
import Synchronization

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
