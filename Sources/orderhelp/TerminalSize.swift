import Glibc

/// The size of the terminal, asked of the kernel with TIOCGWINSZ; the only file that asks.
enum TerminalSize {
    /// The width in columns of the terminal on `descriptor`; nil when it is not a terminal or does not say.
    ///
    /// Asked afresh at every call rather than kept: after a resize (SIGWINCH, which readline handles for its
    /// own line editing) the next reply is already wrapped to the new width.
    static func columns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
