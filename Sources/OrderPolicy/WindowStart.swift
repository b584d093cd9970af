/// An event a time window may be counted from. A window counts from the event that starts it, never from a day
/// that belongs to another event (POLICY-FACTS: F4 from the request, F5 from the payment, F6 from the approval,
/// the warehouse's receipt of a return or the dispute's resolution).
public enum WindowStart: String, CaseIterable, Sendable {
    case cancellationRequest = "cancellation_request"
    case payment
    case sellerApproval = "seller_approval"
    case returnReceipt = "return_receipt"
    case disputeResolution = "dispute_resolution"

    /// The event in words, as a dated sentence names it: "the approval on Tuesday 1 December 2026".
    public var name: String {
        switch self {
        case .cancellationRequest: "the cancellation request"
        case .payment: "the payment"
        case .sellerApproval: "the approval"
        case .returnReceipt: "the warehouse's receipt of your return"
        case .disputeResolution: "the dispute's resolution in your favour"
        }
    }
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
