import OrderPolicy
import OrderUnderstanding

/// Plays a transcript through a fresh conversation and checks every turn.
public struct Replayer: Sendable {
    /// One failed check, at the line that states it.
    public struct Failure: Sendable, CustomStringConvertible {
        public let location: SourceLocation
        public let message: String
        public var description: String { "\(location): \(message)" }
    }

    /// What one transcript did: its failures, the replies, and what it exercised.
    public struct Outcome: Sendable {
        public var failures: [Failure] = []
        /// The actual reply of each turn, in order.
        public var replies: [String] = []
        /// Failures of checks other than exact reply lines: meaning, not wording.
        public var meaningFailures = 0
        /// The turns as they happened.
        public var turns: [Turn] = []
        public var passed: Bool { failures.isEmpty }
    }

    public let assistant: Assistant
    /// The date taken as today by transcripts without `@today`.
    public let today: CalendarDate

    public init(assistant: Assistant, today: CalendarDate) {
        self.assistant = assistant
        self.today = today
    }

    /// Replays `transcript` and reports every failed check.
    public func replay(_ transcript: Transcript) -> Outcome {
        var conversation = assistant.conversation(today: transcript.today ?? today)
        var outcome = Outcome()
        for step in transcript.steps {
            let turn = conversation.respond(to: step.input)
            outcome.replies.append(turn.reply)
            outcome.turns.append(turn)
            let replyLines = turn.reply.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.trimmingTrailingBlanks()
            }
            var expected: [String] = []
            var firstReplyLine: Int?
            for (expectation, line) in step.expectations {
                let location = SourceLocation(file: transcript.path, line: line)
                if case .replyLine(let text) = expectation {
                    expected.append(text.trimmingTrailingBlanks())
                    firstReplyLine = firstReplyLine ?? line
                } else if let message = check(expectation, against: turn) {
                    outcome.failures.append(Failure(location: location, message: message))
                    outcome.meaningFailures += 1
                }
            }
            if let line = firstReplyLine, expected != replyLines {
                outcome.failures.append(
                    Failure(
                        location: SourceLocation(file: transcript.path, line: line),
                        message: ReplyDiff.describe(expected: expected, got: replyLines)))
            }
        }
        return outcome
    }

    private func check(_ expectation: Transcript.Expectation, against turn: Turn) -> String? {
        switch expectation {
        case .replyLine:
            return nil
        case .intent(let names):
            let got = turn.intent ?? "none"
            return names.contains(got) ? nil : "expected intent \(names.joined(separator: "|")) / got \(got)"
        case .contains(let text):
            return turn.reply.lowercased().contains(text.lowercased())
                ? nil
                : "expected the reply to contain \"\(text)\" / got \"\(ReplyDiff.excerpt(turn.reply))\""
        case .lacks(let text):
            return turn.reply.lowercased().contains(text.lowercased())
                ? "expected the reply not to contain \"\(text)\" / got \"\(ReplyDiff.excerpt(turn.reply))\"" : nil
        case .slot(let name, let value):
            let got = turn.slots.value(of: name)
            return got == value ? nil : "expected \(name) \(value ?? "-") / got \(name) \(got ?? "-")"
        case .fact(let fact):
            return turn.facts.contains(fact)
                ? nil
                : "expected the answer to draw on \(fact) / got \(turn.facts.isEmpty ? "no facts" : turn.facts.map(\.description).joined(separator: " "))"
        }
    }
}
