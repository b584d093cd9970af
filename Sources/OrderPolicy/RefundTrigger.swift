/// What has to happen before a refund starts its journey, by status (F1, F6, F10). The refund answers are
/// written in the intent files; this is the table they are checked against (`AnswerCoverageTests`: the
/// refund-time answer for each status rests on the trigger's facts), and the dated sentences count the refund
/// only from the events it allows (`windowStarts`).
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

    /// The fact that says what starts the refund.
    public var startFact: FactID {
        switch self {
        case .paymentVerification: FactID(1)
        case .sellerApproval: FactID(6)
        case .returnReceived: FactID(10)
        }
    }

    /// The facts behind the trigger: what starts the refund, and for a return the window that follows.
    public var facts: [FactID] {
        switch self {
        case .paymentVerification, .sellerApproval: [startFact]
        case .returnReceived: [startFact, PolicyWindow.refund.fact]
        }
    }
}

extension RefundTrigger {
    /// The events the refund window may count from for an order whose refund starts this way: an approval only
    /// for a cancelled order, a return's receipt only for a shipped or delivered one, and a dispute's resolution
    /// for either. An unpaid order has no refund to count.
    public var windowStarts: [WindowStart] {
        switch self {
        case .paymentVerification: []
        case .sellerApproval: [.sellerApproval, .disputeResolution]
        case .returnReceived: [.returnReceipt, .disputeResolution]
        }
    }

    /// The events the refund window may count from for an order in `status`, or for any paid order when the
    /// status is not known.
    public static func windowStarts(for status: OrderStatus?) -> [WindowStart] {
        status.map { Self.for($0).windowStarts } ?? PolicyWindow.refund.starts
    }
}
