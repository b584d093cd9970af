import Foundation
import Testing

@testable import OrderUnderstanding

/// The learned scorer's weights: current against their data, read only when whole, and reproducible.
struct LearnedScorerTests {
    /// The training data as `orderhelp-train` reads it: the intent files, corpus/ and the shared eval files.
    static func trainingData() throws -> TrainingData {
        func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
        let corpus = Fixtures.root.appendingPathComponent("corpus").path
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".tsv") }.sorted()
        try #require(
            FileManager.default.fileExists(atPath: Fixtures.eval),
            "\(Fixtures.eval) is missing: training reads its files")
        return TrainingData(
            catalog: Fixtures.catalog,
            corpus: try names.map { ($0, try read(corpus + "/" + $0)) }
                + TrainingData.sharedBatches.map { ($0, try read(Fixtures.eval + "/" + $0)) },
            negatives: try TrainingData.negativeFiles.map { ($0, try read(Fixtures.eval + "/" + $0)) })
    }

    @Test("the committed weights were trained on the intents, corpus and eval files as they are now")
    func weightsAreCurrent() throws {
        let shipped = try #require(LearnedScorer.shipped, "Sources/CLearnedScorer/scorer-weights.bin does not read")
        let data = try Self.trainingData()
        #expect(
            shipped.fingerprint == data.fingerprint,
            "the weights are older than their data: run scripts/train.sh and commit scorer-weights.bin")
        #expect(shipped.classes == Fixtures.catalog.intents.map(\.name) + ["none"])
        #expect(Fixtures.matcher.usesLearnedScorer)
    }

    @Test("the corpus has at least 4,000 lines from at least 10 writers, and 300 real questions with their pages")
    func corpusSize() throws {
        let data = try Self.trainingData()
        // Corpus batches are named b01…, r01…; the shared eval files are batches too, but not new ones.
        let corpus = data.batches.filter { $0.count > 3 && $0.dropFirst().prefix(2).allSatisfy(\.isNumber) }
        let written = corpus.filter { $0.hasPrefix("b") }
        let real = corpus.filter { $0.hasPrefix("r") }
        let lines = data.examples.filter {
            if case .batch(let name) = $0.source { written.contains(name) || real.contains(name) } else { false }
        }
        #expect(written.count >= 10)
        #expect(lines.count >= 4_000)
        let realLines = data.examples.filter {
            if case .batch(let name) = $0.source { real.contains(name) } else { false }
        }
        #expect(realLines.count >= 300)
    }

    @Test(
        "bytes not in the weights' format read as no weights",
        arguments: [[], Array("OHLS".utf8), Array("XXXX".utf8) + [UInt8](repeating: 0, count: 40)])
    func malformed(bytes: [UInt8]) {
        #expect(LearnedScorer(bytes: bytes) == nil)
    }

    @Test("weights cut short, or with a byte too many, read as no weights")
    func truncated() throws {
        let bytes = ScorerTrainer.train(Self.toyLines, classes: Self.toyClasses, fingerprint: 7)
        #expect(LearnedScorer(bytes: bytes) != nil)
        #expect(LearnedScorer(bytes: Array(bytes.dropLast())) == nil)
        #expect(LearnedScorer(bytes: bytes + [0]) == nil)
    }

    @Test("training the same lines twice gives the same bytes, and the weights answer the lines they learned")
    func deterministicAndLearns() throws {
        let first = ScorerTrainer.train(Self.toyLines, classes: Self.toyClasses, fingerprint: 7)
        #expect(first == ScorerTrainer.train(Self.toyLines, classes: Self.toyClasses, fingerprint: 7))
        let scorer = try #require(LearnedScorer(bytes: first))
        #expect(scorer.classes == Self.toyClasses)
        #expect(scorer.fingerprint == 7)
        for line in Self.toyLines {
            let p = scorer.probabilities(line.features)
            #expect(p.indices.max { p[$0] < p[$1] } == line.accepted[0])
        }
    }

    @Test("a feature is found wherever its hash falls in the 64 bits, and hashes out of order read as no weights")
    func featuresAcrossTheRange() throws {
        // One feature per class at either end of the range and one in the middle, each seen twice.
        let low: UInt64 = 3
        let middle: UInt64 = 1 << 63 | 12_345
        let high = UInt64.max - 1
        let lines = [low, middle, high].enumerated().flatMap { index, feature in
            [99, 98].map { ScorerTrainer.Line(features: [feature, $0], accepted: [index], weight: 1) }
        }
        let bytes = ScorerTrainer.train(lines, classes: ["a", "b", "c"], fingerprint: 1)
        let scorer = try #require(LearnedScorer(bytes: bytes))
        for (index, feature) in [low, middle, high].enumerated() {
            let p = scorer.probabilities([feature])
            #expect(p.indices.max { p[$0] < p[$1] } == index)
        }
        // The rows' hashes follow the class names ("a\nb\nc", padded to 8 bytes): swap the first and the last.
        let hashes = LearnedScorer.headerSize + 8
        var swapped = bytes
        let rows = scorer.rows
        for byte in 0..<8 {
            swapped.swapAt(hashes + byte, hashes + (rows - 1) * 8 + byte)
        }
        #expect(LearnedScorer(bytes: swapped) == nil)
    }

    @Test("a line that accepts two intents pulls both up, not one against the other")
    func acceptsEither() throws {
        let both = ScorerTrainer.Line(features: [1, 2], accepted: [0, 1], weight: 1)
        let weights = ScorerTrainer.train(
            Array(repeating: both, count: 3), classes: ["a", "b", "none"], fingerprint: 0)
        let p = try #require(LearnedScorer(bytes: weights)).probabilities([1, 2])
        #expect(p[0] + p[1] > 0.9)
        #expect(p[2] < 0.1)
    }

    /// Two classes told apart by one feature each, with a shared one; every feature seen twice, as training needs.
    static let toyClasses = ["refund", "none"]
    static let toyLines = [
        ScorerTrainer.Line(features: [10, 99], accepted: [0], weight: 1),
        ScorerTrainer.Line(features: [10, 98], accepted: [0], weight: 1),
        ScorerTrainer.Line(features: [20, 99], accepted: [1], weight: 1),
        ScorerTrainer.Line(features: [20, 98], accepted: [1], weight: 1),
    ]
}
