import OrderPolicy
import OrderUnderstanding

/// Fills an answer template from the policy core and the known slots, and collects the facts it rests on.
enum AnswerRenderer {
    /// The text of `template` with every `{placeholder}` filled, and the facts used.
    static func render(_ template: AnswerTemplate, slots: SlotValues) -> (text: String, facts: [FactID]) {
        var facts = Set(template.facts)
        var text = ""
        var name: String?
        for character in template.text {
            if character == "{" {
                name = ""
            } else if character == "}", let placeholder = name {
                text += value(of: placeholder, slots: slots, facts: &facts)
                name = nil
            } else if name != nil {
                name!.append(character)
            } else {
                text.append(character)
            }
        }
        return (text, facts.sorted())
    }

    private static func value(of placeholder: String, slots: SlotValues, facts: inout Set<FactID>) -> String {
        if placeholder == "order_number" {
            return slots.orderNumber.map { "#\($0)" } ?? "#<order number>"
        }
        guard let value = PolicyValue(rawValue: placeholder),
              let resolved = value.resolve(status: slots.status, payment: slots.payment) else {
            return "{\(placeholder)}"
        }
        if let fact = resolved.fact { facts.insert(fact) }
        return resolved.text
    }
}
