/// A value an answer template may name as `{name}`; the policy core fills it in.
public enum PolicyValue: String, CaseIterable, Sendable {
    case sellerReplyWindow = "seller_reply_window"
    case sellerResponseWindow = "seller_response_window"
    case shippingWindow = "shipping_window"
    case refundWindow = "refund_window"
    /// Where the refund goes; needs the payment method.
    case refundDestination = "refund_destination"
    /// Where the refund goes, as a sentence: for the known payment method, else F7's rule for every method.
    case refundRoute = "refund_route"
    /// The status in words; needs the status.
    case status
    /// The payment method in words; needs the payment method.
    case payment
    /// What a refund's time depends on (F6): the payment method and the bank, or only the bank once the method
    /// is known; never a bank for cash on delivery, whose refund is a voucher (F7).
    case refundDepends = "refund_depends"
    /// The shopper's own reason to cancel, as the cancellation form words it (F14); only an answer for the
    /// `reason_given` circumstance can use it.
    case reason

    /// The slot that must be known before this value can be written.
    public var requires: PolicySlot? {
        switch self {
        case .refundDestination, .payment: .payment
        case .status: .status
        default: nil
        }
    }

    /// The fact this value comes from, which an answer using it must list; nil for the shopper's own slots.
    public var fact: FactID? {
        switch self {
        case .sellerReplyWindow: PolicyWindow.sellerReply.fact
        case .sellerResponseWindow: PolicyWindow.sellerResponse.fact
        case .shippingWindow: PolicyWindow.shipping.fact
        case .refundWindow, .refundDepends: PolicyWindow.refund.fact
        case .refundDestination, .refundRoute: RefundDestination.fact
        // The shopper's own words, not a rule: an answer that names the reason lists F14 for the form's list.
        case .status, .payment, .reason: nil
        }
    }

    /// The text of this value, or nil when a required slot is missing. `paymentName` is the shopper's own name for
    /// the way they paid ("PayPal"), said in place of the method's label; `reason` the reason they gave to cancel.
    public func text(
        status: OrderStatus?, payment: PaymentMethod?, paymentName: String? = nil, reason: CancellationReason? = nil
    ) -> String? {
        switch self {
        case .sellerReplyWindow: PolicyWindow.sellerReply.text
        case .sellerResponseWindow: PolicyWindow.sellerResponse.text
        case .shippingWindow: PolicyWindow.shipping.text
        case .refundWindow: PolicyWindow.refund.text
        case .refundDepends:
            switch payment {
            case nil: "depending on your payment method and your bank"
            case .cashOnDelivery?: "depending on the payment method"
            case _?: "depending on your bank"
            }
        case .refundDestination: payment.map { RefundDestination.for($0).text(for: $0) }
        case .refundRoute: RefundDestination.sentence(for: payment, named: paymentName)
        case .status: status?.label
        case .payment: payment.map { paymentName ?? $0.label }
        case .reason: reason?.label
        }
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
