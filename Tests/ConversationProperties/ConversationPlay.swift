import Foundation
import OrderDialogue
import OrderPolicy

/// One conversation played line by line with every turn checked, as a front end would drive it: `/save` writes
/// the transcript (always to the scratch file, whatever path was typed) and it must replay green, `/quit` ends.
public struct ConversationPlay {
    public let assistant: Assistant
    public let today: CalendarDate
    /// Where `/save` writes; nil keeps the transcript in memory.
    public let saveFile: String?
    public private(set) var conversation: Conversation
    public private(set) var lines: [String] = []
    public private(set) var turns: [Turn] = []
    public private(set) var violations: [Violation] = []
    /// True after `/quit`: a front end reads no more lines.
    public private(set) var ended = false
    private var checker: TurnChecker
    private var replays = 0
    /// Every turn played: the conversation's, and those of its replays.
    public private(set) var turnsPlayed = 0

    /// How many times each property had something to check in this conversation.
    public var exercised: [Property: Int] {
        checker.exercised.merging([.saveReplays: replays], uniquingKeysWith: +)
    }

    public init(
        assistant: Assistant, today: CalendarDate, saveFile: String? = nil,
        checks: Set<Property> = Set(Property.allCases)
    ) {
        self.assistant = assistant
        self.today = today
        self.saveFile = saveFile
        conversation = assistant.conversation(today: today)
        checker = TurnChecker(checks: checks) { line in
            let told = assistant.matcher.readSituation(line)
            return Set((told.events.isEmpty ? [] : ["status"]) + (told.payment == nil ? [] : ["payment"]))
        }
    }

    /// Plays `lines`, then saves the whole conversation and replays it.
    public static func play(
        _ lines: [String], assistant: Assistant, today: CalendarDate, saveFile: String? = nil,
        checks: Set<Property> = Set(Property.allCases)
    ) -> ConversationPlay {
        var play = ConversationPlay(assistant: assistant, today: today, saveFile: saveFile, checks: checks)
        for line in lines where !play.ended { play.say(line) }
        play.saveAndReplay()
        return play
    }

    /// The reply to `line`, checked.
    @discardableResult
    public mutating func say(_ line: String) -> Turn {
        let turn = conversation.respond(to: line)
        turnsPlayed += 1
        lines.append(line)
        turns.append(turn)
        violations += checker.check(line: line, turn: turn, number: turns.count)
        switch turn.command {
        case .save?: saveAndReplay(writing: true)
        case .quit?: ended = true
        case nil: break
        }
        return turn
    }

    /// Writes the conversation so far as `/save` does and replays it; `writing` goes through the save file, as
    /// a `/save` line does, rather than memory.
    public mutating func saveAndReplay(writing: Bool = false) {
        guard checker.checks.contains(.saveReplays) else { return }
        replays += 1
        var text = TranscriptWriter.write(conversation.record, today: today)
        if writing, let saveFile, (try? text.write(toFile: saveFile, atomically: false, encoding: .utf8)) != nil {
            text = (try? String(contentsOfFile: saveFile, encoding: .utf8)) ?? text
        }
        let failure: String?
        do {
            let transcript = try TranscriptParser.parse(text, path: "saved.txt")
            let outcome = Replayer(assistant: assistant, today: today).replay(transcript)
            turnsPlayed += transcript.steps.count
            failure = outcome.passed ? nil : outcome.failures.prefix(3).map(\.description).joined(separator: "\n")
        } catch {
            failure = "the saved transcript does not parse: \(error)"
        }
        if let failure {
            violations.append(Violation(property: .saveReplays, turn: turns.count, message: failure))
        }
    }

    /// The lines as a transcript to save as a regression test: the `>` lines, with the broken property noted at
    /// the turn where it broke.
    public static func transcript(_ lines: [String], today: CalendarDate, violation: Violation) -> String {
        var out = ["# A generated conversation where \"\(violation.property.rawValue)\" fails.", "@today \(today)"]
        for (index, line) in lines.enumerated() {
            out.append("> " + line)
            if index + 1 == violation.turn {
                out += violation.message.split(separator: "\n").map { "# ✗ " + $0 }
            }
        }
        if violation.turn == 0 || violation.turn > lines.count {
            out += violation.message.split(separator: "\n").map { "# ✗ " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
