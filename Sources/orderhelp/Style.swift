import Foundation

/// Colours for a terminal that allows them; plain text otherwise.
struct Style {
    let enabled: Bool

    /// Colour is allowed unless NO_COLOR is set to something or the terminal is dumb.
    static var colourAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        return (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// The prompt; escape codes are wrapped in \u{1}…\u{2} so readline can measure the visible width.
    var prompt: String { enabled ? "\u{1}\u{1B}[1;36m\u{2}you>\u{1}\u{1B}[0m\u{2} " : "you> " }

    func reply(_ text: String) -> String { enabled ? "\u{1B}[32m" + text + "\u{1B}[0m" : text }

    func dim(_ text: String) -> String { enabled ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }
}
