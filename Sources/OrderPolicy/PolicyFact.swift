/// One rule the assistant answers from, in the project's own words.
public struct PolicyFact: Sendable {
    /// The fact's id, e.g. F6.
    public let id: FactID
    /// A one-line statement of the rule, for `/why` and the README.
    public let summary: String
}

/// The catalogue of facts F1–F17; the only place they are written down.
public enum PolicyFacts {
    /// Every fact, in id order.
    public static let all: [PolicyFact] = [
        "An unpaid order is cancelled by the shopper in My Orders; if the payment is still being checked, the cancellation (and any refund) waits for that check, and an e-mail confirms it.",
        "A paid order awaiting shipment needs the seller's consent: My Orders, the order, Cancel order, a reason, submit, then wait.",
        "Ask the seller to approve through Contact Seller on the order page; sellers tend to answer within \(PolicyWindow.sellerReply.text).",
        "The seller has \(PolicyWindow.sellerResponse.text) to react to a cancellation request; silence may be settled automatically afterwards, case by case, so watch the order page.",
        "A seller may take up to \(PolicyWindow.shipping.text) to ship; awaiting shipment during that time is normal.",
        "After the seller approves, the money takes \(PolicyWindow.refund.text) to come back, depending on payment method and bank.",
        "Every refund (after a cancellation, a return or a dispute) returns to the original payment method, except cash, Western Union and bank transfer (to the Alipay account) and cash-on-delivery charges (as a voucher).",
        "Cancelling before shipment usually costs nothing; \"I ordered the wrong item\" is the usual reason for a change of mind, and a dispute suits a seller's fault better.",
        "A shipped order can no longer be cancelled: refuse the parcel, or accept it and ask for a return.",
        "A return is started in My Orders on the item; the refund goes to the original payment method once the seller's warehouse has the item back.",
        "When the seller refuses or ignores the request: one clear message, check for an automatic cancellation, and switch to return or dispute if it ships.",
        "A dispute (Open Dispute on the order page) is for real problems: not received, damaged, not as described, or a seller who ignores or refuses; keep photos, messages and tracking.",
        "Cancel stops the shipment (only before shipment), a return sends back what arrived, a dispute brings in AliExpress support when something went wrong.",
        "Common cancellation reasons on offer include: not needed any more, better offer elsewhere, duplicate order from a system error, seller slow to ship, wrong delivery details or wrong order paid.",
        "A message to the seller greets them, gives the order number, says the item is no longer needed, asks for approval, and thanks them.",
        "A seller answering a request may offer a full refund, a partial refund, or to carry on with the order.",
        "An e-mail confirms a cancellation once it goes through.",
    ].enumerated().map { PolicyFact(id: FactID($0.offset + 1), summary: $0.element) }

    /// The fact with this id.
    public static func fact(_ id: FactID) -> PolicyFact { all[id.number - 1] }
}
