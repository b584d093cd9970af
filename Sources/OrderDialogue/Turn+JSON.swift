import OrderUnderstanding

extension Turn {
    /// The turn as `chat --json` writes it: one object with the contract's keys, in the contract's order.
    public var json: String {
        JSON.encode(
            .object([
                ("reply", .string(reply)),
                ("intent", JSON.string(intent)),
                ("intents", .array(intents.map(JSON.Value.string))),
                ("confidence", .number(confidence)),
                ("slots", JSON.slots(slots)),
                (
                    "slot_sources",
                    .object(slots.pairs.map { ($0.name, .string(slotSources[$0.name]?.rawValue ?? "earlier")) })
                ),
                ("asking", JSON.string(asking?.rawValue)),
                ("facts", .array(facts.map { .string($0.description) })),
            ]))
    }
}
