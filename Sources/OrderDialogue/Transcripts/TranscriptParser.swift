import OrderPolicy
import OrderUnderstanding

/// Reads the transcript format; a malformed line is a `Problem` at `file:line`.
public enum TranscriptParser {
    /// Parses `text`, read from `path`.
    public static func parse(_ text: String, path: String) throws(Problem) -> Transcript {
        // Split by scalar: "\r\n" is one Character, and a line starting with a combining mark would join the
        // space before it, so Character-wise neither a CRLF file nor "> \u{301}…" would read.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        var today: CalendarDate?
        var steps: [Transcript.Step] = []
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let location = SourceLocation(file: path, line: number)
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.unicodeScalars.first == "#" { continue }
            let (marker, rest) = split(line)
            if marker == "@today" {
                guard let date = CalendarDate(rest) else {
                    throw Problem(location, "bad date '\(rest)' after @today; write it as YYYY-MM-DD")
                }
                guard steps.isEmpty else { throw Problem(location, "@today must come before the first > turn") }
                today = date
                continue
            }
            if marker == ">" {
                steps.append(Transcript.Step(input: rest, line: number))
                continue
            }
            guard !steps.isEmpty else {
                throw Problem(location, "'\(marker)' line before any > turn; start the conversation with > what the shopper types")
            }
            steps[steps.count - 1].expectations.append((try expectation(marker, rest, raw: raw, at: location), number))
        }
        return Transcript(path: path, today: today, steps: steps, lines: lines)
    }

    static let markers = [">", "<", "?", "~", "!~", "=", "+", "@today"]

    private static func expectation(_ marker: String, _ rest: String, raw: String,
                                    at location: SourceLocation) throws(Problem) -> Transcript.Expectation {
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
            guard parts.count == 2 else { throw Problem(location, "= needs a slot and a value, e.g. `= status shipped` or `= status -`") }
            let value: String? = parts[1] == "-" ? nil : parts[1]
            var probe = SlotValues()
            guard SlotValues.names.contains(parts[0]) else {
                let hint = Suggestion.closest(to: parts[0], in: SlotValues.names).map { "; did you mean '\($0)'?" } ?? ""
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
