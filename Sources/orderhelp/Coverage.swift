import OrderDialogue
import OrderPolicy
import OrderUnderstanding

/// What the replayed transcripts exercised.
struct Coverage {
    private var intents: Set<String> = []
    private var slotValues: Set<String> = []
    private var facts: Set<FactID> = []

    mutating func add(_ turns: [Turn]) {
        for turn in turns {
            intents.insert(turn.intent ?? "none")
            for pair in turn.slots.pairs where pair.name != "order_number" {
                slotValues.insert("\(pair.name)=\(pair.value)")
            }
            facts.formUnion(turn.facts)
        }
    }

    func report(intents all: [String]) -> String {
        let allSlots = PolicySlot.allCases.flatMap { slot in slot.values.map { "\(slot.rawValue)=\($0)" } }
        let allFacts = PolicyFacts.all.map(\.id)
        func line(_ title: String, _ seen: [String], _ missing: [String]) -> String {
            "\(title): \(seen.count)/\(seen.count + missing.count) exercised"
                + (missing.isEmpty ? "" : "; never: \(missing.joined(separator: ", "))") + "\n"
        }
        let intentList = all + ["none"]
        return line("intents", intentList.filter(intents.contains), intentList.filter { !intents.contains($0) })
            + line("slot values", allSlots.filter(slotValues.contains), allSlots.filter { !slotValues.contains($0) })
            + line(
                "policy facts", allFacts.filter(facts.contains).map(\.description),
                allFacts.filter { !facts.contains($0) }.map(\.description))
    }
}
