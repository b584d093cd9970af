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
    /// How a reply begins where an answer or summary template could not be filled, a bug the decision is meant to
    /// rule out by asking first: the property tests and the fuzz target look for these.
    public static let unfilledTemplateReplies = [ReplyRenderer.unfilledAnswer, ReplyRenderer.unfilledSummary]
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
        state.beginTurn()
        if text.first == "/" {
            turn = command(text)
        } else if text.isEmpty {
            turn = Turn(
                reply: "Type a question about your AliExpress order, or /help to see what I can do.",
                intent: nil, confidence: 0, slots: slots, asking: state.asking)
        } else {
            // Read, decide, render, apply.
            let reading = assistant.read(text, today: today, followingUp: state.isFollowingUp)
            let plan = Decision.decide(reading, state, catalog: assistant.catalog)
            let reply = ReplyRenderer(catalog: assistant.catalog, today: today).render(
                plan, reading: reading, before: state)
            state.apply(plan, reading: reading, catalog: assistant.catalog, reply: reply)
            lastHeard = reading.scored
            var answered = Turn(
                reply: reply.text, intent: reply.intent, confidence: reading.heard.confidence, slots: state.slots,
                asking: reply.asking,
                facts: reply.facts.sorted())
            answered.intents = reply.intents
            answered.slotSources = state.slotSources
            turn = answered
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

    /// Forgets the situation and every pending question.
    mutating func forget() { state.forget() }
}
