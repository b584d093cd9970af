import OrderPolicy
import OrderUnderstanding

/// Fills an answer template from the policy core and the known slots. The facts are the template's own list:
/// `check` makes every file list the fact behind each placeholder it uses, so nothing is added here.
enum AnswerRenderer {
    /// The text of `template` with every `{placeholder}` filled, and the facts it rests on.
    static func render(_ template: AnswerTemplate, slots: SlotValues) -> (text: String, facts: [FactID]) {
        var text = ""
        var name: String?
        for character in template.text {
            if character == "{" {
                name = ""
            } else if character == "}", let placeholder = name {
                text += value(of: placeholder, slots: slots)
                name = nil
            } else if name != nil {
                name!.append(character)
            } else {
                text.append(character)
            }
        }
        return (text, Set(template.facts).sorted())
    }

    private static func value(of placeholder: String, slots: SlotValues) -> String {
        if placeholder == "order_number" {
            return slots.orderNumber.map { "#\($0)" } ?? "#<order number>"
        }
        guard let text = PolicyValue(rawValue: placeholder)?.text(status: slots.status, payment: slots.payment) else {
            return "{\(placeholder)}"
        }
        return text
    }
}
