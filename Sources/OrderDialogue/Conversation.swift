import OrderPolicy
import OrderUnderstanding

/// One conversation: a value you feed a line and get a reply from. The REPL, the replayer and JSON mode all drive it.
public struct Conversation: Sendable {
    /// The shared intents and matcher.
    public let assistant: Assistant
    /// Every slot mentioned so far (until `/reset`).
    public internal(set) var slots = SlotValues()
    /// The last turn that answered something, for `/why`.
    public private(set) var lastAnswer: Turn?
    /// The lines and turns so far, for `/save`.
    public private(set) var record: [(line: String, turn: Turn)] = []
    /// The date the conversation takes as today, for date arithmetic.
    public let today: CalendarDate
    var followUp: FollowUp?

    /// A fresh conversation on `today`.
    public init(assistant: Assistant, today: CalendarDate) {
        self.assistant = assistant
        self.today = today
    }

    /// The reply to one line the shopper typed.
    public mutating func respond(to line: String) -> Turn {
        let text = line.trimmingWhitespace()
        let turn: Turn
        if text.first == "/" {
            turn = command(text)
        } else if text.isEmpty {
            turn = Turn(reply: "Type a question about your AliExpress order, or /help to see what I can do.",
                        intent: nil, confidence: 0, slots: slots, asking: followUp?.slot)
        } else {
            turn = understand(text)
            lastAnswer = turn
        }
        if turn.command == nil { record.append((line, turn)) }
        return turn
    }

    private mutating func understand(_ text: String) -> Turn {
        var heard = assistant.matcher.classify(text)
        if var pending = followUp {
            var values = heard.slots
            if let picked = pending.choice(in: text) { values.set(pending.slot.rawValue, to: picked) }
            if values.has(pending.slot) {
                // A status with a new question around it ("shipped, so how long is the refund?") is that new
                // question; a status with small talk or nothing else around it answers the pending one.
                let other = heard.otherWords == 0 ? nil : assistant.matcher.classifyRemainder(text)
                guard let other, other != pending.intent.name,
                      assistant.catalog.intent(named: other)?.isSmallTalk == false else {
                    followUp = nil
                    slots = slots.merging(values)
                    return answer(pending.intent, confidence: pending.confidence)
                }
                heard = heard.with(intent: other)
            } else if heard.intent == nil {
                slots = slots.merging(values)
                pending.failedTries += 1
                if pending.failedTries >= FollowUp.maxFailedTries {
                    followUp = nil
                    return generalAnswer(pending)
                }
                followUp = pending
                return Turn(reply: pending.reprompt, intent: pending.intent.name, confidence: pending.confidence,
                            slots: slots, asking: pending.slot)
            }
            followUp = nil
        }
        slots = slots.merging(heard.slots)
        guard let name = heard.intent, let intent = assistant.catalog.intent(named: name) else {
            return outOfScope(confidence: heard.confidence)
        }
        if let missing = intent.missingSlot(in: slots) {
            let pending = FollowUp(intent: intent, slot: missing, confidence: heard.confidence)
            followUp = pending
            return Turn(reply: pending.question, intent: name, confidence: heard.confidence, slots: slots,
                        asking: missing)
        }
        return answer(intent, confidence: heard.confidence)
    }

    private func answer(_ intent: IntentDefinition, confidence: Double) -> Turn {
        guard let template = intent.answer(for: slots) else {
            return Turn(reply: "I know that question but have no answer written for it yet.", intent: intent.name,
                        confidence: confidence, slots: slots)
        }
        let (text, facts) = AnswerRenderer.render(template, slots: slots)
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

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
