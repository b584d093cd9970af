/// The running tally of an evaluation: what `orderhelp eval` reports and the tests' eval gates hold to bars.
public struct EvalScore: Sendable {
    public private(set) var inScope = 0, correct = 0, falseRejects = 0
    public private(set) var negatives = 0, falseAccepts = 0
    public private(set) var slotRows = 0, slotCorrect = 0
    public private(set) var truePositives: [String: Int] = [:], predicted: [String: Int] = [:],
        expected: [String: Int] = [:]
    /// The texts behind each mistake, by what was expected and what was heard.
    public private(set) var confusions: [String: [String]] = [:]

    public init() {}

    // A rate with nothing behind it is nil ("n/a"), never a made-up 100% or 0%.
    public var accuracy: Double? { fraction(correct, of: inScope) }
    public var falseAcceptRate: Double? { fraction(falseAccepts, of: negatives) }
    public var falseRejectRate: Double? { fraction(falseRejects, of: inScope) }
    public var slotAccuracy: Double? { fraction(slotCorrect, of: slotRows) }

    private func fraction(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// Counts `row` as heard: `result`'s intent, and its slots where the row labels slots.
    public mutating func add(_ row: LabelledRow, result: Classification) {
        let got = result.intent ?? LabelledLine.none
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
            if slots == result.slots {
                slotCorrect += 1
            } else {
                confusions["slots \(describe(slots)) → \(describe(result.slots))", default: []].append(row.text)
            }
        }
    }

    private func describe(_ slots: SlotValues) -> String {
        slots.isEmpty ? "{}" : slots.pairs.map { "\($0.name)=\($0.value)" }.joined(separator: ";")
    }
}
