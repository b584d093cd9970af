/// Wraps a reply at word boundaries to a terminal's width in display columns, list items hanging under their text.
///
/// Only the terminal sees wrapped replies: piped output, JSON, transcripts and `/save` keep them as written.
/// An indented line (the message template) keeps its indent on every line it becomes.
public struct ReplyWrapper: Sendable {
    /// The terminal's width in columns.
    public let width: Int

    /// A wrapper for a terminal `width` columns wide.
    public init(width: Int) {
        self.width = width
    }

    /// A hanging indent that would leave less room than this for text is dropped.
    public static let minimumText = 16

    /// `text` with each line too wide for the terminal broken at spaces.
    public func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(wrapLine)
            .joined(separator: "\n")
    }

    /// One line, broken into as many as it needs. A word wider than the terminal stays whole on a line of its own.
    func wrapLine(_ line: Substring) -> String {
        guard width > 0, DisplayWidth.of(line) > width else { return String(line) }
        let indent = line.prefix { $0 == " " }
        let marker = Self.marker(in: line[indent.endIndex...])
        let lead = line[..<marker.endIndex]
        let full = DisplayWidth.of(lead)
        let hang = String(repeating: " ", count: width - full >= Self.minimumText ? full : 0)
        var lines: [String] = []
        var current = String(lead)
        var used = full
        var atStart = true
        for (gap, word) in Self.pieces(line[marker.endIndex...]) {
            let wordWidth = DisplayWidth.of(word)
            let gapWidth = gap.count
            if atStart || used + gapWidth + wordWidth <= width {
                current += (atStart ? "" : gap) + word
                used += (atStart ? 0 : gapWidth) + wordWidth
            } else if word.isEmpty {
                continue  // trailing spaces that don't fit are dropped with the break
            } else {
                lines.append(current)
                current = hang + word
                used = hang.count + wordWidth
            }
            atStart = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// A row's first column ("/save FILE" before the gap in the command list) is at most this wide.
    static let firstColumn = 16

    /// What a line's text starts with that its continuations hang under, with the spaces after it: a list
    /// marker ("1. ", "- ", "• ") or the first column of a two-column row ("/reset      "); empty if none.
    static func marker(in text: Substring) -> Substring {
        var rest = text
        if let first = rest.first, ["-", "*", "•", "–"].contains(first) {
            rest = rest.dropFirst()
        } else if let gap = text.prefix(firstColumn + 1).firstRange(of: "  "), gap.lowerBound > text.startIndex {
            rest = text[gap.lowerBound...]
        } else {
            let digits = rest.prefix(while: \.isASCII).prefix { $0.isNumber }
            guard (1...3).contains(digits.count) else { return text.prefix(0) }
            rest = rest.dropFirst(digits.count)
            guard let dot = rest.first, dot == "." || dot == ")" else { return text.prefix(0) }
            rest = rest.dropFirst()
        }
        let spaces = rest.prefix { $0 == " " }
        guard !spaces.isEmpty, spaces.endIndex < text.endIndex else { return text.prefix(0) }
        return text[..<spaces.endIndex]
    }

    /// The words of `text`, each with the run of spaces before it; the first has none, a trailing run has no word.
    static func pieces(_ text: Substring) -> [(gap: Substring, word: Substring)] {
        var result: [(gap: Substring, word: Substring)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let gapEnd = text[index...].firstIndex { $0 != " " } ?? text.endIndex
            let wordEnd = text[gapEnd...].firstIndex { $0 == " " } ?? text.endIndex
            result.append((text[index..<gapEnd], text[gapEnd..<wordEnd]))
            index = wordEnd
        }
        return result
    }
}
