/// The id of one policy fact, written `F1` … `F17`.
public struct FactID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The fact's number.
    public let number: Int

    /// A fact id from its number.
    public init(_ number: Int) { self.number = number }

    /// Parses `F6` (any case); nil for anything that is not a known fact.
    public init?(_ text: String) {
        guard let first = text.first, first == "F" || first == "f",
            let number = Int(text.dropFirst()),
            PolicyFacts.all.indices.contains(number - 1)
        else { return nil }
        self.number = number
    }

    public var description: String { "F\(number)" }

    public static func < (lhs: FactID, rhs: FactID) -> Bool { lhs.number < rhs.number }
}
