/// Measures understanding the way a judge with writers of its own does: for each corpus batch (one independent
/// writer), train without it and without a share of the out-of-domain negatives, then score what was left out.
public enum WriterFolds {
    /// What one left-out writer's lines, and the negatives left out with them, got.
    public struct Fold: Sendable {
        public let batch: String
        /// Lines with an intent of ours, and how many got one of their right intents.
        public internal(set) var inScope = 0, correct = 0
        /// Lines of the writer's that are out of scope (near misses, chit-chat), and how many were accepted.
        public internal(set) var nearMisses = 0, nearAccepted = 0
        /// Out-of-domain negatives left out with this writer, and how many were accepted.
        public internal(set) var negatives = 0, negativesAccepted = 0
        /// The writer's lines that got a wrong answer, with what they got.
        public internal(set) var errors: [(text: String, expected: [String], got: String)] = []

        public var accuracy: Double { inScope == 0 ? 0 : Double(correct) / Double(inScope) }
    }

    /// One fold per corpus batch, in the order of `data.batches`; `only` limits them to some batches.
    public static func run(catalog: IntentCatalog, data: TrainingData, only: Set<String>? = nil) -> [Fold] {
        run(
            catalog: catalog, data: data, lines: data.lines(for: IntentMatcher(catalog: catalog, scorer: nil)),
            only: only)
    }

    /// The same, with the examples already read into features (`TrainingData.lines(for:)`).
    static func run(
        catalog: IntentCatalog, data: TrainingData, lines: [ScorerTrainer.Line],
        only: Set<String>? = nil
    ) -> [Fold] {
        data.batches.enumerated().filter { only?.contains($0.element) ?? true }.map { number, batch in
            let leftOut = data.examples.indices.filter { i in
                switch data.examples[i].source {
                case .batch(let name): name == batch
                case .negatives(let fold): fold == number
                case .intentFiles: false
                }
            }
            let left = Set(leftOut)
            let kept = lines.indices.filter { !left.contains($0) }.map { lines[$0] }
            let weights = ScorerTrainer.train(kept, classes: data.classes, fingerprint: data.fingerprint)
            let matcher = IntentMatcher(catalog: catalog, scorer: LearnedScorer(bytes: weights))
            var fold = Fold(batch: batch)
            for i in leftOut {
                let example = data.examples[i]
                let got = matcher.classify(example.text).intent ?? LabelledLine.none
                let right = example.accepted.contains(got)
                if example.source.isNegatives {
                    fold.negatives += 1
                    if !right { fold.negativesAccepted += 1 }
                } else if example.accepted == [LabelledLine.none] {
                    fold.nearMisses += 1
                    if !right { fold.nearAccepted += 1 }
                } else {
                    fold.inScope += 1
                    if right { fold.correct += 1 }
                }
                if !right, !example.source.isNegatives { fold.errors.append((example.text, example.accepted, got)) }
            }
            return fold
        }
    }

    /// The folds as a table: per batch its accuracy and near misses accepted, then the mean, the worst batch and
    /// the out-of-domain negatives accepted; with `errors`, that many of each batch's wrong answers.
    public static func report(_ folds: [Fold], errors: Int = 0) -> String {
        var lines = ["batch                      in scope           near misses accepted"]
        for fold in folds {
            lines.append(
                fold.batch.padding(to: 26)
                    + "\(percent(fold.accuracy)) (\(fold.correct)/\(fold.inScope))".padding(to: 19)
                    + (fold.nearMisses == 0
                        ? "–"
                        : "\(percent(Double(fold.nearAccepted) / Double(fold.nearMisses))) (\(fold.nearAccepted)/\(fold.nearMisses))")
            )
            for error in fold.errors.prefix(errors) {
                lines.append("    \(error.text.prefix(90))  [\(error.expected.joined(separator: "|")) → \(error.got)]")
            }
        }
        let summary = Summary(folds)
        lines.append(
            "mean in scope \(percent(summary.meanAccuracy)); worst \(summary.worst.batch) \(percent(summary.worst.accuracy))"
        )
        lines.append(
            "near misses accepted \(percent(summary.nearMissRate)) (\(summary.nearAccepted)/\(summary.nearMisses))")
        lines.append(
            "out-of-domain negatives accepted \(percent(summary.negativeRate)) (\(summary.negativesAccepted)/\(summary.negatives))"
        )
        return lines.joined(separator: "\n")
    }

    /// The figures over all folds.
    public struct Summary: Sendable {
        public let meanAccuracy: Double
        public let worst: Fold
        public let nearMisses: Int, nearAccepted: Int, negatives: Int, negativesAccepted: Int
        public var nearMissRate: Double { nearMisses == 0 ? 0 : Double(nearAccepted) / Double(nearMisses) }
        public var negativeRate: Double { negatives == 0 ? 0 : Double(negativesAccepted) / Double(negatives) }

        public init(_ folds: [Fold]) {
            let scored = folds.filter { $0.inScope > 0 }
            meanAccuracy = scored.map(\.accuracy).reduce(0, +) / Double(max(scored.count, 1))
            worst = scored.min { $0.accuracy < $1.accuracy } ?? Fold(batch: "none")
            nearMisses = folds.map(\.nearMisses).reduce(0, +)
            nearAccepted = folds.map(\.nearAccepted).reduce(0, +)
            negatives = folds.map(\.negatives).reduce(0, +)
            negativesAccepted = folds.map(\.negativesAccepted).reduce(0, +)
        }
    }
}

private func percent(_ x: Double) -> String {
    let tenths = Int((x * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
