import Foundation
import OrderDialogue
import OrderUnderstanding

/// The running tally of an evaluation, and its report.
struct EvalScore {
    private(set) var inScope = 0, correct = 0, falseRejects = 0
    private(set) var negatives = 0, falseAccepts = 0
    private(set) var slotRows = 0, slotCorrect = 0
    private var truePositives: [String: Int] = [:], predicted: [String: Int] = [:], expected: [String: Int] = [:]
    private var confusions: [String: [String]] = [:]

    // A rate with nothing behind it is nil ("n/a"), never a made-up 100% or 0%.
    var accuracy: Double? { fraction(correct, of: inScope) }
    var falseAcceptRate: Double? { fraction(falseAccepts, of: negatives) }
    var falseRejectRate: Double? { fraction(falseRejects, of: inScope) }
    var slotAccuracy: Double? { fraction(slotCorrect, of: slotRows) }

    private func fraction(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    mutating func add(_ row: LabelledRow, result: Classification) {
        let got = result.intent ?? LabelledRow.none
        let right = row.intents.contains(got)
        predicted[got, default: 0] += 1
        if right { truePositives[got, default: 0] += 1 }
        let label = right ? got : row.intents.sorted().first!
        expected[label, default: 0] += 1
        if row.isNegative {
            negatives += 1
            if !right { falseAccepts += 1 }
        } else {
            inScope += 1
            if right { correct += 1 }
            if result.intent == nil && !right { falseRejects += 1 }
        }
        if !right {
            confusions["\(row.intents.sorted().joined(separator: "|")) → \(got)", default: []].append(row.text)
        }
        if let slots = row.slots {
            slotRows += 1
            if slots == result.slots { slotCorrect += 1 } else {
                confusions["slots \(describe(slots)) → \(describe(result.slots))", default: []].append(row.text)
            }
        }
    }

    private func describe(_ slots: SlotValues) -> String {
        slots.isEmpty ? "{}" : slots.pairs.map { "\($0.name)=\($0.value)" }.joined(separator: ";")
    }

    func report(worst: Int) -> String {
        var lines: [String] = []
        let names = Set(expected.keys).union(predicted.keys).sorted()
        lines.append("intent                      precision  recall  support")
        for name in names {
            let tp = Double(truePositives[name] ?? 0)
            let p = predicted[name].map { tp / Double($0) }
            let r = expected[name].map { tp / Double($0) }
            lines.append(name.padding(toLength: 28, withPad: " ", startingAt: 0)
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
        lines.append("in-scope accuracy: \(percent(accuracy)) (\(correct)/\(inScope))")
        lines.append("false accepts: \(percent(falseAcceptRate)) (\(falseAccepts)/\(negatives))")
        lines.append("false rejects: \(percent(falseRejectRate)) (\(falseRejects)/\(inScope))")
        lines.append("slot accuracy: \(percent(slotAccuracy)) (\(slotCorrect)/\(slotRows))")
        return lines.joined(separator: "\n") + "\n"
    }

    private func number(_ value: Double?) -> JSON.Value { value.map { JSON.Value.number($0) } ?? .null }

    func json() -> String {
        JSON.encode(.object([
            ("accuracy", number(accuracy)), ("in_scope", .number(Double(inScope))),
            ("false_accept_rate", number(falseAcceptRate)), ("negatives", .number(Double(negatives))),
            ("false_reject_rate", number(falseRejectRate)),
            ("slot_accuracy", number(slotAccuracy)), ("slot_rows", .number(Double(slotRows))),
            ("per_intent", .object(Set(expected.keys).union(predicted.keys).sorted().map { name in
                let tp = Double(truePositives[name] ?? 0)
                return (name, .object([
                    ("precision", predicted[name].map { .number(tp / Double($0)) } ?? .null),
                    ("recall", expected[name].map { .number(tp / Double($0)) } ?? .null),
                    ("support", .number(Double(expected[name] ?? 0))),
                ]))
            })),
        ]))
    }
}
