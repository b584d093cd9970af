/// A length of time, possibly a range, in hours or business days.
public struct TimeSpan: Sendable, Equatable {
    /// The unit a span is counted in.
    public enum Unit: Sendable { case hours, businessDays }

    /// The shortest and longest length.
    public let range: ClosedRange<Int>
    /// What the numbers count.
    public let unit: Unit

    /// A span of `range` units.
    public init(_ range: ClosedRange<Int>, _ unit: Unit) {
        self.range = range
        self.unit = unit
    }

    /// The span in words, e.g. "72 hours" or "3–20 business days".
    public var text: String {
        let amount =
            range.lowerBound == range.upperBound
            ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
        switch unit {
        case .hours: return "\(amount) hours"
        case .businessDays: return "\(amount) business days"
        }
    }
}
