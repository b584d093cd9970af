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
