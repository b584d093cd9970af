/// A value an answer template may name as `{name}`; the policy core fills it in.
public enum PolicyValue: String, CaseIterable, Sendable {
    case sellerReplyWindow = "seller_reply_window"
    case sellerResponseWindow = "seller_response_window"
    case shippingWindow = "shipping_window"
    case refundWindow = "refund_window"
    /// Where the refund goes; needs the payment method.
    case refundDestination = "refund_destination"
    /// The status in words; needs the status.
    case status
    /// The payment method in words; needs the payment method.
    case payment

    /// The slot that must be known before this value can be written.
    public var requires: PolicySlot? {
        switch self {
        case .refundDestination, .payment: .payment
        case .status: .status
        default: nil
        }
    }

    /// The text of this value and the fact it comes from, or nil when a required slot is missing.
    public func resolve(status: OrderStatus?, payment: PaymentMethod?) -> (text: String, fact: FactID?)? {
        switch self {
        case .sellerReplyWindow: window(.sellerReply)
        case .sellerResponseWindow: window(.sellerResponse)
        case .shippingWindow: window(.shipping)
        case .refundWindow: window(.refund)
        case .refundDestination:
            payment.map { (RefundDestination.for($0).text(for: $0), RefundDestination.fact) }
        case .status: status.map { ($0.label, nil) }
        case .payment: payment.map { ($0.label, nil) }
        }
    }

    private func window(_ window: PolicyWindow) -> (text: String, fact: FactID?) {
        (window.text, window.fact)
    }
}

/// The facts about an order that policy decisions depend on.
public enum PolicySlot: String, CaseIterable, Sendable {
    case status
    case payment

    /// Every value this slot can take, as the contract spells them.
    public var values: [String] {
        switch self {
        case .status: OrderStatus.allCases.map(\.rawValue)
        case .payment: PaymentMethod.allCases.map(\.rawValue)
        }
    }

    /// A value in words, for lists and replies.
    public func label(of value: String) -> String? {
        switch self {
        case .status: OrderStatus(rawValue: value)?.label
        case .payment: PaymentMethod(rawValue: value)?.label
        }
    }
}
