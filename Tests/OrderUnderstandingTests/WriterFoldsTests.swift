import TestSupport
import Testing

@testable import OrderUnderstanding

/// Understanding measured as a judge with writers of its own measures it: each corpus batch (one independent
/// writer) scored by weights trained without it, and without a share of the out-of-domain negatives.
struct WriterFoldsTests {
    /// The bars: the level measured with `scripts/train.sh --by-batch`, less a small margin, so a change that loses
    /// what was won fails here. Measured on 2026-12-06 over 38 batches (30 written, 3 of real questions, the 5
    /// labelled eval files): mean 89.3%, worst 58.0% (b28-filipino), near misses accepted 6.6% (171/2593),
    /// negatives 0.3% (30/11493). The worst bar was 76% over the first 22 batches (worst then 78.0%, now 78.9%):
    /// it is low because the worst writer is now one who writes Taglish, half its words Tagalog, which no other
    /// writer teaches; the next worst is 74.0% (b29-midchat2, follow-ups that lean on an unseen earlier turn).
    static let meanAccuracy = 0.88
    static let worstAccuracy = 0.56
    static let nearMissesAccepted = 0.08
    static let negativesAccepted = 0.01
    /// The worst writer of English (all but the Taglish writer), so that the low bar above protects the others.
    static let worstEnglishAccuracy = 0.72
    static let notEnglish: Set<String> = ["b28-filipino"]

    @Test(
        "retraining on all the data gives the committed weights byte for byte; leaving each writer out, understanding stays at its measured level",
        .tags(.slow))
    func leaveOneWriterOut() throws {
        // Both read every example into features, which is most of the cost, so they share the reading.
        let data = try LearnedScorerTests.trainingData()
        let lines = data.lines(for: IntentMatcher(catalog: Fixtures.catalog, scorer: nil))
        let shipped = try #require(LearnedScorer.shipped)
        // The fingerprint covers the data; this covers the code that reads it into features too.
        // Compared as one Bool: a failed comparison of two megabyte arrays would be rendered as their difference.
        let reproduced = data.train(lines) == shipped.bytes
        #expect(reproduced, "the weights are stale: run scripts/train.sh and commit scorer-weights.bin")
        let folds = WriterFolds.run(catalog: Fixtures.catalog, data: data, lines: lines)
        let summary = WriterFolds.Summary(folds)
        let report = WriterFolds.report(folds)
        #expect(folds.count >= 38, "\(report)")
        #expect(summary.meanAccuracy >= Self.meanAccuracy, "\(report)")
        #expect(summary.worst.accuracy >= Self.worstAccuracy, "\(report)")
        let english = WriterFolds.Summary(folds.filter { !Self.notEnglish.contains($0.batch) })
        #expect(english.worst.accuracy >= Self.worstEnglishAccuracy, "\(report)")
        #expect(summary.nearMissRate <= Self.nearMissesAccepted, "\(report)")
        #expect(summary.negativeRate <= Self.negativesAccepted, "\(report)")
    }

    @Test("a writer's lines are scored by weights that never saw them")
    func heldOut() throws {
        // A corpus of one writer whose only lines contradict the intent files: trained with them, the weights
        // would learn the contradiction; left out, the fold must not know them.
        let catalog = Fixtures.catalog
        let corpus = [
            ("w1.tsv", "# one writer\nhow do i cancel my order\tthanks\t\n"),
            ("w2.tsv", "# another writer\nhello there friend\tgreeting\t\n"),
        ]
        let data = TrainingData(catalog: catalog, corpus: corpus, negatives: [])
        let folds = WriterFolds.run(catalog: catalog, data: data)
        #expect(folds.map(\.batch) == ["w1", "w2"])
        #expect(folds[0].inScope == 1 && folds[0].correct == 0)
        #expect(folds[0].errors.first?.got == "cancel_order")
    }
}
