import Synchronization

/// Orders close rival intents by meaning, from word vectors: "I would like my refund for this item" shares its
/// words with how long a refund takes as much as with how to get one; what it means is the second.
///
/// The matcher decides whether a line is ours and which intents are near; this only chooses among those near
/// intents. Word vectors read every line as close to something, so they never let a line in.
final class MeaningRanker: Sendable {
    /// A rival is compared by meaning when the matcher scores it at least this share of the best score.
    static let rivalShare = 0.7
    /// How much closeness in meaning (a cosine, up to 1) adds to a rival's matcher score.
    static let weight = 1.0
    /// An intent's closeness to a line is the mean of its this many closest examples, so one odd example
    /// doesn't decide.
    static let nearestExamples = 2

    private let examples: [[String]]
    /// Each intent's example vectors, one after another, read (`ExampleVectors`) or made the first time the
    /// intent is compared: the program starts without touching the table.
    private let exampleVectors: Mutex<[[Float]?]>

    /// A ranker over each intent's examples (by intent number).
    init(examples: [[String]]) {
        self.examples = examples
        exampleVectors = Mutex(Array(repeating: nil, count: examples.count))
    }

    /// The line's vector, or nil when it has no word the table knows, or the program carries no table.
    func vector(of text: String) -> [Float]? { WordVectors.bundled?.embed(text) }

    /// How close the line is in meaning to the intent numbered `intent`, from -1 to 1.
    func closeness(of line: [Float], to intent: Int) -> Double {
        let dimensions = line.count
        let rows = exampleVectors.withLock { cache in
            if let rows = cache[intent] { return rows }
            let rows = examples[intent].flatMap { text in
                ExampleVectors.bundled?.vector(for: text).map(Array.init) ?? vector(of: text) ?? []
            }
            cache[intent] = rows
            return rows
        }
        guard dimensions > 0, rows.count >= dimensions else { return 0 }
        var best = [Float](repeating: -1, count: Self.nearestExamples)
        rows.withUnsafeBufferPointer { rows in
            line.withUnsafeBufferPointer { line in
                for start in stride(from: 0, to: rows.count, by: dimensions) {
                    let dot = WordVectors.dot(rows.baseAddress! + start, line.baseAddress!, count: dimensions)
                    if let worst = best.indices.min(by: { best[$0] < best[$1] }), dot > best[worst] {
                        best[worst] = dot
                    }
                }
            }
        }
        let found = best.filter { $0 > -1 }
        return found.isEmpty ? 0 : Double(found.reduce(0, +)) / Double(found.count)
    }
}
