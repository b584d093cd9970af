import OrderPolicy
import OrderUnderstanding

/// What the assistant does with a message, one step at a time.
enum Action: Sendable, Equatable {
    /// Answer the intent from what the situation tells (stating any assumption).
    case answer(String)
    /// Ask what the intent's answer can't stand without.
    case ask(String, FollowUp.Question)
    /// After an answer given without it, offer to be more precise.
    case refine(String, FollowUp.Question)
    /// Ask the pending question again, after a reply that answered nothing.
    case reprompt(String)
    /// Note a slot the reply changed, and ask the pending question again.
    case noted(String)
    /// One line for each status, after two unreadable replies.
    case summary(String)
    /// Numbered choices, when a short question could mean several things.
    case offer([String])
    /// The day mentioned can't be right; ask for it before counting from it.
    case askDate(String, day: UnusableDay, event: OrderEvent.Kind)
    /// Answer the last question again: the shopper corrected what it was built on.
    case correction(String)
    /// The message only told the situation; say what was taken in.
    case acknowledge
    /// Remind the shopper of a question interrupted by this one.
    case resume(String)
    /// Not a question about an order.
    case outOfScope
}

/// A day no count can start from: one still ahead, or one that does not exist (31 February, and why).
enum UnusableDay: Sendable, Equatable {
    case future(CalendarDate)
    case doesNotExist(String)
}

/// The decision for one message: what to do, and what the message adds to the situation.
struct Plan: Sendable, Equatable {
    var actions: [Action]
    /// Events the reply stated only by answering a question: "no" to "has it shipped?", "2" for a status.
    var answered: [OrderEvent] = []
    /// A payment method picked by number.
    var pickedPayment: PaymentMethod?
    /// What the message told is kept even when it gets no answer, unless it is about some other shop's order:
    /// "my ebay order hasn't shipped" is not kept.
    var keepsSituation = true
    /// The message is read in the light of the last answer, so what that answer assumed still holds.
    var leansOnContext = false
    /// What the message only supposes ("if I refuse it"): the answers are given as if it had happened, and it is
    /// not kept.
    var supposed: [OrderEvent] = []

    /// The intents the plan answers, in order; a correction answers again.
    var answeredIntents: [String] {
        actions.compactMap { action in
            switch action {
            case .answer(let name), .correction(let name): name
            default: nil
            }
        }
    }
}

/// The one place that decides the next move: a pure function of the message and the dialogue state.
enum Decision {
    static func decide(_ reading: Reading, _ state: DialogueState, catalog: IntentCatalog) -> Plan {
        var situation = state.situation
        situation.add(reading.told, turn: state.turn)
        // What the message supposes ("if I refuse it") is planned for as if it had happened, and not kept.
        situation.add(SituationReading(events: reading.supposed), turn: state.turn)
        var plan = plan(reading, state, situation: situation, catalog: catalog)
        plan.supposed = reading.supposed
        return plan
    }

    private static func plan(
        _ reading: Reading, _ state: DialogueState, situation: Situation, catalog: IntentCatalog
    ) -> Plan {
        let rules = Rules(reading: reading, state: state, catalog: catalog)

        if let day = rules.unusableDate,
            let intent = reading.intent ?? state.dateQuestion?.intent ?? state.lastIntent,
            rules.countsDays(intent)
        {
            // The day belongs to the dated event of the message, or to the one already waiting for a day, or
            // else to the payment, the start most windows count from.
            let event = reading.told.events.last(where: { $0.date != nil })?.kind ?? state.dateQuestion?.event ?? .paid
            return Plan(actions: [.askDate(intent, day: day, event: event)])
        }
        if let waiting = state.dateQuestion, case .past? = reading.date, reading.questions.count <= 1 {
            var answered: [OrderEvent] = []
            if reading.told.events.isEmpty, let mention = reading.dateMention {
                answered = [OrderEvent(waiting.event, evidence: reading.text, date: mention)]
            }
            // The day settles the date question, not what the answer needs besides: how the shopper paid is asked.
            var after = situation
            after.add(SituationReading(events: answered), turn: state.turn)
            var plan = rules.plan([waiting.intent], situation: after)
            plan.answered = answered
            return plan
        }
        if let choices = state.choices, let picked = rules.pick(from: choices) {
            return rules.plan([picked], situation: situation)
        }
        if let pending = state.pending, let plan = rules.follow(pending, situation: situation) {
            return plan
        }
        if let last = state.lastIntent, !rules.changes(to: situation).isEmpty,
            reading.otherWords == 0 || (reading.hasCorrectionCue && reading.questions.allSatisfy({ $0 == last }))
        {
            return Plan(actions: [.correction(last)])
        }
        // A message the learned scorer is sure asks a question of its own ("…yesterday, how do I cancel it?")
        // is that question.
        if reading.examplesFindNoQuestion, case .past? = reading.date, !reading.told.events.isEmpty,
            let last = state.lastIntent, rules.countsDays(last), !reading.asksAnotherQuestion(than: last)
        {
            // "and if I paid last Monday?": the same question, counted from another day.
            return Plan(actions: [.answer(last)])
        }
        if reading.examplesFindNoQuestion, let context = rules.leaningOnContext() {
            return rules.plan([context], situation: situation, leaning: true)
        }
        if reading.questions.isEmpty {
            // A story of what happened to the order, with no question yet, is taken in, unless it is about some
            // other shop's order ("my ebay order hasn't shipped") or the out-of-scope examples win.
            let story =
                !reading.told.events.isEmpty
                && reading.heard.outOfScopeScore < (reading.heard.ranking.first?.score ?? 0)
            let toldOnly =
                !reading.told.isEmpty && !reading.heard.namesOtherShop
                && (reading.otherWords <= Rules.statementWords || story)
            // A message about our order is never turned away when unsure: its likeliest readings are offered, also
            // when it tells a story, if it asks something too ("my parcel is stuck in customs, I want to cancel it").
            if toldOnly, !reading.asks { return Plan(actions: [.acknowledge]) }
            if let readings = reading.likelyReadings(in: catalog) ?? reading.bareQuestionReadings(in: catalog) {
                return Plan(actions: [.offer(readings)])
            }
            if toldOnly { return Plan(actions: [.acknowledge]) }
            return Plan(actions: [.outOfScope], keepsSituation: !reading.heard.namesOtherShop)
        }
        if !reading.asks, !reading.told.isEmpty,
            reading.otherWords == 0 || !reading.readsAsAQuestion
        {
            // "it's shipped and i paid with paypal" tells the situation and asks nothing yet. So does a story read
            // as a question only thanks to the lower bar for two domain words: a story names the order, the seller
            // and what they did as a matter of course, which is no sign of a question.
            return Plan(actions: [.acknowledge])
        }
        if reading.questions.count == 1,
            let offer = Choices.offer(for: reading.heard, words: reading.words.count, in: catalog)
        {
            return Plan(actions: [.offer(offer.intents.map(\.name))])
        }
        if reading.questions.count == 1, let readings = reading.likelyReadings(in: catalog) {
            return Plan(actions: [.offer(readings)])
        }
        return rules.plan(reading.questions, situation: situation)
    }
}

/// The rules behind the decision, for one message and state.
private struct Rules {
    let reading: Reading
    let state: DialogueState
    let catalog: IntentCatalog

    /// A message that only tells the situation has at most this many other words ("I paid with paypal").
    static let statementWords = 1
    /// Lines at most this long may lean on the last answer for their meaning.
    static let ellipsisWords = 8

    func isSmallTalk(_ name: String) -> Bool { catalog.intent(named: name)?.isSmallTalk ?? false }

    /// Whether an answer of `intent` counts days from an event (its facts name a time window).
    func countsDays(_ intent: String) -> Bool {
        guard let definition = catalog.intent(named: intent) else { return false }
        let windows = Set(PolicyWindow.allCases.map(\.fact))
        return definition.answers.contains { !windows.isDisjoint(with: $0.facts) }
    }

    /// The day the message names when no count can start from it: one in the future, or one that does not exist.
    var unusableDate: UnusableDay? {
        switch reading.date {
        case .future(let date)?: .future(date)
        case .impossible(let why)?: .doesNotExist(why)
        default: nil
        }
    }

    /// The intent a reply picks from numbered choices, by number or by asking one of them.
    func pick(from choices: [String]) -> String? {
        if let index = FollowUp.pick(in: reading.words, count: choices.count) { return choices[index] }
        return choices.first { $0 == reading.heard.intent }
    }

    /// The plan while a question is pending, or nil when the message is taken as a message of its own.
    func follow(_ pending: FollowUp, situation: Situation) -> Plan? {
        var after = situation
        let answered = pending.answer(in: reading).map { [$0] } ?? []
        let picked = pending.pickedPayment(in: reading)
        after.add(SituationReading(events: answered, payment: picked), turn: state.turn)
        let settled: Bool
        switch pending.question {
        case .payment: settled = picked != nil || reading.told.payment != nil
        case .status, .hasShipped: settled = state.status(of: after, assumingPaid: true).value != nil
        }
        if settled {
            // A reply that only tells the status answers the question; one that also asks something asks that too.
            let others = reading.asks ? reading.questions.filter { $0 != pending.intent && !isSmallTalk($0) } : []
            var plan = self.plan([pending.intent] + others, situation: after)
            plan.answered = answered
            plan.pickedPayment = picked
            return plan
        }
        if pending.isOffer {
            // "yes" to "I can be more precise" asks for the status.
            return reading.yesNo == true ? Plan(actions: [.ask(pending.intent, pending.question)]) : nil
        }
        let changesSlot =
            !changes(to: situation).isEmpty || (reading.told.payment != nil && pending.question != .payment)
        if reading.questions.isEmpty, changesSlot { return Plan(actions: [.noted(pending.intent)]) }
        // The conversation is about an order, so a short question needs no word of the domain to be one:
        // "ok and when do i get my money".
        let questions =
            reading.questions.isEmpty && reading.asks
            ? leaningOnContext(pending: true).map { [$0] } ?? [] : reading.questions
        if !questions.isEmpty {
            // A new question in the middle of a follow-up is a new question, not a bad answer.
            var plan = self.plan(questions, situation: situation)
            // The pending question outranks an offer to refine the new answer; a new question replaces it.
            plan.actions.removeAll { if case .refine = $0 { true } else { false } }
            if !plan.actions.contains(where: { if case .ask = $0 { true } else { false } }) {
                plan.actions.append(.resume(pending.intent))
            }
            return plan
        }
        if reading.asks, reading.told.isEmpty {
            // A question we can't help with is not a bad answer: say so, and remind of the pending question.
            return Plan(actions: [.outOfScope, .resume(pending.intent)], keepsSituation: !reading.heard.namesOtherShop)
        }
        if case .open(let possible, _) = state.status(of: after, assumingPaid: true).reading,
            possible == [.awaitingShipment, .shipped], pending.question == .status
        {
            return Plan(actions: [.ask(pending.intent, .hasShipped)])
        }
        return pending.failedTries + 1 >= FollowUp.maxFailedTries
            ? Plan(actions: [.summary(pending.intent)])
            : Plan(actions: [.reprompt(pending.intent)])
    }

    /// The slots `situation` holds differently from the state's.
    func changes(to situation: Situation) -> [DialogueState.Change] { state.changes(to: situation) }

    /// The intent a short line means in the light of the last answer: "how long will that take?" after a
    /// return names nothing of the domain itself, but the conversation does.
    func leaningOnContext(pending: Bool = false) -> String? {
        guard state.lastIntent != nil || pending, reading.words.count <= Self.ellipsisWords else { return nil }
        if reading.namesNoTopic, let topic = state.pending?.intent ?? state.lastIntent { return continuing(topic) }
        guard let best = reading.heard.ranking.first,
            best.score >= IntentMatcher.acceptThreshold, !isSmallTalk(best.intent)
        else { return nil }
        return best.intent
    }

    /// The question a line that names no topic of its own asks about `topic`, the question before it: a bare
    /// "how long?" goes where the topic's intent file says (`how_long:`; after a return, to the refund's time),
    /// anything else continues the topic ("how do I find that option?" after the dispute answer).
    func continuing(_ topic: String) -> String {
        guard reading.asksHowLong, let next = catalog.intent(named: topic)?.howLong?.intent else { return topic }
        return next
    }

    /// Answers each intent in the order asked; asks at the end for what one of them can't stand without.
    func plan(_ intents: [String], situation: Situation, leaning: Bool = false) -> Plan {
        var answers: [Action] = []
        var question: Action?
        for name in intents.prefix(Reading.maxQuestions) {
            guard let intent = catalog.intent(named: name) else { continue }
            if intent.isSmallTalk {
                answers.append(.answer(name))
                continue
            }
            let status = state.status(
                of: situation, assumingPaid: intent.dependsOn(.status), implied: leaning ? state.implied?.status : nil)
            let known = status.value
            // What happened can settle the answer whatever the status: a dispute won is answered at once.
            let circumstances = situation.circumstances(status: known)
            let everyStatusAlike = intent.answersAlike(
                for: PolicySlot.status.values, of: .status, given: SlotValues(),
                in: circumstances)
            let needed = intent.needs.contains(.status) ? known == nil && !everyStatusAlike : false
            if needed {
                if case .open(let possible, _) = status.reading,
                    intent.answersAlike(
                        for: possible.map(\.rawValue), of: .status, given: SlotValues(), in: circumstances)
                {
                    answers.append(.answer(name))
                } else if question == nil {
                    question = .ask(name, narrowest(status.reading, situation: situation))
                }
                continue
            }
            if intent.needs.contains(.payment), situation.payment(in: state.turn) == nil {
                if question == nil { question = .ask(name, .payment) }
                continue
            }
            answers.append(.answer(name))
            if intent.refines.contains(.status), known == nil, question == nil, !everyStatusAlike {
                question = .refine(name, narrowest(status.reading, situation: situation))
            }
        }
        return Plan(actions: answers + [question].compactMap { $0 }, leansOnContext: leaning)
    }

    /// The narrowest question that settles the status: shipped or not, when that is all that is open, or when
    /// the shopper paid up front ("with my debit card") and so the order is not unpaid. A yes is then taken as
    /// shipped, the likelier of shipped and delivered.
    func narrowest(_ status: StatusReading, situation: Situation) -> FollowUp.Question {
        if case .open(let possible, _) = status, possible == [.awaitingShipment, .shipped] { return .hasShipped }
        if case .unknown = status, situation.payment(in: state.turn)?.value.isPaidUpFront == true { return .hasShipped }
        return .status
    }
}
