import OrderPolicy

/// Something that happened to the order which changes the answer beyond its status: a refused parcel's refund is
/// not a return's, and a declined request starts no refund. An intent file may key an answer by one
/// (`answers: refused:`); such an answer wins over the status's.
public enum Circumstance: String, CaseIterable, Sendable, Hashable {
    /// The shopper refused the parcel at the door.
    case refused
    /// The seller declined the cancellation request, and nothing since has changed that.
    case declined
    /// The seller has not answered the cancellation request.
    case sellerSilent = "seller_silent"
    /// The seller or the system cancelled the order, not the shopper.
    case sellerCancelled = "seller_cancelled"
    /// A dispute was decided in the shopper's favour.
    case disputeWon = "dispute_won"
    /// A dispute was closed in the seller's favour.
    case disputeLost = "dispute_lost"
    /// A partial refund was offered or asked about.
    case partialRefund = "partial_refund"
    /// The order page shows the order as delivered, but the parcel never reached the shopper.
    case notReceived = "not_received"
    /// The payment is still being verified (F1): a cancellation waits until the check is finished.
    case paymentVerifying = "payment_verifying"
    /// The shopper gave their own reason to cancel, one of those the cancellation form offers (F14).
    case reasonGiven = "reason_given"

    /// The statuses the circumstance can go with, or nil for any. A seller's answer to a cancellation request
    /// matters only while the order has not shipped: once it has, the status's own answer is the right one.
    public var statuses: Set<OrderStatus>? {
        switch self {
        case .declined, .sellerSilent, .sellerCancelled: [.awaitingShipment]
        // The reason is picked when asking the seller to cancel, which only an order awaiting shipment needs.
        case .reasonGiven: [.awaitingShipment]
        // A partial refund is something a seller may offer in answer to a cancellation request (F16); once the
        // order has shipped, the return and the dispute are the ways, and their answers are the right ones.
        case .partialRefund: [.awaitingShipment]
        case .refused: [.shipped]
        case .notReceived: [.delivered]
        case .paymentVerifying: [.unpaid]
        case .disputeWon, .disputeLost: nil
        }
    }

    /// Whether the circumstance can go with an order in `status` (unknown goes with anything).
    public func fits(_ status: OrderStatus?) -> Bool {
        guard let status, let statuses else { return true }
        return statuses.contains(status)
    }
}

extension Situation {
    /// The circumstances the events leave for an order in `status`: the newest answer of the seller to a
    /// cancellation request decides which of declined, silent or cancelled by the seller holds (an approval
    /// leaves none), and the newest dispute outcome which of won or lost.
    public func circumstances(status: OrderStatus?) -> Set<Circumstance> {
        var found: Set<Circumstance> = []
        let happened = events.map(\.event).filter(\.happened)
        switch sellerAnswer {
        case .sellerDeclined?: found.insert(.declined)
        case .sellerSilent?: found.insert(.sellerSilent)
        case .sellerCancelled?: found.insert(.sellerCancelled)
        default: break
        }
        switch happened.last(where: { $0.kind == .disputeWon || $0.kind == .disputeLost })?.kind {
        case .disputeWon?: found.insert(.disputeWon)
        case .disputeLost?: found.insert(.disputeLost)
        default: break
        }
        if happened.contains(where: { $0.kind == .deliveryRefused }) { found.insert(.refused) }
        if happened.contains(where: { $0.kind == .partialRefund }) { found.insert(.partialRefund) }
        if deliveredButNotReceived { found.insert(.notReceived) }
        if paymentVerifying { found.insert(.paymentVerifying) }
        if cancellationReason != nil { found.insert(.reasonGiven) }
        return found.filter { $0.fits(status) }
    }

    /// The seller's newest answer to a cancellation request, or their own cancellation: approved, declined,
    /// silent or cancelled by the seller; nil when none was told.
    public var sellerAnswer: OrderEvent.Kind? {
        events.last { heard in
            heard.event.happened && heard.event.kind.isCancellationStep && heard.event.kind != .cancellationRequested
        }?.event.kind
    }

    /// The shopper's own reason to cancel, the newest one told.
    public var cancellationReason: CancellationReason? {
        for heard in events.reversed() where heard.event.happened {
            if case .reasonGiven(let reason) = heard.event.kind { return reason }
        }
        return nil
    }

    /// Whether the newest word on the payment is that it is still being verified.
    public var paymentVerifying: Bool {
        events.last { heard in
            heard.event.kind == .paymentVerifying || heard.event.kind == .paid || heard.event.possibleStatuses != nil
        }?.event.kind == .paymentVerifying
    }

    /// Whether the order page shows the order as delivered while the shopper says it never reached them: a
    /// parcel marked delivered but not received, which is a reason for a dispute (F12).
    public var deliveredButNotReceived: Bool {
        let shownDelivered = events.lastIndex { $0.event.kind == .shown(.delivered) }
        let notReceived = events.lastIndex { $0.event.kind == .delivered && !$0.event.happened }
        let received = events.lastIndex {
            ($0.event.kind == .delivered && $0.event.happened) || $0.event.kind == .returned
        }
        guard let shownDelivered, let notReceived else { return false }
        return received.map { $0 < min(shownDelivered, notReceived) } ?? true
    }
}
