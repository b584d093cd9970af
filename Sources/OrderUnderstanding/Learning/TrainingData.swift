/// What the learned scorer is trained on, with the writer each line came from: the intent files' examples, the
/// corpus (one file per independent writer, `corpus/*.tsv`) and out-of-domain negatives (CLINC150, BANKING77).
public struct TrainingData: Sendable {
    /// Where a line came from: the measure leaves one writer out at a time, with a share of the negatives.
    public enum Source: Hashable, Sendable {
        case intentFiles
        case batch(String)
        case negatives(fold: Int)
    }

    /// One labelled utterance.
    public struct Example: Sendable {
        public let text: String
        public let accepted: [String]
        public let source: Source
    }

    public let examples: [Example]
    /// The classes: every intent of the catalogue, then `none`.
    public let classes: [String]
    /// The corpus batches, by name, in order.
    public let batches: [String]
    /// A hash of everything training reads, and of the features and settings: weights record the one they were
    /// trained on, so weights older than their data are found out (`ScorerWeightsTests`).
    public let fingerprint: UInt64

    /// The out-of-domain negatives of `shared/eval` that training reads: CLINC150's validation requests from other
    /// domains and BANKING77's bank-only training requests.
    public static let negativeFiles = ["banking-train-negatives.tsv", "clinc-val-negatives.tsv"]
    /// The labelled files of `shared/eval` that training reads as batches of their own, beside the corpus: our
    /// dev questions and stories, real questions, CLINC150 small talk and BANKING77 refund requests.
    public static let sharedBatches = [
        "banking-train-refund.tsv", "clinc-val-smalltalk.tsv", "dev-situations.tsv",
        "dev-utterances.tsv", "real-questions-dev.tsv",
    ]

    /// A line from another domain counts this much: there are far more of them than of ours. (Part of
    /// `ScorerTrainer.settings`, so the weights' fingerprint changes with it.)
    static let negativeWeight: Float = 0.5

    /// The data of `catalog`, the corpus files (name → text) and the negatives files (name → text).
    public init(
        catalog: IntentCatalog, corpus: [(name: String, text: String)], negatives: [(name: String, text: String)]
    ) {
        classes = catalog.intents.map(\.name) + [LabelledLine.none]
        let known = Set(classes)
        var examples: [Example] = []
        var hash = Hash()
        hash.add(ScorerFeatures.version)
        hash.add(ScorerTrainer.settings)
        for intent in catalog.intents {
            hash.add(intent.name)
            for example in intent.examples {
                examples.append(Example(text: example.text, accepted: [intent.name], source: .intentFiles))
                hash.add(example.text)
            }
        }
        hash.add(LabelledLine.none)
        for example in catalog.outOfScope?.examples ?? [] {
            examples.append(Example(text: example.text, accepted: [LabelledLine.none], source: .intentFiles))
            hash.add(example.text)
        }
        let files = corpus.sorted { $0.name < $1.name }
        batches = files.map { Self.batchName($0.name) }
        for file in files {
            hash.add(file.name)
            hash.add(file.text)
            for line in LabelledLine.parse(file.text) where line.intents.allSatisfy(known.contains) {
                examples.append(
                    Example(text: line.text, accepted: line.intents, source: .batch(Self.batchName(file.name))))
            }
        }
        var negativeCount = 0
        for file in negatives.sorted(by: { $0.name < $1.name }) {
            hash.add(file.name)
            hash.add(file.text)
            for line in LabelledLine.parse(file.text) where line.isNegative {
                examples.append(
                    Example(
                        text: line.text, accepted: [LabelledLine.none],
                        source: .negatives(fold: negativeCount % max(files.count, 1))))
                negativeCount += 1
            }
        }
        self.examples = examples
        fingerprint = hash.value
    }

    /// A corpus file's batch name: its file name without the folder and `.tsv`.
    static func batchName(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return base.hasSuffix(".tsv") ? String(base.dropLast(4)) : base
    }

    /// The weights trained on every example, for the matcher of `catalog`.
    public func train(matcher: IntentMatcher) -> [UInt8] {
        train(lines(for: matcher))
    }

    /// The weights trained on `lines`, every example read into features (`lines(for:)`).
    func train(_ lines: [ScorerTrainer.Line]) -> [UInt8] {
        ScorerTrainer.train(lines, classes: classes, fingerprint: fingerprint)
    }

    /// Every example read into features by `matcher` (its examples of the intent files left out of their own
    /// similarity reading).
    func lines(for matcher: IntentMatcher) -> [ScorerTrainer.Line] {
        lines(features: { matcher.scorerFeatures($0, leavingOut: $1) })
    }

    /// Every example as the trainer takes it, each read into features by `features` (with whether it is an example
    /// of the intent files), in the order of `examples`.
    func lines(features: (String, Bool) -> [UInt64]) -> [ScorerTrainer.Line] {
        let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        return examples.map { example in
            ScorerTrainer.Line(
                features: features(example.text, example.source == .intentFiles),
                accepted: example.accepted.compactMap { index[$0] },
                weight: example.source.isNegatives ? Self.negativeWeight : 1)
        }
    }
}

extension TrainingData.Source {
    var isNegatives: Bool { if case .negatives = self { true } else { false } }
}

/// FNV-1a over a sequence of strings, each followed by a separator.
struct Hash {
    private(set) var value = ScorerFeatures.fnvBasis
    mutating func add(_ text: String) {
        for byte in text.utf8 { value = ScorerFeatures.mix(value, byte) }
        value = ScorerFeatures.mix(value, 0)
    }
}
