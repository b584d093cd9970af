import Foundation
import OrderPolicy

/// Reads piped input that may be a transcript: once the first non-blank line starts with `>`, `#` or `@today`,
/// only the `>` lines are what the shopper types, and `@today` fixes the date.
struct ScriptFilter {
    private var isTranscript: Bool?
    /// The `@today` date the script set, if any.
    private(set) var today: CalendarDate?

    /// The line to answer, or nil for a line a transcript uses for checks.
    mutating func input(from line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if isTranscript == nil, !trimmed.isEmpty {
            isTranscript = trimmed.hasPrefix(">") || trimmed.hasPrefix("#") || trimmed.hasPrefix("@today")
        }
        guard isTranscript == true else { return line }
        if trimmed.hasPrefix("@today") {
            today = CalendarDate(trimmed.dropFirst("@today".count).trimmingCharacters(in: .whitespaces))
            return nil
        }
        guard trimmed.hasPrefix(">") else { return nil }
        return String(trimmed.dropFirst())
    }
}
