/// Scores an utterance against every intent's examples and decides which intent it is, or that it is not ours.
///
/// Each example becomes a vector of weighted terms and term pairs; a word used by few intents weighs more.
/// An intent's score blends its closest example with its centroid; words the intents never use dilute the score,
/// which is what rejects questions from other domains.
public struct IntentMatcher: Sendable {
    /// Below this blended score an utterance is out of scope.
    public static let acceptThreshold = 0.34

    private let classNames: [String]          // in-scope intents, then "none" last
    private let analyzer: TermAnalyzer
    private let weights: [String: Double]      // feature → idf
    private let exampleIndex: [String: [(example: Int, weight: Double)]]
    private let exampleClass: [Int]
    private let centroidIndex: [String: [(klass: Int, weight: Double)]]
    private let unknownWeight: Double

    /// A matcher for the catalogue's intents and out-of-scope examples.
    public init(catalog: IntentCatalog) {
        let names = catalog.intents.map(\.name) + [IntentDefinition.outOfScope]
        let groups = catalog.intents.map { $0.examples.map(\.text) } + [catalog.outOfScope?.examples.map(\.text) ?? []]
        analyzer = TermAnalyzer(texts: groups.flatMap { $0 })
        classNames = names

        var exampleFeatures: [[String]] = []
        var exampleClass: [Int] = []
        var classesWith: [String: Set<Int>] = [:]
        for (klass, texts) in groups.enumerated() {
            for text in texts {
                let features = Array(Set(TermAnalyzer.features(analyzer.terms(analyzer.corrected(Normalizer.tokens(text))))))
                guard !features.isEmpty else { continue }
                exampleFeatures.append(features)
                exampleClass.append(klass)
                for feature in features { classesWith[feature, default: []].insert(klass) }
            }
        }
        let classCount = Double(names.count)
        let weights = classesWith.mapValues { log(1 + classCount / Double($0.count)) }
        unknownWeight = log(1 + classCount / 0.75)

        var exampleIndex: [String: [(Int, Double)]] = [:]
        var centroids = [[String: Double]](repeating: [:], count: names.count)
        var classSizes = [Int](repeating: 0, count: names.count)
        for (example, features) in exampleFeatures.enumerated() {
            let norm = (features.reduce(0) { $0 + pow2(weights[$1]!) }).squareRoot()
            let klass = exampleClass[example]
            classSizes[klass] += 1
            for feature in features {
                let weight = weights[feature]! / norm
                exampleIndex[feature, default: []].append((example, weight))
                centroids[klass][feature, default: 0] += weight
            }
        }
        var centroidIndex: [String: [(Int, Double)]] = [:]
        for (klass, centroid) in centroids.enumerated() {
            let norm = centroid.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for (feature, weight) in centroid where norm > 0 {
                centroidIndex[feature, default: []].append((klass, weight / norm))
            }
        }
        self.weights = weights
        self.exampleIndex = exampleIndex
        self.exampleClass = exampleClass
        self.centroidIndex = centroidIndex
    }

    /// Classifies one utterance. Never fails: what is not understood comes back with a nil intent.
    public func classify(_ text: String) -> Classification {
        let tokens = analyzer.corrected(Normalizer.tokens(text))
        let extraction = SlotExtractor.extract(tokens)
        let features = TermAnalyzer.features(analyzer.terms(tokens))
        let scores = score(features)
        let inScope = classNames.count - 1
        let ranking = (0..<inScope)
            .map { Classification.Candidate(intent: classNames[$0], score: scores[$0]) }
            .filter { $0.score > 0 }
            .sorted { $0.score > $1.score }
        guard let best = ranking.first, best.score >= Self.acceptThreshold, best.score > scores[inScope] else {
            let confidence = 1 - max(0, min(1, (ranking.first?.score ?? 0) / Self.acceptThreshold)) * 0.5
            return Classification(intent: nil, confidence: rounded(confidence), slots: extraction.values,
                                  otherWords: extraction.otherWords, ranking: Array(ranking.prefix(4)))
        }
        return Classification(intent: best.intent, confidence: rounded(min(1, best.score)), slots: extraction.values,
                              otherWords: extraction.otherWords, ranking: Array(ranking.prefix(4)))
    }

    /// The blended score of every class for a feature list.
    private func score(_ features: [String]) -> [Double] {
        var seen: Set<String> = []
        var norm = 0.0
        var weightsByFeature: [(String, Double)] = []
        for feature in features where seen.insert(feature).inserted {
            if let weight = weights[feature] {
                weightsByFeature.append((feature, weight))
                norm += weight * weight
            } else if !feature.contains(" ") {
                norm += unknownWeight * unknownWeight
            }
        }
        var result = [Double](repeating: 0, count: classNames.count)
        guard norm > 0 else { return result }
        norm = norm.squareRoot()
        var exampleScores: [Int: Double] = [:]
        var centroidScores = [Double](repeating: 0, count: classNames.count)
        for (feature, weight) in weightsByFeature {
            let q = weight / norm
            for (example, w) in exampleIndex[feature] ?? [] { exampleScores[example, default: 0] += q * w }
            for (klass, w) in centroidIndex[feature] ?? [] { centroidScores[klass] += q * w }
        }
        var best = [Double](repeating: 0, count: classNames.count)
        for (example, value) in exampleScores where value > best[exampleClass[example]] {
            best[exampleClass[example]] = value
        }
        for klass in result.indices { result[klass] = 0.6 * best[klass] + 0.4 * centroidScores[klass] }
        return result
    }
}

private func pow2(_ x: Double) -> Double { x * x }

private func log(_ x: Double) -> Double {
    // Natural logarithm without Foundation: log(x) = 2·atanh((x−1)/(x+1)), summed until it stops changing.
    precondition(x > 0)
    var exponent = 0.0, m = x
    while m > 2 { m /= 2.718281828459045; exponent += 1 }
    while m < 0.5 { m *= 2.718281828459045; exponent -= 1 }
    let y = (m - 1) / (m + 1), y2 = y * y
    var term = y, sum = 0.0, n = 1.0
    while abs(term / n) > 1e-15 { sum += term / n; term *= y2; n += 2 }
    return exponent + 2 * sum
}

private func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
