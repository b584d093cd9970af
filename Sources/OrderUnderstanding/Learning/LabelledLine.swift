/// One line of a labelled file (`shared/eval/*.tsv`, `corpus/*.tsv`): the text, the intents a right answer may
/// have (`none` for out of scope), the slots it states if a third column gives them, and a source URL if a fourth.
public struct LabelledLine: Sendable {
    /// The intent name that means out of scope.
    public static let none = "none"

    public let text: String
    public let intents: [String]
    /// The slots column as written (`status=shipped;payment=card`), or nil when the file has no such column.
    public let slots: String?
    /// Its line number in the file.
    public let line: Int

    /// Whether a right answer is "out of scope".
    public var isNegative: Bool { intents == [Self.none] }

    /// The labelled lines of a file's text: comments, blank lines and lines without a label are skipped.
    public static func parse(_ text: String) -> [LabelledLine] {
        var lines: [LabelledLine] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { continue }
            let intents = columns[1].split(separator: "|").map { String($0.trimmingWhitespace()) }.filter {
                !$0.isEmpty
            }
            let text = String(columns[0].trimmingWhitespace())
            guard !intents.isEmpty, !text.isEmpty else { continue }
            lines.append(
                LabelledLine(
                    text: text, intents: intents, slots: columns.count >= 3 ? String(columns[2]) : nil,
                    line: number + 1))
        }
        return lines
    }
}
