/// A time window the policy promises; every number of the policy lives here.
public enum PolicyWindow: String, CaseIterable, Sendable {
    /// How soon sellers usually answer a message (F3).
    case sellerReply = "seller_reply_window"
    /// How long the seller has to react to a cancellation request (F4).
    case sellerResponse = "seller_response_window"
    /// How long the seller may take to ship (F5).
    case shipping = "shipping_window"
    /// How long an approved refund takes to arrive (F6).
    case refund = "refund_window"

    /// The length of the window.
    public var span: TimeSpan {
        switch self {
        case .sellerReply: TimeSpan(24...48, .hours)
        case .sellerResponse: TimeSpan(72...72, .hours)
        case .shipping: TimeSpan(7...7, .businessDays)
        case .refund: TimeSpan(3...20, .businessDays)
        }
    }

    /// The fact that states this window.
    public var fact: FactID {
        switch self {
        case .sellerReply: FactID(3)
        case .sellerResponse: FactID(4)
        case .shipping: FactID(5)
        case .refund: FactID(6)
        }
    }

    /// The window in words, e.g. "3–20 business days".
    public var text: String { span.text }
}

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
        let amount = range.lowerBound == range.upperBound
            ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
        switch unit {
        case .hours: return "\(amount) hours"
        case .businessDays: return "\(amount) business days"
        }
    }
}
