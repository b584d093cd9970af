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

    /// The dated sentence of an answer, counted from `date`.
    static func render(_ deadline: AnswerTemplate.Deadline, from date: CalendarDate) -> String {
        let window = deadline.window.deadline(from: date)
        var text = deadline.text
        for (name, value) in [("date", date.spoken), ("first", window.lowerBound.spoken), ("last", window.upperBound.spoken)] {
            text = text.replacing("{\(name)}", with: value)
        }
        return text
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
