import OrderPolicy
import OrderUnderstanding

/// One conversation: a value you feed a line and get a reply from. The REPL, the replayer and JSON mode all drive it.
public struct Conversation: Sendable {
    /// The shared intents and matcher.
    public let assistant: Assistant
    /// Every slot mentioned so far (until `/reset`).
    public internal(set) var slots = SlotValues()
    /// The last turn that answered something, for `/why`.
    public internal(set) var lastAnswer: Turn?
    /// The lines and turns so far, for `/save`.
    public internal(set) var record: [(line: String, turn: Turn)] = []
    /// The date the conversation takes as today, for date arithmetic.
    public let today: CalendarDate
    /// At most this many turns are kept for `/save`.
    public static let recordLimit = 1_000
    /// How many early turns were dropped from the record to keep it bounded.
    public internal(set) var droppedTurns = 0
    /// The day the shopper said something happened (a payment, a request, an approval), if any.
    public internal(set) var eventDate: CalendarDate?

    var memory = Memory()

    /// A fresh conversation on `today`.
    public init(assistant: Assistant, today: CalendarDate) {
        self.assistant = assistant
        self.today = today
    }

    /// The reply to one line the shopper typed.
    public mutating func respond(to line: String) -> Turn {
        let text = line.trimmingWhitespace()
        let turn: Turn
        memory.turn += 1
        if text.first == "/" {
            turn = command(text)
        } else if text.isEmpty {
            turn = Turn(reply: "Type a question about your AliExpress order, or /help to see what I can do.",
                        intent: nil, confidence: 0, slots: slots, asking: memory.followUp?.slot)
        } else {
            turn = understand(text)
            lastAnswer = turn
            memory.explained = memory.sources
            memory.lastAnswerTurn = memory.turn
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

    private mutating func understand(_ text: String) -> Turn {
        var heard = assistant.matcher.classify(text)
        let words = Normalizer.tokens(text)
        let mention = DateExtractor.mention(in: text)
        var dateProblem: String?
        if let mention { dateProblem = noteDate(mention) }
        if let question = memory.dateQuestion {
            memory.dateQuestion = nil
            if dateProblem == nil, eventDate != nil, heard.intent == nil || heard.otherWords <= 2 {
                remember(heard.slots)
                return respond(as: question, confidence: heard.confidence, dateProblem: nil)
            }
        }
        if let choices = memory.choices {
            memory.choices = nil
            if let picked = choices.pick(text, heard: heard) {
                remember(heard.slots)
                return respond(as: picked, confidence: heard.confidence, dateProblem: dateProblem)
            }
        }
        if var pending = memory.followUp {
            var values = heard.slots
            if let picked = pending.choice(in: text) { values.set(pending.slot.rawValue, to: picked) }
            if values.has(pending.slot) {
                // A status with a new question around it ("shipped, so how long is the refund?") is that new
                // question; a status with small talk or nothing else around it answers the pending one.
                let other = heard.otherWords == 0 ? nil : assistant.matcher.classifyRemainder(text)
                guard let other, other != pending.intent.name,
                      assistant.catalog.intent(named: other)?.isSmallTalk == false else {
                    memory.followUp = nil
                    remember(values)
                    return respond(as: pending.intent, confidence: pending.confidence, dateProblem: dateProblem)
                }
                heard = heard.with(intent: other)
            } else if heard.intent == nil {
                let corrected = changes(values)
                remember(values)
                if !corrected.isEmpty {
                    // A correction of another slot is not a failed answer: note it and ask again.
                    return Turn(reply: "Noted: \(corrected.joined(separator: ", ")).\n" + pending.question,
                                intent: pending.intent.name, confidence: pending.confidence, slots: slots,
                                asking: pending.slot)
                }
                pending.failedTries += 1
                if pending.failedTries >= FollowUp.maxFailedTries {
                    memory.followUp = nil
                    return generalAnswer(pending)
                }
                memory.followUp = pending
                return Turn(reply: pending.reprompt, intent: pending.intent.name, confidence: pending.confidence,
                            slots: slots, asking: pending.slot)
            }
            memory.followUp = nil
            memory.suspended = pending
        }
        if Self.isCorrection(words, heard), let correction = correct(heard) { return correction }
        if heard.intent == nil, dateProblem == nil, mention != nil, let last = memory.lastIntent,
           last.answer(for: slots)?.deadline != nil {
            // "and if I paid last Monday?": the same question, counted from another day.
            remember(heard.slots)
            return answer(last, confidence: heard.confidence)
        }
        var leansOnContext = false
        if heard.intent == nil, memory.lastIntent != nil, words.count <= Self.ellipsisWords,
           let best = heard.ranking.first, best.score >= IntentMatcher.acceptThreshold,
           assistant.catalog.intent(named: best.intent)?.isSmallTalk == false {
            // "how long will that take?" after a return names nothing of the domain itself; the conversation
            // does, so the line's best reading stands.
            heard = heard.with(intent: best.intent)
            leansOnContext = true
        }
        if !leansOnContext { dropAssumptions() }
        remember(heard.slots)
        guard let name = heard.intent, let intent = assistant.catalog.intent(named: name) else {
            return outOfScope(confidence: heard.confidence)
        }
        if let offer = Choices.offer(for: heard, words: words.count, in: assistant.catalog) {
            memory.choices = offer
            return Turn(reply: offer.question, intent: name, confidence: heard.confidence, slots: slots)
        }
        var turn = respond(as: intent, confidence: heard.confidence, dateProblem: dateProblem)
        if let suspended = memory.suspended, turn.asking == nil, suspended.intent.name != name {
            memory.suspended = nil
            if !slots.has(suspended.slot) {
                memory.followUp = suspended
                turn.reply += "\n\n(Earlier you asked about \(suspended.intent.summary): tell me your order's "
                    + "\(suspended.slot == .status ? "status" : "payment method") and I'll come back to it.)"
                turn.asking = suspended.slot
            }
        }
        return turn
    }

    /// Lines at most this long may lean on the last answer for their meaning.
    static let ellipsisWords = 8

    /// Words that mark a line as correcting what was said before.
    static let correctionCues: Set<String> = ["actually", "sorry", "no", "wait", "meant", "correction", "oops",
                                               "mistake", "instead", "rather", "oh"]

    /// A line that changes a slot and is either only that ("shipped") or says it is a correction
    /// ("sorry, it's actually shipped", "no, I paid by card").
    static func isCorrection(_ words: [String], _ heard: Classification) -> Bool {
        guard !heard.slots.isEmpty else { return false }
        return heard.otherWords == 0 || words.contains(where: correctionCues.contains)
    }

    /// Asks for a missing slot, asks about a date that cannot be right, or answers.
    private mutating func respond(as intent: IntentDefinition, confidence: Double, dateProblem: String?) -> Turn {
        if let missing = intent.missingSlot(in: slots) {
            let pending = FollowUp(intent: intent, slot: missing, confidence: confidence)
            memory.followUp = pending
            return Turn(reply: pending.question, intent: intent.name, confidence: confidence, slots: slots,
                        asking: missing)
        }
        if let dateProblem, intent.answer(for: slots)?.deadline != nil {
            memory.dateQuestion = intent
            return Turn(reply: dateProblem, intent: intent.name, confidence: confidence, slots: slots)
        }
        return answer(intent, confidence: confidence)
    }

    mutating func answer(_ intent: IntentDefinition, confidence: Double) -> Turn {
        guard let template = intent.answer(for: slots) else {
            return Turn(reply: "I know that question but have no answer written for it yet.", intent: intent.name,
                        confidence: confidence, slots: slots)
        }
        var (text, facts) = AnswerRenderer.render(template, slots: slots)
        if let deadline = template.deadline, let eventDate {
            text += "\n" + AnswerRenderer.render(deadline, from: eventDate)
            facts = Array(Set(facts + [deadline.window.fact])).sorted()
        }
        memory.lastIntent = intent.isSmallTalk ? memory.lastIntent : intent
        if !intent.isSmallTalk {
            for (name, value) in intent.implies.pairs where slots.value(of: name) == nil {
                slots.set(name, to: value)
                memory.sources[name] = .implied(by: intent.name)
            }
        }
        return Turn(reply: text, intent: intent.name, confidence: confidence, slots: slots, facts: facts)
    }

    /// The answer for every value of the slot, when the shopper could not tell us which applies.
    private func generalAnswer(_ pending: FollowUp) -> Turn {
        var parts = ["No problem, here is the answer for each case."]
        var facts: Set<FactID> = []
        for value in pending.slot.values {
            var assumed = slots
            assumed.set(pending.slot.rawValue, to: value)
            guard let template = pending.intent.answer(for: assumed) else { continue }
            let rendered = AnswerRenderer.render(template, slots: assumed)
            parts.append("If it is \(pending.slot.label(of: value) ?? value):\n" + rendered.text)
            facts.formUnion(rendered.facts)
        }
        return Turn(reply: parts.joined(separator: "\n\n"), intent: pending.intent.name,
                    confidence: pending.confidence, slots: slots, facts: facts.sorted())
    }

    private func outOfScope(confidence: Double) -> Turn {
        let reply = assistant.catalog.outOfScope?.answer(for: slots)
            .map { AnswerRenderer.render($0, slots: slots).text }
            ?? "Sorry, I can't help with that."
        return Turn(reply: reply, intent: nil, confidence: confidence, slots: slots)
    }
}
