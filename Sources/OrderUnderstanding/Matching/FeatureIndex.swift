/// The examples of every class as weighted feature vectors, indexed by feature for fast scoring.
struct FeatureIndex: Sendable {
    /// How much the closest example counts against the class centroid.
    static let nearestShare = 0.6

    private let weights: [String: Double]                    // feature → inverse class frequency
    private let examples: [String: [(example: Int, weight: Double)]]
    private let exampleClass: [Int]
    private let centroids: [String: [(klass: Int, weight: Double)]]
    private let classesOf: [String: [Int]]                   // word → the classes whose examples use it
    private let classCount: Int
    private let unknownWeight: Double

    /// The scores of one query: per class, how much of the query each class's words cover, and how many
    /// of its words no example uses.
    struct Scores {
        let scores: [Double]
        let unknownWords: Int
        fileprivate let words: [(weight: Double, classes: [Int])]

        /// The share of the sentence's word weight that the examples of `classes` use.
        func coverage(of classes: [Int]) -> Double {
            let total = words.reduce(0) { $0 + $1.weight }
            guard total > 0 else { return 0 }
            let covered = words.filter { !Set($0.classes).isDisjoint(with: classes) }.reduce(0) { $0 + $1.weight }
            return covered / total
        }
    }

    /// Indexes `groups[c]`, the feature lists of the examples of class `c`.
    init(groups: [[[String]]]) {
        classCount = groups.count
        var classesWith: [String: Set<Int>] = [:]
        var featureSets: [(klass: Int, features: [String])] = []
        for (klass, group) in groups.enumerated() {
            for features in group {
                let unique = Array(Set(features))
                guard !unique.isEmpty else { continue }
                featureSets.append((klass, unique))
                for feature in unique { classesWith[feature, default: []].insert(klass) }
            }
        }
        let total = Double(groups.count)
        let weights = classesWith.mapValues { naturalLog(1 + total / Double($0.count)) }
        unknownWeight = naturalLog(1 + total / 0.75)

        var examples: [String: [(Int, Double)]] = [:]
        var centroidSums = [[String: Double]](repeating: [:], count: groups.count)
        var exampleClass: [Int] = []
        for (example, entry) in featureSets.enumerated() {
            let norm = entry.features.reduce(0) { $0 + weights[$1]! * weights[$1]! }.squareRoot()
            exampleClass.append(entry.klass)
            for feature in entry.features {
                let weight = weights[feature]! / norm
                examples[feature, default: []].append((example, weight))
                centroidSums[entry.klass][feature, default: 0] += weight
            }
        }
        var centroids: [String: [(Int, Double)]] = [:]
        for (klass, sums) in centroidSums.enumerated() {
            let norm = sums.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for (feature, weight) in sums where norm > 0 {
                centroids[feature, default: []].append((klass, weight / norm))
            }
        }
        self.weights = weights
        classesOf = classesWith.filter { !$0.key.contains(" ") }.mapValues { $0.sorted() }
        self.examples = examples
        self.exampleClass = exampleClass
        self.centroids = centroids
    }

    /// The blended cosine similarity of the query to each class.
    func score(_ features: [String]) -> Scores {
        var seen: Set<String> = []
        var norm = 0.0
        var unknownWords = 0
        var known: [(String, Double)] = []
        var words: [(weight: Double, classes: [Int])] = []
        for feature in features where seen.insert(feature).inserted {
            let isWord = !feature.contains(" ")
            if let weight = weights[feature] {
                known.append((feature, weight))
                norm += weight * weight
                if isWord { words.append((weight, classesOf[feature] ?? [])) }
            } else if isWord {
                unknownWords += 1
                norm += unknownWeight * unknownWeight
                words.append((unknownWeight, []))
            }
        }
        var result = [Double](repeating: 0, count: classCount)
        guard norm > 0 else { return Scores(scores: result, unknownWords: unknownWords, words: words) }
        norm = norm.squareRoot()
        var exampleScores: [Int: Double] = [:]
        var centroidScores = [Double](repeating: 0, count: classCount)
        for (feature, weight) in known {
            let q = weight / norm
            for (example, w) in examples[feature] ?? [] { exampleScores[example, default: 0] += q * w }
            for (klass, w) in centroids[feature] ?? [] { centroidScores[klass] += q * w }
        }
        var nearest = [Double](repeating: 0, count: classCount)
        for (example, value) in exampleScores where value > nearest[exampleClass[example]] {
            nearest[exampleClass[example]] = value
        }
        for klass in result.indices {
            result[klass] = Self.nearestShare * nearest[klass] + (1 - Self.nearestShare) * centroidScores[klass]
        }
        return Scores(scores: result, unknownWords: unknownWords, words: words)
    }
}

/// The natural logarithm, without Foundation: log(x) = 2·atanh((x−1)/(x+1)) after scaling x near 1.
func naturalLog(_ x: Double) -> Double {
    precondition(x > 0)
    let e = 2.718281828459045
    var exponent = 0.0, m = x
    while m > 2 { m /= e; exponent += 1 }
    while m < 0.5 { m *= e; exponent -= 1 }
    let y = (m - 1) / (m + 1), y2 = y * y
    var term = y, sum = 0.0, n = 1.0
    while abs(term / n) > 1e-15 { sum += term / n; term *= y2; n += 2 }
    return exponent + 2 * sum
}
