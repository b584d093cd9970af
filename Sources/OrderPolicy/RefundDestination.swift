/// Where refunded money lands, by payment method (F7).
public enum RefundDestination: String, Sendable {
    case originalMethod = "original_method"
    case alipayAccount = "alipay_account"
    case voucher

    /// The destination for money paid with `method`.
    public static func `for`(_ method: PaymentMethod) -> RefundDestination {
        switch method {
        case .card, .eWallet: .originalMethod
        case .bankTransfer, .westernUnion, .cash: .alipayAccount
        case .cashOnDelivery: .voucher
        }
    }

    /// The destination in words, completing "the money goes …".
    public func text(for method: PaymentMethod) -> String {
        switch self {
        case .originalMethod: "back to the \(method.label) you paid with"
        case .alipayAccount: "to your Alipay account, not back the way you paid"
        case .voucher: "as a voucher rather than as cash"
        }
    }

    /// The destination in words for every method that leads here, completing "the money goes …".
    public var generalText: String {
        switch self {
        case .originalMethod: "back to the method you paid with"
        case .alipayAccount: "to your Alipay account"
        case .voucher: "as a voucher rather than as cash"
        }
    }

    /// The payment methods whose refunds land here, in the order of `PaymentMethod.allCases`.
    public var methods: [PaymentMethod] { PaymentMethod.allCases.filter { Self.for($0) == self } }

    /// Every destination, in the order their first payment method is listed.
    public static var all: [RefundDestination] {
        PaymentMethod.allCases.map(Self.for).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Where a refund goes, as one sentence: for `payment` when known, else F7's rule for every method. `name` is
    /// the shopper's own name for the way they paid ("PayPal"), said in place of the method's label: the rule is
    /// the same for every way of paying within a method.
    public static func sentence(for payment: PaymentMethod?, named name: String? = nil) -> String {
        if let payment {
            return "As you paid by \(name ?? payment.label), the money goes \(Self.for(payment).text(for: payment))."
        }
        let cases = all.map { "if you paid by \(list($0.methods.map(\.label))), it goes \($0.generalText)" }
        return "Where the money goes depends on how you paid: " + cases.joined(separator: "; ") + "."
    }

    /// The fact that decides the destination.
    public static let fact = FactID(7)

    private static func list(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}
