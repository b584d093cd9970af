import OrderPolicy
import OrderUnderstanding

/// The compact answer given after two unreadable replies: one line for each value of the slot that was asked
/// (each status, or each payment method), filled with everything else that is known. A line rests on its
/// brief's own facts, not on everything its full answer says.
enum Summary {
    /// The summary of `intent` for each value of `slot`, given the `known` slots and `circumstances`, and the
    /// shopper's own `reason` to cancel.
    static func text(
        _ intent: IntentDefinition, asking slot: PolicySlot, known: SlotValues,
        circumstances: Set<Circumstance>, reason: CancellationReason? = nil
    ) throws(RenderError) -> (text: String, facts: Set<FactID>) {
        let what = slot == .payment ? "payment method" : "status"
        var lines = ["No problem, here is the short answer for each \(what):"]
        var facts: Set<FactID> = []
        for value in slot.values {
            var slots = known
            slots.set(slot.rawValue, to: value)
            let fitting = circumstances.filter { $0.fits(slots.status) }
            guard let template = intent.answer(for: slots, in: fitting) else { continue }
            let line =
                template.briefAnswer
                ?? template.rephrased(
                    (slot.label(of: value) ?? value).capitalized + ": "
                        + (template.text.split(separator: "\n").first.map(String.init) ?? ""))
            let rendered = try AnswerRenderer.render(line, slots: slots, reason: reason)
            lines.append("- " + rendered.text)
            facts.formUnion(rendered.facts)
        }
        lines.append(
            slot == .payment
                ? "Tell me how you paid whenever you know it, and I'll give you the full answer."
                : "Tell me the status whenever you know it, and I'll give you the full answer.")
        return (lines.joined(separator: "\n"), facts)
    }
}
