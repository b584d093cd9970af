import OrderPolicy
import OrderUnderstanding

/// A template the renderer could not fill: a placeholder whose value is not known, or braces that do not pair.
/// It is an error for a test to catch, never text for the shopper.
struct RenderError: Error, Equatable, CustomStringConvertible {
    /// The placeholder, as written between the braces, or the stray brace.
    let placeholder: String
    /// The slot that would fill it, when it is a slot that is missing.
    let slot: PolicySlot?
    /// Where the template is written.
    let location: SourceLocation

    var description: String {
        slot.map { "\(location): {\(placeholder)} needs the \($0.rawValue), which is not known" }
            ?? "\(location): '\(placeholder)' is no placeholder that can be filled"
    }
}

/// Fills an answer template from the policy core and the known slots. The facts are the template's own list:
/// `check` makes every file list the fact behind each placeholder it uses, so nothing is added here.
enum AnswerRenderer {
    /// The text of `template` with every `{placeholder}` filled, and the facts it rests on.
    static func render(
        _ template: AnswerTemplate, slots: SlotValues, paymentName: String? = nil,
        reason: CancellationReason? = nil
    ) throws(RenderError) -> (text: String, facts: [FactID]) {
        var text = ""
        for piece in TextPiece.pieces(of: template.text) {
            switch piece {
            case .text(let words): text += words
            case .placeholder(let name):
                text += try value(of: name, slots: slots, paymentName: paymentName, reason: reason, in: template)
            case .strayBrace(let brace): throw RenderError(placeholder: brace, slot: nil, location: template.location)
            }
        }
        return (text, Set(template.facts).sorted())
    }

    /// The answer `intent` gives for these slots in `situation`: the template its circumstances and slots pick,
    /// filled in, and the dated sentences of the windows it rests on. Nil when the intent has no answer for them.
    /// `answeredBefore` are the intents answered earlier in the same reply: an answer written for after one of
    /// them (`after:`) is given instead, so the reply says each step once. An aside (`asides:`) is added only when
    /// the message's `words` are about it.
    static func answer(
        _ intent: IntentDefinition, slots: SlotValues, situation: Situation,
        today: CalendarDate, answeredBefore: [String] = [], words: [String] = []
    ) throws(RenderError) -> (text: String, facts: [FactID], notes: [DatedNote], core: String)? {
        let circumstances = intent.isSmallTalk ? [] : situation.circumstances(status: slots.status)
        guard let chosen = intent.answer(for: slots, in: circumstances) else { return nil }
        let template = answeredBefore.lazy.compactMap { chosen.after[$0] }.first ?? chosen
        // The shopper's own name for how they paid ("PayPal") is echoed where the method is said.
        let named = situation.payment?.method == slots.payment ? situation.paymentName : nil
        var rendered = try render(template, slots: slots, paymentName: named, reason: situation.cancellationReason)
        // What the answer says whatever came before it in the reply and whatever words asked it: what a
        // correction compares to tell whether the answer changed.
        let core =
            template.location == chosen.location
            ? rendered.text
            : try render(chosen, slots: slots, paymentName: named, reason: situation.cancellationReason).text
        // An answer given after another keeps the asides of the answer it stands in for.
        let asides = template.location == chosen.location ? chosen.asides : chosen.asides + template.asides
        for aside in asides where aside.isAbout(words) {
            let said = try render(aside.answer, slots: slots, paymentName: named, reason: situation.cancellationReason)
            rendered = (rendered.text + "\n" + said.text, Set(rendered.facts + said.facts).sorted())
        }
        let notes =
            intent.isSmallTalk
            ? []
            : DatedNotes.notes(for: rendered.facts, situation: situation, status: slots.status, today: today)
        return (rendered.text, rendered.facts, notes, core)
    }

    private static func value(
        of placeholder: String, slots: SlotValues, paymentName: String?, reason: CancellationReason?,
        in template: AnswerTemplate
    ) throws(RenderError) -> String {
        if placeholder == "order_number" {
            return slots.orderNumber.map { "#\($0)" } ?? "#<order number>"
        }
        guard let value = PolicyValue(rawValue: placeholder) else {
            throw RenderError(placeholder: placeholder, slot: nil, location: template.location)
        }
        guard
            let text = value.text(
                status: slots.status, payment: slots.payment, paymentName: paymentName, reason: reason)
        else {
            throw RenderError(placeholder: placeholder, slot: value.requires, location: template.location)
        }
        return text
    }
}
