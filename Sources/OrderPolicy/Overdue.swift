/// What the policy offers once a window has run out and what it promised has not happened: the seller has not
/// shipped within the shipping window (F5), or the money has not come within the refund window (F6).
public enum Overdue: CaseIterable, Sendable {
    /// The seller's time to ship is over and the order has not shipped.
    case shipping
    /// The refund's time is over and the money has not come.
    case refund

    /// The reason to pick when cancelling an order the seller is slow to ship, among those F14 lists.
    public static let lateShippingReason = CancellationReason.sellerDelaysShipping.label
    /// The fact that lists the reasons a cancellation may give, a seller slow to ship among them.
    public static let reasonsFact = CancellationReason.fact
    /// The fact that sends real problems (an order that never comes, a seller who ignores the shopper) to a
    /// dispute, where AliExpress support steps in.
    public static let disputeFact = FactID(12)

    /// The window that ran out.
    public var window: PolicyWindow {
        switch self {
        case .shipping: .shipping
        case .refund: .refund
        }
    }

    /// The facts the advice rests on.
    public var facts: [FactID] {
        switch self {
        case .shipping: [Self.reasonsFact, Self.disputeFact]
        case .refund: [Self.disputeFact]
        }
    }

    /// What an answer says when the window's last day has passed: that it has, and what the shopper can do. The
    /// facts say nothing of a refund later than its window, so that advice says so and points to a dispute.
    public var advice: String {
        switch self {
        case .shipping:
            "That day has passed, so the seller is late: you can ask to cancel, with \"\(Self.lateShippingReason)\" "
                + "as the reason, or open a dispute from the order page if it never ships."
        case .refund:
            "That day has passed, and the rules I answer from don't say what happens when a refund takes longer: "
                + "check the refund on the order page, and if it still hasn't come, open a dispute from the order "
                + "page so AliExpress support steps in."
        }
    }
}
