import OrderPolicy

/// Something the shopper says happened to the order (or did not happen), with the words that said it.
public struct OrderEvent: Sendable, Equatable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// The order page's own word for the status: "awaiting shipment", "in transit", "completed".
        case shown(OrderStatus)
        case paid, shipped, delivered
        /// The shopper placed the order ("I ordered it 2 weeks ago"): no status of itself, but the day of the
        /// payment when the way they paid is paid up front.
        case ordered
        /// The order page says the payment is still being verified: the order counts as unpaid until it clears.
        case paymentVerifying
        /// The shopper asked to cancel.
        case cancellationRequested
        /// The seller answered the cancellation request: approved, declined, or stayed silent.
        case sellerApproved, sellerDeclined, sellerSilent
        /// The seller (or the system) cancelled the order without the shopper asking.
        case sellerCancelled
        /// The shopper sent the item back.
        case returned
        /// The seller's warehouse has the returned item: the refund's count starts (F10, F6).
        case returnReceived
        /// The shopper refused the parcel at the door.
        case deliveryRefused
        case disputeOpened
        /// A dispute was decided in the shopper's favour: the refund's count starts (F6).
        case disputeWon
        /// A dispute was closed in the seller's favour.
        case disputeLost
        /// A partial refund, offered by the seller or asked about (F16).
        case partialRefund
        case refundReceived
        /// The shopper's own reason to cancel, one the cancellation form offers (F14): "I found it cheaper".
        case reasonGiven(CancellationReason)

        /// The event's name in /why and tests.
        public var name: String {
            switch self {
            case .shown(let status): "shown \(status.rawValue)"
            case .paid: "paid"
            case .paymentVerifying: "payment being verified"
            case .ordered: "ordered"
            case .shipped: "shipped"
            case .delivered: "delivered"
            case .cancellationRequested: "cancellation requested"
            case .sellerApproved: "seller approved"
            case .sellerDeclined: "seller declined"
            case .sellerSilent: "seller silent"
            case .sellerCancelled: "seller cancelled"
            case .returned: "returned"
            case .returnReceived: "return received by the warehouse"
            case .deliveryRefused: "delivery refused"
            case .disputeOpened: "dispute opened"
            case .disputeWon: "dispute won"
            case .disputeLost: "dispute lost"
            case .partialRefund: "partial refund"
            case .refundReceived: "refund received"
            case .reasonGiven(let reason): "reason given (\(reason.label))"
            }
        }

        /// Whether it is the shopper's reason to cancel.
        public var isReason: Bool { if case .reasonGiven = self { true } else { false } }

        /// A step of a cancellation: the request, or the seller's answer to it.
        public var isCancellationStep: Bool {
            [.cancellationRequested, .sellerApproved, .sellerDeclined, .sellerSilent, .sellerCancelled].contains(self)
        }

        /// The policy window this event starts, if it starts one: a day told for any other event is not a start.
        public var windowStart: WindowStart? {
            switch self {
            case .cancellationRequested: .cancellationRequest
            case .paid: .payment
            case .sellerApproved: .sellerApproval
            case .returnReceived: .returnReceipt
            case .disputeWon: .disputeResolution
            default: nil
            }
        }
    }

    /// What happened.
    public let kind: Kind
    /// False when the shopper says it has not happened ("didn't ship", "never arrived").
    public let happened: Bool
    /// The words that said it, as typed after normalisation.
    public let evidence: String
    /// The day it happened, when the shopper says so.
    public var date: DateMention?

    /// An event with its evidence.
    public init(_ kind: Kind, happened: Bool = true, evidence: String, date: DateMention? = nil) {
        self.kind = kind
        self.happened = happened
        self.evidence = evidence
        self.date = date
    }

    /// The statuses the order can be in for this event to be true; nil when the event says nothing of it.
    public var possibleStatuses: Set<OrderStatus>? {
        switch (kind, happened) {
        case (.shown(let status), _): [status]
        case (.paid, true): [.awaitingShipment, .shipped, .delivered]
        case (.paid, false), (.paymentVerifying, true): [.unpaid]
        case (.shipped, true): [.shipped, .delivered]
        case (.shipped, false): [.unpaid, .awaitingShipment]
        case (.delivered, true): [.delivered]
        // Someone waiting for a parcel has paid for it; whether it has left is what is not known.
        case (.delivered, false): [.awaitingShipment, .shipped]
        // A cancellation request and the seller's answer to it exist only for a paid order not yet shipped.
        case (.cancellationRequested, true), (.sellerApproved, _), (.sellerDeclined, true), (.sellerSilent, true),
            (.sellerCancelled, true):
            [.awaitingShipment]
        case (.returned, true), (.returnReceived, true): [.delivered]
        case (.deliveryRefused, true): [.shipped]
        default: nil
        }
    }

    /// `possibleStatuses` as bits (`OrderStatus.bit`), for the derivation that runs on every line.
    var possibleMask: UInt8? {
        possibleStatuses.map { $0.reduce(0) { $0 | $1.bit } }
    }

    /// Whether the event says in so many words where the parcel is: the order page's status, or that it arrived,
    /// went back or was refused at the door.
    public var tellsWhereTheParcelIs: Bool {
        switch kind {
        case .shown, .paymentVerifying: true
        case .delivered, .returned, .returnReceived, .deliveryRefused: happened
        default: false
        }
    }

    /// Whether the event names the status in the order page's own words rather than implying it.
    public var namesStatus: Bool {
        switch kind {
        case .shown, .paymentVerifying: true
        default: false
        }
    }
}

extension OrderStatus {
    /// This status as one bit of a set of statuses.
    var bit: UInt8 {
        switch self {
        case .unpaid: 1
        case .awaitingShipment: 2
        case .shipped: 4
        case .delivered: 8
        }
    }

    /// The statuses whose bits are set in `mask`, in order.
    static func statuses(in mask: UInt8) -> Set<OrderStatus> { Set(allCases.filter { mask & $0.bit != 0 }) }
}
