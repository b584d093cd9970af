import OrderDialogue
import OrderPolicy
import OrderUnderstanding

/// Reads piped input that may be a transcript: once the first non-blank line starts with `>`, `#` or `@today`,
/// the lines are read as a transcript (by `TranscriptParser`, line by line as they come): only the `>` lines are
/// what the shopper types, and `@today` fixes the date. Checks are not run here (`orderhelp replay` runs them); a
/// malformed line is skipped with a warning at `<stdin>:line:`.
struct ScriptFilter {
    private var isTranscript: Bool?
    private var parser = TranscriptParser(path: "<stdin>")
    /// The `@today` date the script set, if any.
    private(set) var today: CalendarDate?

    /// The line to answer, or nil for a line a transcript uses for checks.
    mutating func input(from line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if isTranscript == nil {
            if trimmed.isEmpty {
                _ = try? parser.read(line)  // counted, so a warning names the right line
                return line
            }
            isTranscript = trimmed.hasPrefix(">") || trimmed.hasPrefix("#") || trimmed.hasPrefix("@today")
        }
        guard isTranscript == true else { return line }
        do {
            switch try parser.read(line) {
            case .input(let text): return text
            case .today(let date): today = date
            case .nothing, .check: break
            }
        } catch {
            Output.error(Problem(error.location, error.message, severity: .warning).description)
        }
        return nil
    }
}
