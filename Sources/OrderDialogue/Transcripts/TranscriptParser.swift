import OrderPolicy
import OrderUnderstanding

/// Reads the transcript format, a whole file at once (`parse`) or line by line as it comes (`read`), as piped
/// chat does; a malformed line is a `Problem` at `file:line`.
public struct TranscriptParser: Sendable {
    /// What one line of a transcript says.
    public enum Line: Sendable {
        /// A blank line or a `#` comment.
        case nothing
        /// `@today`: the date today is, for this file.
        case today(CalendarDate)
        /// `>`: what the shopper types, starting a turn.
        case input(String)
        /// A check on the turn the last `>` line started.
        case check(Transcript.Expectation)
    }

    /// The file's path, for messages.
    public let path: String
    /// The number of the line read last, counted from 1.
    public private(set) var lineNumber = 0
    private var hasInput = false

    /// A parser for the lines of `path`, read one at a time with `read`.
    public init(path: String) {
        self.path = path
    }

    /// Parses `text`, read from `path`.
    public static func parse(_ text: String, path: String) throws(Problem) -> Transcript {
        // Split by scalar: "\r\n" is one Character, and a line starting with a combining mark would join the
        // space before it, so Character-wise neither a CRLF file nor "> \u{301}…" would read.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        var parser = TranscriptParser(path: path)
        var today: CalendarDate?
        var steps: [Transcript.Step] = []
        for raw in lines {
            switch try parser.read(raw) {
            case .nothing: break
            case .today(let date): today = date
            case .input(let text): steps.append(Transcript.Step(input: text, line: parser.lineNumber))
            case .check(let expectation): steps[steps.count - 1].expectations.append((expectation, parser.lineNumber))
            }
        }
        return Transcript(path: path, today: today, steps: steps, lines: lines)
    }

    /// Reads the next line (without its line break) and says what it means.
    public mutating func read(_ raw: String) throws(Problem) -> Line {
        lineNumber += 1
        let location = SourceLocation(file: path, line: lineNumber)
        let line = raw.trimmingWhitespace()
        if line.isEmpty || line.unicodeScalars.first == "#" { return .nothing }
        let (marker, rest) = Self.split(line)
        if marker == "@today" {
            guard let date = CalendarDate(rest) else {
                throw Problem(location, "bad date '\(rest)' after @today; write it as YYYY-MM-DD")
            }
            guard !hasInput else { throw Problem(location, "@today must come before the first > turn") }
            return .today(date)
        }
        if marker == ">" {
            hasInput = true
            return .input(rest)
        }
        guard hasInput else {
            throw Problem(
                location, "'\(marker)' line before any > turn; start the conversation with > what the shopper types")
        }
        return .check(try Self.expectation(marker, rest, raw: raw, at: location))
    }

    static let markers = [">", "<", "?", "~", "!~", "=", "+", "@today"]

    private static func expectation(
        _ marker: String, _ rest: String, raw: String,
        at location: SourceLocation
    ) throws(Problem) -> Transcript.Expectation {
        switch marker {
        case "<":
            let body = raw.unicodeScalars.drop { $0 == " " || $0 == "\t" }.dropFirst()
            return .replyLine(String(String.UnicodeScalarView(body.first == " " ? body.dropFirst() : body)))
        case "?":
            let names = rest.split(separator: "|").map { $0.trimmingWhitespace() }
            guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
                throw Problem(location, "? needs an intent name, or none, e.g. `? cancel_order`")
            }
            return .intent(names)
        case "~", "!~":
            guard !rest.isEmpty else { throw Problem(location, "\(marker) needs the text to look for") }
            return marker == "~" ? .contains(rest) : .lacks(rest)
        case "=":
            let parts = rest.split(separator: " ", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard parts.count == 2 else {
                throw Problem(location, "= needs a slot and a value, e.g. `= status shipped` or `= status -`")
            }
            let value: String? = parts[1] == "-" ? nil : parts[1]
            var probe = SlotValues()
            guard SlotValues.names.contains(parts[0]) else {
                let hint =
                    Suggestion.closest(to: parts[0], in: SlotValues.names).map { "; did you mean '\($0)'?" } ?? ""
                throw Problem(location, "unknown slot '\(parts[0])'\(hint)")
            }
            guard probe.set(parts[0], to: value) else {
                throw Problem(location, "'\(parts[1])' is not a value of \(parts[0])")
            }
            return .slot(parts[0], value)
        case "+":
            guard let fact = FactID(rest) else {
                throw Problem(location, "unknown policy fact '\(rest)'; facts are F1–F\(PolicyFacts.all.count)")
            }
            return .fact(fact)
        default:
            let hint = Suggestion.closest(to: marker, in: markers).map { "; did you mean '\($0)'?" } ?? ""
            throw Problem(location, "unknown marker '\(marker)'\(hint); lines start with > < ? ~ !~ = + or #")
        }
    }

    private static func split(_ line: String) -> (String, String) {
        let scalars = line.unicodeScalars
        guard let space = scalars.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (line, "") }
        return (String(scalars[..<space]), String(scalars[space...]).trimmingWhitespace())
    }
}
