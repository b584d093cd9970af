import OrderPolicy
import OrderUnderstanding

/// Writes a conversation as a transcript that replays green: the lines typed, the exact replies,
/// and the intent, slots and facts of each turn.
public enum TranscriptWriter {
    /// Commands saved without their reply lines: `/why` shows scores and `/help` lists the intents, so exact
    /// lines would break the transcript at any retune or new intent.
    static let unpinnedCommands: Set<String> = ["/why", "/help"]

    /// A reply as the `<` lines that pin it exactly: one per line, a bare `<` for an empty one. Saving and
    /// `replay --update` both write them here.
    public static func replyLines(_ reply: String) -> [String] {
        reply.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "<" : "< \($0)" }
    }

    /// The transcript text for `record`, fixing the date the conversation took as today.
    public static func write(_ record: [(line: String, turn: Turn)], today: CalendarDate) -> String {
        var out = ["# Saved by orderhelp /save.", "@today \(today)"]
        var previous = SlotValues()
        for (line, turn) in record {
            out.append("")
            let typed = line.trimmingWhitespace()
            out.append("> \(typed)")
            if !Self.unpinnedCommands.contains(typed.split(separator: " ").first?.lowercased() ?? "") {
                out += replyLines(turn.reply)
            }
            out.append("? \(turn.intent ?? "none")")
            for name in SlotValues.names where turn.slots.value(of: name) != previous.value(of: name) {
                out.append("= \(name) \(turn.slots.value(of: name) ?? "-")")
            }
            for fact in turn.facts { out.append("+ \(fact)") }
            previous = turn.slots
        }
        return out.joined(separator: "\n") + "\n"
    }
}
