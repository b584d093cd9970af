import Foundation
import OrderDialogue
import OrderUnderstanding
import TerminalText

/// Writes to stdout and stderr; the only place the CLI prints.
enum Output {
    /// Writes `text` to stdout as it is. A closed pipe ends the program quietly.
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                // The reader went away (a closed pipe): there is no one left to tell, so end quietly.
                exit(0)
            }
            offset += written
        }
    }

    /// `text` wrapped at word boundaries to the width of the terminal on stdout, read now so a resize counts;
    /// as it is when stdout is not a terminal, so scripts see replies exactly as the assistant wrote them.
    static func wrappedForTerminal(_ text: String) -> String {
        guard let columns = TerminalSize.columns(of: STDOUT_FILENO) else { return text }
        return ReplyWrapper(width: columns).wrap(text)
    }

    /// Writes one line to stderr, prefixed with the program name unless it starts with a location.
    static func error(_ message: String) {
        let clean = sanitized(message)
        let line = clean.hasSuffix("\n") ? clean : clean + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// `text` with terminal control characters replaced, so nothing a user typed can drive the terminal.
    static func sanitized(_ text: String) -> String {
        text.replacingControlCharacters(keepingLayout: true)
    }
}
