/// Whether and how an order in a given status can be cancelled (F1, F2, F9).
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

    /// The rule for an order in `status`.
    public static func `for`(_ status: OrderStatus) -> CancellationRule {
        switch status {
        case .unpaid:
            CancellationRule(status: status, ability: .byShopper, action: .cancelInMyOrders,
                             facts: [FactID(1), FactID(17)])
        case .awaitingShipment:
            CancellationRule(status: status, ability: .withSellerApproval, action: .requestAndMessageSeller,
                             facts: [FactID(2), FactID(3), FactID(4)])
        case .shipped:
            CancellationRule(status: status, ability: .no, action: .refuseOrReturnAfterDelivery,
                             facts: [FactID(9), FactID(10), FactID(12)])
        case .delivered:
            CancellationRule(status: status, ability: .no, action: .returnOrDispute,
                             facts: [FactID(10), FactID(12)])
        }
    }
}
