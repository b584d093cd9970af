import OrderPolicy
import OrderUnderstanding

/// Writes a conversation as a transcript that replays green: the lines typed, the exact replies,
/// and the intent, slots and facts of each turn.
public enum TranscriptWriter {
    /// Commands saved without their reply lines: `/why` shows scores and `/help` lists the intents, so exact
    /// lines would break the transcript at any retune or new intent.
    static let unpinnedCommands: Set<String> = ["/why", "/help"]

    /// The transcript text for `record`, fixing the date the conversation took as today.
    public static func write(_ record: [(line: String, turn: Turn)], today: CalendarDate) -> String {
        var out = ["# Saved by orderhelp /save.", "@today \(today)"]
        var previous = SlotValues()
        for (line, turn) in record {
            out.append("")
            let typed = line.trimmingWhitespace()
            out.append("> \(typed)")
            if !Self.unpinnedCommands.contains(typed.split(separator: " ").first?.lowercased() ?? "") {
                for replyLine in turn.reply.split(separator: "\n", omittingEmptySubsequences: false) {
                    out.append(replyLine.isEmpty ? "<" : "< \(replyLine)")
                }
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
