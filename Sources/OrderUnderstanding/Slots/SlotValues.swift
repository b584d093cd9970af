import OrderPolicy

/// The slots a conversation can hold: the order status, the payment method and the order number.
public struct SlotValues: Sendable, Equatable {
    /// The order's status, if known.
    public var status: OrderStatus?
    /// How the shopper paid, if known.
    public var payment: PaymentMethod?
    /// The digits of the order number, if given.
    public var orderNumber: String?

    /// No slot known.
    public init(status: OrderStatus? = nil, payment: PaymentMethod? = nil, orderNumber: String? = nil) {
        self.status = status
        self.payment = payment
        self.orderNumber = orderNumber
    }

    /// The slot names, as the contract spells them.
    public static let names = ["status", "payment", "order_number"]

    /// True when no slot is known.
    public var isEmpty: Bool { status == nil && payment == nil && orderNumber == nil }

    /// The known slots as name/value pairs, in contract order.
    public var pairs: [(name: String, value: String)] {
        var result: [(String, String)] = []
        if let status { result.append(("status", status.rawValue)) }
        if let payment { result.append(("payment", payment.rawValue)) }
        if let orderNumber { result.append(("order_number", orderNumber)) }
        return result
    }

    /// The value of the slot called `name`, as the contract spells it.
    public func value(of name: String) -> String? {
        switch name {
        case "status": status?.rawValue
        case "payment": payment?.rawValue
        case "order_number": orderNumber
        default: nil
        }
    }

    /// Sets the slot `name` from its contract spelling; false when the name or value is unknown.
    @discardableResult
    public mutating func set(_ name: String, to value: String?) -> Bool {
        switch name {
        case "status":
            guard let value else {
                status = nil
                return true
            }
            guard let parsed = OrderStatus(rawValue: value) else { return false }
            status = parsed
        case "payment":
            guard let value else {
                payment = nil
                return true
            }
            guard let parsed = PaymentMethod(rawValue: value) else { return false }
            payment = parsed
        case "order_number":
            guard let value else {
                orderNumber = nil
                return true
            }
            guard !value.isEmpty, value.allSatisfy(\.isASCIIDigit) else { return false }
            orderNumber = value
        default:
            return false
        }
        return true
    }

    /// Whether the policy slot is known.
    public func has(_ slot: PolicySlot) -> Bool {
        switch slot {
        case .status: status != nil
        case .payment: payment != nil
        }
    }

    /// These slots, overwritten by every slot that `newer` knows.
    public func merging(_ newer: SlotValues) -> SlotValues {
        SlotValues(
            status: newer.status ?? status, payment: newer.payment ?? payment,
            orderNumber: newer.orderNumber ?? orderNumber)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
