import OrderPolicy
import OrderUnderstanding

/// What a conversation keeps between turns: the situation the shopper told, and where the dialogue stands.
///
/// It changes in one place: `apply(_:reading:catalog:reply:)`, which carries out a plan (`applying` is the same
/// change as a new value, which the renderer reads). The order's status is worked out in one place too:
/// `status(of:assumingPaid:implied:)`.
struct DialogueState: Sendable {
    /// The number of the current turn, from 1.
    var turn = 0
    /// What the shopper has told about the order.
    var situation = Situation()
    /// The question waiting for an answer, or the offer to be more precise.
    var pending: FollowUp?
    /// Intents offered as numbered choices when a question could mean several things.
    var choices: [String]?
    /// An intent waiting for a usable date, and the event the date belongs to.
    var dateQuestion: (intent: String, event: OrderEvent.Kind)?
    /// The last question about an order that was answered: the context of a short follow-up.
    var lastIntent: String?
    /// The text of the last answer given, so a correction that changes nothing in it doesn't repeat it.
    var lastAnswerText: String?
    /// Every slot known, as the last turn left them, and where each came from.
    var slots = SlotValues()
    var slotSources: [String: SlotSource] = [:]
    /// Whether a reply has said aloud that the status is only assumed from the payment: it is said once, and
    /// again only after the status was known some other way.
    var assumptionStated = false
    /// The situation as it was when the last answer was given, for `/why`.
    var explained: (situation: Situation, turn: Int, statusAssumed: Bool)?
    /// Whether the conversation has asked or answered something, so a new line may answer or correct it.
    var isFollowingUp: Bool { pending != nil || lastIntent != nil }

    /// The slot a question waits on; an offer to be more precise waits on nothing.
    var asking: PolicySlot? { pending.flatMap { $0.isOffer ? nil : $0.question.slot } }

    /// A status taken from the question rather than said ("how do I return it" implies delivered), and the
    /// intent it came from; it holds for the follow-up that leans on that question, and no longer.
    var implied: (status: OrderStatus, by: String)?

    // MARK: The status

    /// The order's status as the dialogue uses it.
    struct Status {
        /// What the events leave: one status, several, or none.
        let reading: StatusReading
        /// The status: the one the events leave, else the one a question implied.
        let value: OrderStatus?
        /// Where `value` came from.
        let source: SlotSource?
    }

    /// The status, worked out here and nowhere else: what `situation` (by default the state's own) tells in this
    /// turn, taking a paid order with nothing said about shipping as awaiting shipment when `assumingPaid`; where
    /// it tells none, `implied`, the status a question implied, assumed.
    func status(of situation: Situation? = nil, assumingPaid: Bool, implied: OrderStatus? = nil) -> Status {
        let reading = (situation ?? self.situation).status(in: turn, assumingPaid: assumingPaid)
        if case .known(let noted) = reading {
            return Status(reading: reading, value: noted.value, source: noted.source)
        }
        return Status(reading: reading, value: implied, source: implied.map { _ in .assumed })
    }

    /// What a slot changed to between `self`'s situation and `after`: the status, the payment, a payment still
    /// being verified, a parcel marked delivered that never came.
    enum Change: Equatable {
        case status(OrderStatus, was: OrderStatus)
        case payment(PaymentMethod, was: PaymentMethod)
        case paymentVerifying
        case notReceived
    }

    /// The slots `after` holds differently from the state's situation.
    func changes(to after: Situation) -> [Change] {
        var changed: [Change] = []
        if let old = status(assumingPaid: false).value, let new = status(of: after, assumingPaid: false).value,
            old != new
        {
            changed.append(.status(new, was: old))
        }
        if let old = situation.payment(in: turn)?.value, let new = after.payment(in: turn)?.value, old != new {
            changed.append(.payment(new, was: old))
        }
        if after.paymentVerifying, !situation.paymentVerifying { changed.append(.paymentVerifying) }
        if after.deliveredButNotReceived, !situation.deliveredButNotReceived { changed.append(.notReceived) }
        return changed
    }

    // MARK: Carrying out a plan

    /// One answer of a plan, with what it rests on.
    struct Answer {
        let intent: IntentDefinition
        /// The situation it is answered in: with what the message only supposes, unless the intent's question is
        /// itself the step supposed (refuse_delivery implies a shipped parcel, and answers about refusing it).
        let situation: Situation
        /// The status it rests on: the situation's, else the one an earlier question implied.
        let status: Status
    }

    /// The answers `plan` gives, in order, in `situation` (the situation after the message), each with the status
    /// it rests on; and the status the answers leave implied, and the last question about an order answered.
    func answers(
        of plan: Plan, in situation: Situation, catalog: IntentCatalog
    ) -> (
        answers: [Answer], implied: (status: OrderStatus, by: String)?, lastIntent: String?
    ) {
        // What the last answer implied holds only for the follow-up that leans on it.
        var implied = plan.leansOnContext ? self.implied : nil
        var lastIntent = self.lastIntent
        var answers: [Answer] = []
        for name in plan.answeredIntents {
            guard let intent = catalog.intent(named: name) else { continue }
            var seen = situation
            if intent.implies.status == nil { seen.add(SituationReading(events: plan.supposed), turn: turn) }
            let status = self.status(
                of: seen, assumingPaid: intent.dependsOn(.status), implied: implied?.status)
            answers.append(Answer(intent: intent, situation: seen, status: status))
            guard !intent.isSmallTalk else { continue }
            lastIntent = name
            if status.value == nil, let status = intent.implies.status { implied = (status, name) }
        }
        return (answers, implied, lastIntent)
    }

    /// The situation after the message: what it told, and what it answered, unless it is kept out.
    func situation(after plan: Plan, reading: Reading) -> Situation {
        var after = situation
        guard plan.keepsSituation else { return after }
        after.add(reading.told, turn: turn)
        after.add(SituationReading(events: plan.answered, payment: plan.pickedPayment), turn: turn)
        return after
    }

    /// The state after `plan` is carried out, except for what only the reply knows (the answer's text).
    func applying(_ plan: Plan, reading: Reading, catalog: IntentCatalog) -> DialogueState {
        var next = self
        next.situation = situation(after: plan, reading: reading)
        let answered = answers(of: plan, in: next.situation, catalog: catalog)
        next.implied = answered.implied
        next.lastIntent = answered.lastIntent
        var keepsPending = false
        for action in plan.actions {
            switch action {
            case .ask(let name, let question):
                next.pending = FollowUp(intent: name, question: question)
                keepsPending = true
            case .refine(let name, let question):
                next.pending = FollowUp(intent: name, question: question, isOffer: true)
                keepsPending = true
            case .reprompt:
                next.pending?.failedTries += 1
                keepsPending = true
            case .noted, .resume: keepsPending = true
            default: break
            }
        }
        if !keepsPending { next.pending = nil }
        if case .offer(let names)? = plan.actions.first { next.choices = names } else { next.choices = nil }
        next.dateQuestion =
            plan.actions.lazy.compactMap { action -> (intent: String, event: OrderEvent.Kind)? in
                if case .askDate(let name, _, let event) = action { return (name, event) }
                return nil
            }.first
        let known = next.slots(assumingPaid: answered.answers.contains { $0.intent.dependsOn(.status) })
        next.slots = known.values
        next.slotSources = known.sources
        next.explained = (next.situation, turn, known.sources["status"] == .assumed)
        return next
    }

    /// Carries out `plan`, after `reply` was rendered from it: the only place the state changes in a turn.
    mutating func apply(_ plan: Plan, reading: Reading, catalog: IntentCatalog, reply: Reply) {
        let before = self
        self = applying(plan, reading: reading, catalog: catalog)
        if let text = reply.answerText { lastAnswerText = text }
        // Said once, and again only after the status was known some other way.
        let knownOtherwise = status(assumingPaid: false).value != nil
        assumptionStated = !knownOtherwise && (before.assumptionStated || reply.statedAssumption)
    }

    /// Starts the next turn.
    mutating func beginTurn() { turn += 1 }

    /// Forgets the situation and every pending question; `/why` still explains the last answer, as it was given.
    mutating func forget() {
        self = DialogueState(turn: turn, explained: explained)
    }

    /// The slots known now and where each came from; the status is taken as awaiting shipment from a payment
    /// alone when `assumingPaid` (an answer that depends on it was given), and else as the last question implied.
    func slots(assumingPaid: Bool) -> (values: SlotValues, sources: [String: SlotSource]) {
        var values = SlotValues()
        var sources: [String: SlotSource] = [:]
        let status = status(assumingPaid: assumingPaid, implied: implied?.status)
        values.status = status.value
        sources["status"] = status.source
        if let payment = situation.payment(in: turn) {
            values.payment = payment.value
            sources["payment"] = payment.source
        }
        if let number = situation.orderNumber(in: turn) {
            values.orderNumber = number.value
            sources["order_number"] = number.source
        }
        return (values, sources)
    }
}

extension DialogueState {
    /// A state with only the turn number and what `/why` explains.
    fileprivate init(turn: Int, explained: (situation: Situation, turn: Int, statusAssumed: Bool)?) {
        self.turn = turn
        self.explained = explained
    }
}
