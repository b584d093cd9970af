import Foundation
import Glibc

/// Runs the binary on a pseudo-terminal, as a shopper at a real terminal would: keys in, screen text out.
final class PseudoTerminal {
    private let master: Int32
    private let pid: pid_t
    private(set) var screen = ""

    /// Starts `BinaryRunner.binary` with `arguments` on a new pty `columns` wide, with `environment` on top of
    /// a minimal one.
    init(_ arguments: [String], environment: [String: String], columns: UInt16 = 120) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw PseudoTerminalError.openpty(errno) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0 else { throw PseudoTerminalError.ttyname(errno) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (0x80) is hidden behind feature macros; with it, opening the pty makes it the
        // child's controlling terminal, so Ctrl-C written to the master becomes a real SIGINT.
        posix_spawnattr_setflags(&attributes, Int16(0x80 | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var empty = sigset_t()
        var defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([BinaryRunner.binary] + arguments).map { strdup($0) } + [nil]
        var env = ["TERM": "dumb", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        for (key, value) in environment { env[key] = value }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, BinaryRunner.binary, &actions, &attributes, argv, envp)
        close(slave)
        guard status == 0 else {
            close(master)
            throw PseudoTerminalError.spawn(status)
        }
        self.master = master
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Types `keys` (use "\r" for Enter, "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D, "\u{1B}[A" for Up).
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        bytes.withUnsafeBytes { buffer in _ = write(master, buffer.baseAddress, buffer.count) }
    }

    /// Types `line` and Enter, then waits for a reply containing `text` and the next prompt, since keys typed
    /// between two prompts meet a terminal that readline is not driving.
    func ask(_ line: String, expecting text: String) -> Bool {
        let mark = self.mark
        type(line + "\r")
        guard expect(text, after: mark) else { return false }
        return expect("you> ", after: screen.range(of: text, range: mark..<screen.endIndex)?.upperBound ?? mark)
    }

    /// Makes the terminal `columns` wide, as dragging a window's edge does; the kernel sends the child SIGWINCH.
    func resize(columns: UInt16) {
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Sends `number` to the child.
    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Waits until the screen, after `from`, contains `text`; false after `timeout` seconds.
    @discardableResult
    func expect(_ text: String, after from: String.Index? = nil, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen[(from ?? screen.startIndex)...].contains(text) { return true }
            drain(milliseconds: 50)
        }
        return screen[(from ?? screen.startIndex)...].contains(text)
    }

    /// The current end of the screen text, to look only at what comes after it.
    var mark: String.Index { screen.endIndex }

    /// Waits for the child to exit and returns its exit code, or nil if it did not exit in time.
    func waitForExit(timeout: Double = 10) -> Int32? {
        switch waitForEnd(timeout: timeout) {
        case .exited(let code)?: code
        case .killed(let signal)?: 128 + signal
        case nil: nil
        }
    }

    /// How a child ended: it exited with a code, or a signal killed it.
    enum End: Equatable {
        case exited(Int32)
        case killed(Int32)
    }

    /// Waits for the child to end and says how, or nil if it did not end in time.
    func waitForEnd(timeout: Double = 10) -> End? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                return (status & 0x7F) == 0 ? .exited((status >> 8) & 0xFF) : .killed(status & 0x7F)
            }
            drain(milliseconds: 20)
        }
        return nil
    }

    /// The terminal's local modes (ICANON, ECHO …), as the program left them.
    var localModes: tcflag_t? {
        var modes = termios()
        return tcgetattr(master, &modes) == 0 ? modes.c_lflag : nil
    }

    private func drain(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 { screen += String(decoding: buffer[..<count], as: UTF8.self) }
    }
}

enum PseudoTerminalError: Error {
    case openpty(Int32)
    case ttyname(Int32)
    case spawn(Int32)
}
