/// Where refunded money lands, by payment method (F7).
public enum RefundDestination: String, Sendable {
    case originalMethod = "original_method"
    case alipayAccount = "alipay_account"
    case voucher

    /// The destination for money paid with `method`.
    public static func `for`(_ method: PaymentMethod) -> RefundDestination {
        switch method {
        case .card, .eWallet: .originalMethod
        case .bankTransfer, .westernUnion, .cash: .alipayAccount
        case .cashOnDelivery: .voucher
        }
    }

    /// The destination in words, completing "the money goes …".
    public func text(for method: PaymentMethod) -> String {
        switch self {
        case .originalMethod: "back to the \(method.label) you paid with"
        case .alipayAccount: "to your Alipay account, not to the \(method.label) you paid with"
        case .voucher: "as a voucher rather than as cash"
        }
    }

    /// The fact that decides the destination.
    public static let fact = FactID(7)
}

/// What has to happen before a refund starts its journey, by status (F1, F6, F10).
public enum RefundTrigger: String, Sendable {
    /// Unpaid: nothing was taken unless a payment is still being checked.
    case paymentVerification = "payment_verification"
    /// Awaiting shipment: the seller approves the cancellation.
    case sellerApproval = "seller_approval"
    /// Shipped or delivered: the seller's warehouse receives the returned item.
    case returnReceived = "return_received"

    /// The trigger for an order in `status`.
    public static func `for`(_ status: OrderStatus) -> RefundTrigger {
        switch status {
        case .unpaid: .paymentVerification
        case .awaitingShipment: .sellerApproval
        case .shipped, .delivered: .returnReceived
        }
    }

    /// The facts behind the trigger.
    public var facts: [FactID] {
        switch self {
        case .paymentVerification: [FactID(1)]
        case .sellerApproval: [FactID(6)]
        case .returnReceived: [FactID(10), FactID(6)]
        }
    }
}
