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

extension PolicyWindow {
    /// The events this window may be counted from. The seller's usual reply time (F3) counts from a message the
    /// shopper sends, which is no event of the order, so no dated sentence counts it.
    public var starts: [WindowStart] {
        switch self {
        case .sellerReply: []
        case .sellerResponse: [.cancellationRequest]
        case .shipping: [.payment]
        case .refund: [.sellerApproval, .returnReceipt, .disputeResolution]
        }
    }
}
