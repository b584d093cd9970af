/// Everything the policy decides for one order: cancel or not, what next, and how the money comes back. The
/// answers are written in the intent files, not built from this value: it is the table they are checked against
/// (`AnswerCoverageTests`: for every status and payment method, the cancel, refund-time and refund-method answers
/// together rest on every fact of the resolution).
public struct Resolution: Sendable, Equatable {
    /// Whether and how it can be cancelled.
    public let cancellation: CancellationRule
    /// What starts the refund.
    public let refundTrigger: RefundTrigger
    /// Where the money goes, when the payment method is known.
    public let destination: RefundDestination?
    /// How long the refund takes once started; nil for an unpaid order, which has no refund to count (F1).
    public let refundWindow: PolicyWindow?

    /// Decides the policy for an order in `status`, paid with `payment` if known.
    public init(status: OrderStatus, payment: PaymentMethod?) {
        cancellation = .for(status)
        refundTrigger = .for(status)
        destination = payment.map(RefundDestination.for)
        refundWindow = refundTrigger.windowStarts.isEmpty ? nil : .refund
    }

    /// Every fact this resolution rests on, sorted and without repeats.
    public var facts: [FactID] {
        var ids = Set(cancellation.facts).union(refundTrigger.facts)
        if let refundWindow { ids.insert(refundWindow.fact) }
        if destination != nil { ids.insert(RefundDestination.fact) }
        return ids.sorted()
    }
}
