/// Whether and how an order in a given status can be cancelled (F1, F2, F9). The answers are written in the intent
/// files, not built from this type: it is the table they are checked against (`AnswerCoverageTests`: the
/// cancel answer for each status rests on the rule's facts and says whether the order can still be cancelled).
public struct CancellationRule: Sendable, Equatable {
    /// Who can stop the order.
    public enum Ability: String, Sendable {
        /// The shopper cancels it alone.
        case byShopper = "by_shopper"
        /// The shopper asks, the seller must agree.
        case withSellerApproval = "with_seller_approval"
        /// Too late to cancel.
        case no
    }

    /// What the shopper should do next.
    public enum Action: String, Sendable {
        case cancelInMyOrders = "cancel_in_my_orders"
        case requestAndMessageSeller = "request_and_message_seller"
        case refuseOrReturnAfterDelivery = "refuse_or_return_after_delivery"
        case returnOrDispute = "return_or_dispute"
    }

    /// The status this rule is for.
    public let status: OrderStatus
    /// Whether the order can be cancelled, and by whom.
    public let ability: Ability
    /// The best next step.
    public let action: Action
    /// The facts the rule rests on.
    public let facts: [FactID]

    /// The fact that ends cancelling: a shipped order can no longer be cancelled.
    public static let endsAtShipment = FactID(9)

    /// The rule for an order in `status`.
    public static func `for`(_ status: OrderStatus) -> CancellationRule {
        switch status {
        case .unpaid:
            CancellationRule(
                status: status, ability: .byShopper, action: .cancelInMyOrders,
                facts: [FactID(1), FactID(17)])
        case .awaitingShipment:
            CancellationRule(
                status: status, ability: .withSellerApproval, action: .requestAndMessageSeller,
                facts: [FactID(2), FactID(3), FactID(4)])
        case .shipped:
            CancellationRule(
                status: status, ability: .no, action: .refuseOrReturnAfterDelivery,
                facts: [endsAtShipment, FactID(10), FactID(12)])
        case .delivered:
            CancellationRule(
                status: status, ability: .no, action: .returnOrDispute,
                facts: [FactID(10), FactID(12)])
        }
    }
}
