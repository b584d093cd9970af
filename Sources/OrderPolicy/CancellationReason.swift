/// The reasons a cancellation request offers to choose from (F14).
public enum CancellationReason: String, CaseIterable, Sendable, Hashable {
    case noLongerNeeded = "no_longer_needed"
    case betterOffer = "better_offer"
    case duplicateOrder = "duplicate_order"
    case sellerDelaysShipping = "seller_delays_shipping"
    case wrongDetails = "wrong_details"

    /// The reason as the cancellation form words it.
    public var label: String {
        switch self {
        case .noLongerNeeded: "no longer needed"
        case .betterOffer: "found a better offer"
        case .duplicateOrder: "duplicate order created by a system error"
        case .sellerDelaysShipping: "seller delays shipping"
        case .wrongDetails: "wrong delivery details"
        }
    }

    /// The fact that lists the reasons.
    public static let fact = FactID(14)
}
