import OrderPolicy

/// Where a slot's value came from, as `chat --json` reports it in `slot_sources`.
public enum SlotSource: String, Sendable {
    /// This message said it in so many words ("it's shipped", "paid by visa", "2" for a numbered status).
    case said
    /// This message implies it ("paid … didn't ship" is awaiting shipment).
    case inferred
    /// Taken as likely and said aloud in the reply ("I take it the order hasn't shipped yet").
    case assumed
    /// From an earlier turn.
    case earlier
}

/// A slot value with where it came from and the words that led to it.
public struct Noted<Value: Sendable & Equatable>: Sendable, Equatable {
    public let value: Value
    public let source: SlotSource
    /// The shopper's words behind it, for /why.
    public let evidence: [String]
}

/// What the shopper has told us about the order: the events heard, and the payment and order number.
/// The status is not stored: it follows from the events each time it is asked for.
public struct Situation: Sendable, Equatable {
    /// An event and the turn it was heard in.
    public struct EventRecord: Sendable, Equatable {
        public let event: OrderEvent
        public let turn: Int
    }

    /// Every event heard, oldest first (the most recent `limit`).
    public private(set) var events: [EventRecord] = []
    /// How the shopper paid, and the turn it was said in.
    public private(set) var payment: (method: PaymentMethod, turn: Int, evidence: String)?
    /// The order number, and the turn it was said in.
    public private(set) var orderNumber: (digits: String, turn: Int)?

    /// A conversation keeps at most this many events; older ones no longer decide anything.
    public static let limit = 64

    /// Nothing known.
    public init() {}

    /// Adds what one message said, heard in `turn`.
    public mutating func add(_ reading: SituationReading, turn: Int) {
        events += reading.events.map { EventRecord(event: $0, turn: turn) }
        if events.count > Self.limit { events.removeFirst(events.count - Self.limit) }
        if let method = reading.payment { payment = (method, turn, reading.paymentEvidence ?? method.label) }
        if let digits = reading.orderNumber { orderNumber = (digits, turn) }
    }

    /// The status the events leave, read in `turn`. A set of statuses the events leave open is narrowed by the
    /// likely reading where one is far more likely: not shipped is awaiting shipment, shipped may be delivered
    /// by now but is taken as shipped. Paid with nothing said of shipping is awaiting shipment only when
    /// `assumingPaid`, and then the value is `assumed` and must be said aloud.
    public func status(in turn: Int, assumingPaid: Bool) -> StatusReading {
        var possible: UInt8 = 0
        var used: [EventRecord] = []
        // A parcel the order page shows as delivered stays delivered when the shopper says it never came: that
        // is a parcel not received (a dispute's case), not an order that has not shipped.
        let markedDelivered = deliveredButNotReceived
        for heard in newestFirst
        where !(markedDelivered && heard.event.kind == .delivered && !heard.event.happened)
            && Self.narrow(&possible, by: heard.event)
        {
            used.append(heard)
        }
        guard possible != 0, let newest = used.first else { return .unknown }
        let evidence = used.reversed().map(\.event.evidence)
        let source: SlotSource = newest.turn < turn ? .earlier : newest.event.namesStatus ? .said : .inferred
        if let likely = Self.likely(possible) {
            return .known(Noted(value: likely, source: source, evidence: evidence))
        }
        if assumingPaid, possible == Self.paidOnly {
            // Taken as likely, not told: it stays an assumption, said aloud each time an answer rests on it.
            return .known(Noted(value: .awaitingShipment, source: .assumed, evidence: evidence))
        }
        return .open(OrderStatus.statuses(in: possible), evidence: evidence)
    }

    /// The events, newest first. A message that says in so many words where the parcel is (the order page's
    /// status, or that it arrived, went back or was refused) places its cancellation steps before that: "it was
    /// delivered, and the seller refused to cancel" is a delivered order whose seller refused earlier, as the
    /// contract reads a message that says the order shipped. Weaker cues ("I have sent …") keep their order.
    private var newestFirst: [EventRecord] {
        var ordered: [EventRecord] = []
        var start = events.startIndex
        while start < events.endIndex {
            let turn = events[start].turn
            let end = events[start...].firstIndex { $0.turn != turn } ?? events.endIndex
            let message = events[start..<end]
            if message.contains(where: { $0.event.tellsWhereTheParcelIs }) {
                ordered +=
                    message.filter(\.event.kind.isCancellationStep)
                    + message.filter { !$0.event.kind.isCancellationStep }
            } else {
                ordered += message
            }
            start = end
        }
        return ordered.reversed()
    }

    /// Narrows the possible statuses (bits) by an older event; false when the event says nothing new. The
    /// newest event wins: an older one that contradicts it was overtaken ("declined, then shipped it").
    static func narrow(_ possible: inout UInt8, by event: OrderEvent) -> Bool {
        guard let statuses = event.possibleMask else { return false }
        let next = possible == 0 ? statuses : possible & statuses
        guard next != 0, next != possible else { return false }
        possible = next
        return true
    }

    /// What a payment alone leaves possible: awaiting shipment, shipped or delivered.
    private static let paidOnly = OrderEvent(.paid, evidence: "").possibleMask

    /// The status a set of possible statuses stands for with nothing assumed: the only one left, or the likely
    /// reading where one is far more likely (not shipped is awaiting shipment; shipped is taken as shipped).
    static func likely(_ possible: UInt8) -> OrderStatus? {
        switch possible {
        case OrderStatus.unpaid.bit | OrderStatus.awaitingShipment.bit: .awaitingShipment
        case OrderStatus.shipped.bit | OrderStatus.delivered.bit: .shipped
        default: possible.nonzeroBitCount == 1 ? OrderStatus.statuses(in: possible).first : nil
        }
    }

    /// The status the status phrases of one sentence leave, with nothing assumed.
    static func status(of cues: [StatusCue]) -> OrderStatus? {
        var possible: UInt8 = 0
        for cue in cues.reversed() {
            _ = narrow(&possible, by: OrderEvent(cue.kind, happened: cue.happened, evidence: ""))
        }
        return likely(possible)
    }

    /// The payment method as noted in `turn`.
    public func payment(in turn: Int) -> Noted<PaymentMethod>? {
        payment.map { Noted(value: $0.method, source: $0.turn < turn ? .earlier : .said, evidence: [$0.evidence]) }
    }

    /// The shopper's own name for the way they paid, as its maker spells it ("PayPal", "Visa"), when their words
    /// held one.
    public var paymentName: String? { payment.flatMap { Lexicon.paymentName(in: $0.evidence) } }

    /// The order number as noted in `turn`.
    public func orderNumber(in turn: Int) -> Noted<String>? {
        orderNumber.map { Noted(value: $0.digits, source: $0.turn < turn ? .earlier : .said, evidence: [$0.digits]) }
    }

    /// The newest event of `kind` that happened, if any.
    public func latest(_ kind: OrderEvent.Kind) -> OrderEvent? {
        events.last { $0.event.kind == kind && $0.event.happened }?.event
    }

    public static func == (lhs: Situation, rhs: Situation) -> Bool {
        lhs.events == rhs.events && lhs.payment?.method == rhs.payment?.method
            && lhs.orderNumber?.digits == rhs.orderNumber?.digits
    }
}

/// The order status as far as the situation tells it.
public enum StatusReading: Sendable, Equatable {
    /// Nothing said bears on it.
    case unknown
    /// Known, with where it came from.
    case known(Noted<OrderStatus>)
    /// Narrowed to several statuses that no likely reading settles ("it hasn't arrived": shipped or not yet).
    case open(Set<OrderStatus>, evidence: [String])

    /// The status, when known.
    public var value: OrderStatus? {
        if case .known(let noted) = self { return noted.value }
        return nil
    }
}

/// What one message says about the situation: its events, payment and order number.
public struct SituationReading: Sendable, Equatable {
    public var events: [OrderEvent] = []
    public var payment: PaymentMethod?
    /// The words that named the payment method.
    public var paymentEvidence: String?
    public var orderNumber: String?
    /// The day the message mentions last, as its clauses were read.
    public var dateMention: DateMention?

    /// Whether the message says anything about the order at all.
    public var isEmpty: Bool { events.isEmpty && payment == nil && orderNumber == nil }

    public init(
        events: [OrderEvent] = [], payment: PaymentMethod? = nil, paymentEvidence: String? = nil,
        orderNumber: String? = nil
    ) {
        self.events = events
        self.payment = payment
        self.paymentEvidence = paymentEvidence
        self.orderNumber = orderNumber
    }
}
