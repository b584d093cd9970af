import Foundation
import OrderDialogue
import OrderUnderstanding

/// How `orderhelp eval` prints a tally: a table and the worst confusions, or JSON.
extension EvalScore {
    func report(worst: Int) -> String {
        var lines: [String] = []
        let names = Set(expected.keys).union(predicted.keys).sorted()
        lines.append("intent                      precision  recall  support")
        for name in names {
            let tp = Double(truePositives[name] ?? 0)
            let p = predicted[name].map { tp / Double($0) }
            let r = expected[name].map { tp / Double($0) }
            lines.append(
                name.padding(toLength: 28, withPad: " ", startingAt: 0)
                    + (p.map { String(format: "%8.1f%%", $0 * 100) } ?? "        -")
                    + (r.map { String(format: "%7.1f%%", $0 * 100) } ?? "       -")
                    + String(format: "%9d", expected[name] ?? 0))
        }
        lines.append("")
        let ranked = confusions.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(worst)
        if !ranked.isEmpty {
            lines.append("worst confusions:")
            for (pair, texts) in ranked {
                lines.append("  \(texts.count)× \(pair)   e.g. \"\(texts[0].prefix(80))\"")
            }
            lines.append("")
        }
        lines.append("in-scope accuracy: \(Self.percent(accuracy)) (\(correct)/\(inScope))")
        lines.append("false accepts: \(Self.percent(falseAcceptRate)) (\(falseAccepts)/\(negatives))")
        lines.append("false rejects: \(Self.percent(falseRejectRate)) (\(falseRejects)/\(inScope))")
        lines.append("slot accuracy: \(Self.percent(slotAccuracy)) (\(slotCorrect)/\(slotRows))")
        return lines.joined(separator: "\n") + "\n"
    }

    private func number(_ value: Double?) -> JSON.Value { value.map { JSON.Value.number($0) } ?? .null }

    func json() -> String {
        JSON.encode(
            .object([
                ("accuracy", number(accuracy)), ("in_scope", .number(Double(inScope))),
                ("false_accept_rate", number(falseAcceptRate)), ("negatives", .number(Double(negatives))),
                ("false_reject_rate", number(falseRejectRate)),
                ("slot_accuracy", number(slotAccuracy)), ("slot_rows", .number(Double(slotRows))),
                (
                    "per_intent",
                    .object(
                        Set(expected.keys).union(predicted.keys).sorted().map { name in
                            let tp = Double(truePositives[name] ?? 0)
                            return (
                                name,
                                .object([
                                    ("precision", predicted[name].map { .number(tp / Double($0)) } ?? .null),
                                    ("recall", expected[name].map { .number(tp / Double($0)) } ?? .null),
                                    ("support", .number(Double(expected[name] ?? 0))),
                                ])
                            )
                        })
                ),
            ]))
    }

    /// A fraction as a percentage with one decimal; "n/a" when there was nothing to measure.
    static func percent(_ fraction: Double?) -> String {
        fraction.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a"
    }
}
