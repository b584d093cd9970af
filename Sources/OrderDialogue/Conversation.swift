import OrderPolicy
import OrderUnderstanding

/// One conversation: a value you feed a line and get a reply from. The REPL, the replayer and JSON mode all drive it.
///
/// Each line is read (`Reading`), the decision is taken from the reading and the dialogue state (`Decision`),
/// and the actions it returns are carried out here: answers rendered from the policy core, questions asked.
public struct Conversation: Sendable {
    /// The shared intents and matcher.
    public let assistant: Assistant
    /// The last turn that answered something, for `/why`.
    public internal(set) var lastAnswer: Turn?
    /// How the matcher classified the last line read, before the conversation's context had its say.
    public internal(set) var lastHeard: Classification?
    /// The lines and turns so far, for `/save`.
    public internal(set) var record: [(line: String, turn: Turn)] = []
    /// The date the conversation takes as today, for date arithmetic.
    public let today: CalendarDate
    /// At most this many turns are kept for `/save`.
    public static let recordLimit = 1_000
    /// How many early turns were dropped from the record to keep it bounded.
    public internal(set) var droppedTurns = 0

    var state = DialogueState()

    /// A fresh conversation on `today`.
    public init(assistant: Assistant, today: CalendarDate) {
        self.assistant = assistant
        self.today = today
    }

    /// Every slot known now, as the last turn left them.
    public var slots: SlotValues { state.slots }

    /// The reply to one line the shopper typed.
    public mutating func respond(to line: String) -> Turn {
        let text = line.trimmingWhitespace()
        let turn: Turn
        state.turn += 1
        if text.first == "/" {
            turn = command(text)
        } else if text.isEmpty {
            turn = Turn(
                reply: "Type a question about your AliExpress order, or /help to see what I can do.",
                intent: nil, confidence: 0, slots: slots, asking: state.asking)
        } else {
            let reading = Reading(text, assistant: assistant, today: today, followingUp: state.isFollowingUp)
            lastHeard = reading.scored
            turn = carryOut(Decision.decide(reading, state, catalog: assistant.catalog), reading: reading)
            lastAnswer = turn
        }
        if turn.command == nil {
            record.append((line, turn))
            // A conversation of any length keeps bounded state: /save gets the most recent turns.
            if record.count > Self.recordLimit {
                record.removeFirst(record.count - Self.recordLimit)
                droppedTurns += 1
            }
        }
        return turn
    }

    private mutating func take(_ plan: Plan, _ reading: Reading) {
        guard plan.keepsSituation else { return }
        state.situation.add(reading.told, turn: state.turn)
        state.situation.add(SituationReading(events: plan.answered, payment: plan.pickedPayment), turn: state.turn)
    }

    private mutating func carryOut(_ plan: Plan, reading: Reading) -> Turn {
        let before = state.situation
        take(plan, reading)
        if !plan.leansOnContext { state.implied = nil }
        var parts: [String] = []
        var facts: Set<FactID> = []
        var intents: [String] = []
        var asking: PolicySlot?
        var keepsPending = false
        var notesGiven: Set<String> = []
        let pendingIntent = state.pending?.intent
        for action in plan.actions {
            switch action {
            case .answer(let name), .correction(let name):
                var answerFacts: Set<FactID> = []
                var text = answer(name, supposing: plan.supposed, facts: &answerFacts, notesGiven: &notesGiven)
                let unchanged = text == state.lastAnswerText
                state.lastAnswerText = text
                if case .correction = action {
                    let changed = Self.changes(from: before, to: state.situation, turn: state.turn)
                    text =
                        "Got it: \(changed.joined(separator: "; "))."
                        + (unchanged
                            ? " That doesn't change the answer above." : " Here is the answer again.\n\n" + text)
                }
                // An answer not repeated rests on no fact in this turn.
                if !(unchanged && action == .correction(name)) { facts.formUnion(answerFacts) }
                // Two questions whose answers come out the same (a dispute lost ends both) are answered once.
                if !parts.contains(text) { parts.append(text) }
                intents.append(name)
            case .ask(let name, let question), .refine(let name, let question):
                var isOffer = false
                if case .refine = action { isOffer = true }
                let followUp = FollowUp(intent: name, question: question, isOffer: isOffer)
                state.pending = followUp
                keepsPending = true
                parts.append(
                    isOffer ? followUp.offer : followUp.text(custom: assistant.catalog.intent(named: name)?.ask))
                if !isOffer {
                    asking = question.slot
                    intents.append(name)
                }
            case .reprompt(let name):
                state.pending?.failedTries += 1
                keepsPending = true
                parts.append(state.pending?.reprompt ?? "")
                asking = state.pending?.question.slot
                intents.append(name)
            case .noted(let name):
                let changed =
                    Self.changes(from: before, to: state.situation, turn: state.turn)
                    + (reading.told.payment.map { ["paid by \($0.label)"] } ?? [])
                keepsPending = true
                parts.append(
                    "Noted: \(changed.first ?? "thanks").\n"
                        + (state.pending?.text(custom: assistant.catalog.intent(named: name)?.ask) ?? ""))
                asking = state.pending?.question.slot
                intents.append(name)
            case .summary(let name):
                parts.append(summary(name, facts: &facts))
                intents.append(name)
            case .offer(let names):
                let offered = names.compactMap(assistant.catalog.intent(named:))
                parts.append(Choices(intents: offered).question)
                intents.append(names[0])
            case .askDate(let name, let day, let event):
                state.dateQuestion = (name, event)
                parts.append(Self.dateQuestion(day, today: today))
                intents.append(name)
            case .acknowledge:
                parts.append(acknowledgement(facts: &facts))
            case .resume(let name):
                keepsPending = true
                let summary = assistant.catalog.intent(named: name)?.summary ?? name
                let slot = state.pending?.question == .payment ? "payment method" : "status"
                parts.append(
                    "(Earlier you asked about \(summary): tell me your order's \(slot) and I'll come back to it.)")
                asking = state.pending?.question.slot
            case .outOfScope:
                parts.append(outOfScope())
            }
        }
        if !keepsPending { state.pending = nil }
        if case .offer(let names)? = plan.actions.first { state.choices = names } else { state.choices = nil }
        if !plan.actions.contains(where: { if case .askDate = $0 { true } else { false } }) { state.dateQuestion = nil }
        let current = currentSlots(for: plan)
        state.slots = current.values
        state.explained = (state.situation, state.turn, current.assumed)
        var turn = Turn(
            reply: parts.joined(separator: "\n\n"), intent: intents.first ?? (asking == nil ? nil : pendingIntent),
            confidence: reading.heard.confidence, slots: current.values, asking: asking,
            facts: facts.sorted())
        turn.intents = intents
        turn.slotSources = current.sources
        return turn
    }

    /// The answer to one intent from what the situation tells, with any assumption said aloud and the dated
    /// notes of the windows it names.
    private mutating func answer(
        _ name: String, supposing supposed: [OrderEvent], facts: inout Set<FactID>, notesGiven: inout Set<String>
    ) -> String {
        guard let intent = assistant.catalog.intent(named: name) else { return "" }
        // What the message supposes ("if I refuse it, how long until …") is answered as if it had happened. An
        // intent whose question is itself a step with its own precondition (refuse_delivery implies a shipped
        // parcel) answers about taking that step, not about having taken it.
        var situation = state.situation
        if intent.implies.status == nil { situation.add(SituationReading(events: supposed), turn: state.turn) }
        let status = situation.status(in: state.turn, assumingPaid: intent.dependsOn(.status))
        var slots = SlotValues(
            status: status.value ?? state.implied?.status,
            payment: situation.payment(in: state.turn)?.value,
            orderNumber: situation.orderNumber(in: state.turn)?.value)
        if intent.isSmallTalk { slots = state.slots }
        let rendered: (text: String, facts: [FactID], notes: [DatedNote])?
        do {
            rendered = try AnswerRenderer.answer(intent, slots: slots, situation: situation, today: today)
        } catch {
            // The decision asks for every slot an answer needs before giving it, and the tests render every
            // answer, so this is a bug; the shopper is asked rather than shown a template.
            return "To answer that I need to know " + (error.slot == .payment ? "how you paid" : "your order's status")
                + " first. Could you tell me?"
        }
        guard let rendered else { return "I know that question but have no answer written for it yet." }
        facts.formUnion(rendered.facts)
        var text = rendered.text
        if case .known(let noted) = status, noted.source == .assumed, notesGiven.insert(Self.assumption).inserted {
            text = Self.assumption + "\n" + text
        }
        for note in rendered.notes where notesGiven.insert(note.text).inserted {
            text += "\n" + note.text
            facts.formUnion(note.facts)
        }
        if !intent.isSmallTalk {
            state.lastIntent = name
            if slots.status == nil, let implied = intent.implies.status { state.implied = (implied, name) }
        }
        return text
    }

    /// The question back for a day no count can start from.
    static func dateQuestion(_ day: UnusableDay, today: CalendarDate) -> String {
        switch day {
        case .future(let date):
            "\(date.spoken) is still ahead of us (today is \(today.spoken)), so I can't count from it. Which day did "
                + "it actually happen?"
        case .doesNotExist(let why): "That date doesn't exist: \(why). Which day did you mean?"
        }
    }

    /// Said before an answer that rests on a status only assumed from a payment.
    static let assumption =
        "I take it the order hasn't shipped yet, since you've paid and said nothing about "
        + "shipping; if it has, tell me."

    /// One line for each value of the slot asked for, when the shopper could not tell us which applies.
    private func summary(_ name: String, facts: inout Set<FactID>) -> String {
        guard let intent = assistant.catalog.intent(named: name) else { return "" }
        let known = currentSlots(for: Plan(actions: [])).values
        let asking = state.pending?.question.slot ?? .status
        do {
            let summary = try Summary.text(
                intent, asking: asking, known: known,
                circumstances: state.situation.circumstances(status: known.status))
            facts.formUnion(summary.facts)
            return summary.text
        } catch {
            // As for an answer: a bug the tests catch, never a template shown to the shopper.
            return "Sorry, I can't sum that up without knowing "
                + (asking == .payment ? "how you paid" : "your order's status")
                + ". Tell me whenever you know it."
        }
    }

    private func acknowledgement(facts: inout Set<FactID>) -> String {
        let notReceived = state.situation.deliveredButNotReceived
        let noted = currentSlots(for: Plan(actions: [])).values.pairs.compactMap { pair -> String? in
            switch pair.name {
            case "status" where notReceived: "the order shows as delivered, but it never reached you"
            case "status": "the order is \(OrderStatus(rawValue: pair.value)?.label ?? pair.value)"
            case "payment": "you paid by \(PaymentMethod(rawValue: pair.value)?.label ?? pair.value)"
            default: "order #\(pair.value)"
            }
        }
        let taken = noted.isEmpty ? "Noted." : "Noted: " + noted.joined(separator: ", ") + "."
        if notReceived {
            // A parcel marked delivered that never came is the first case F12 names: say so at once.
            facts.insert(Self.notReceivedFact)
            return taken + " That counts as not received: you can open a dispute from the order page (Open Dispute), "
                + "with the tracking details as evidence, so AliExpress support steps in."
        }
        return taken
            + " What would you like to know? For example how to cancel, how long a refund takes, or what to do if the seller doesn't answer."
    }

    /// The out-of-scope reply when the intents carry none.
    static let outOfScopeFallback = "Sorry, I can't help with that."

    /// The fact behind a dispute for a parcel that never arrived.
    static let notReceivedFact = FactID(12)

    private func outOfScope() -> String {
        assistant.catalog.outOfScope?.answer(for: SlotValues()).flatMap {
            try? AnswerRenderer.render($0, slots: SlotValues()).text
        }
            ?? Self.outOfScopeFallback
    }

    /// The slots now, where each came from, and whether the status is only assumed.
    func currentSlots(for plan: Plan) -> (values: SlotValues, sources: [String: SlotSource], assumed: Bool) {
        let answered = plan.actions.compactMap { action -> String? in
            if case .answer(let name) = action { return name }
            if case .correction(let name) = action { return name }
            return nil
        }
        let assuming = answered.contains { assistant.catalog.intent(named: $0)?.dependsOn(.status) == true }
        var values = SlotValues()
        var sources: [String: SlotSource] = [:]
        if case .known(let noted) = state.situation.status(in: state.turn, assumingPaid: assuming) {
            values.status = noted.value
            sources["status"] = noted.source
        } else if let implied = state.implied {
            values.status = implied.status
            sources["status"] = .assumed
        }
        if let payment = state.situation.payment(in: state.turn) {
            values.payment = payment.value
            sources["payment"] = payment.source
        }
        if let number = state.situation.orderNumber(in: state.turn) {
            values.orderNumber = number.value
            sources["order_number"] = number.source
        }
        return (values, sources, sources["status"] == .assumed)
    }

    /// The slots `after` holds differently from `before`, in words ("status shipped, not awaiting shipment").
    static func changes(from before: Situation, to after: Situation, turn: Int) -> [String] {
        var changed: [String] = []
        if let old = before.status(in: turn, assumingPaid: false).value,
            let new = after.status(in: turn, assumingPaid: false).value, old != new
        {
            changed.append("status \(new.label), not \(old.label)")
        }
        if let old = before.payment(in: turn)?.value, let new = after.payment(in: turn)?.value, old != new {
            changed.append("payment \(new.label), not \(old.label)")
        }
        if after.paymentVerifying, !before.paymentVerifying {
            changed.append("your payment is still being verified")
        }
        if after.deliveredButNotReceived, !before.deliveredButNotReceived {
            changed.append("the order shows as delivered, but it never reached you")
        }
        return changed
    }

    /// Forgets the situation and every pending question.
    mutating func forget() {
        let turn = state.turn
        let explained = state.explained
        state = DialogueState()
        state.turn = turn
        // `/why` still explains the last answer, as it was given.
        state.explained = explained
    }
}
