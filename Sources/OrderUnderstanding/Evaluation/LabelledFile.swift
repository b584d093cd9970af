/// One labelled line to score: the text, the intents that would be right, and the slots expected if the file says.
public struct LabelledRow: Sendable {
    public let text: String
    public let intents: Set<String>
    public let slots: SlotValues?
    /// `file:line`.
    public let location: String

    /// True when only "out of scope" is right.
    public var isNegative: Bool { intents == [LabelledLine.none] }
}

/// A labelled file that can't be scored, with the `file:line:` of its first bad line.
public struct LabelledFileError: Error, CustomStringConvertible {
    public let description: String
}

/// The labelled TSV files (`shared/eval/*.tsv`) read for scoring. The columns are read once, by
/// `LabelledLine.parse`, as training reads them; this adds what scoring needs: every line that is not a comment
/// or blank must carry a label, and the slots column must name real slots and values.
public enum LabelledFile {
    public static func rows(of text: String, path: String) throws(LabelledFileError) -> [LabelledRow] {
        let parsed = LabelledLine.parse(text)
        let read = Set(parsed.map(\.line))
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !read.contains(index + 1) && !line.hasPrefix("#") && !line.trimmingWhitespace().isEmpty {
            throw LabelledFileError(
                description: "\(path):\(index + 1): expected text<TAB>intents, found no intent column")
        }
        var rows: [LabelledRow] = []
        for line in parsed {
            let location = "\(path):\(line.line)"
            var slots: SlotValues?
            if let column = line.slots {
                var values = SlotValues()
                for pair in column.split(separator: ";").map({ $0.trimmingWhitespace() }) where !pair.isEmpty {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, values.set(parts[0], to: parts[1]) else {
                        throw LabelledFileError(
                            description: "\(location): bad slot '\(pair)'; write slot=value, e.g. status=shipped")
                    }
                }
                slots = values
            }
            rows.append(LabelledRow(text: line.text, intents: Set(line.intents), slots: slots, location: location))
        }
        return rows
    }
}

extension LabelledRow {
    /// The same row with its slots not scored.
    public var withoutSlots: LabelledRow { LabelledRow(text: text, intents: intents, slots: nil, location: location) }
}
