/// Where an order stands in its life, as the order page shows it.
public enum OrderStatus: String, CaseIterable, Sendable, Hashable {
    case unpaid
    case awaitingShipment = "awaiting_shipment"
    case shipped
    case delivered

    /// The words a shopper sees for this status, for lists and replies.
    public var label: String {
        switch self {
        case .unpaid: "unpaid"
        case .awaitingShipment: "awaiting shipment"
        case .shipped: "shipped"
        case .delivered: "delivered"
        }
    }
}
