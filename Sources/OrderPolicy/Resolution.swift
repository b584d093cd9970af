/// Everything the policy decides for one order: cancel or not, what next, and how the money comes back.
public struct Resolution: Sendable, Equatable {
    /// Whether and how it can be cancelled.
    public let cancellation: CancellationRule
    /// What starts the refund.
    public let refundTrigger: RefundTrigger
    /// Where the money goes, when the payment method is known.
    public let destination: RefundDestination?
    /// How long the refund takes once started.
    public let refundWindow: PolicyWindow

    /// Decides the policy for an order in `status`, paid with `payment` if known.
    public init(status: OrderStatus, payment: PaymentMethod?) {
        cancellation = .for(status)
        refundTrigger = .for(status)
        destination = payment.map(RefundDestination.for)
        refundWindow = .refund
    }

    /// Every fact this resolution rests on, sorted and without repeats.
    public var facts: [FactID] {
        var ids = Set(cancellation.facts).union(refundTrigger.facts)
        ids.insert(refundWindow.fact)
        if destination != nil { ids.insert(RefundDestination.fact) }
        return ids.sorted()
    }
}
