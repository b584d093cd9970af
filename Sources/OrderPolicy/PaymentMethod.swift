/// How the shopper paid; it decides where a refund goes (F7).
public enum PaymentMethod: String, CaseIterable, Sendable, Hashable {
    case card
    case eWallet = "e_wallet"
    case bankTransfer = "bank_transfer"
    case westernUnion = "western_union"
    case cash
    case cashOnDelivery = "cash_on_delivery"

    /// Whether an order paid this way is paid when it is placed: all but cash on delivery, which is paid at the
    /// door.
    public var isPaidUpFront: Bool { self != .cashOnDelivery }

    /// The words a shopper would use for this method.
    public var label: String {
        switch self {
        case .card: "card"
        case .eWallet: "e-wallet"
        case .bankTransfer: "bank transfer"
        case .westernUnion: "Western Union"
        case .cash: "cash"
        case .cashOnDelivery: "cash on delivery"
        }
    }
}
