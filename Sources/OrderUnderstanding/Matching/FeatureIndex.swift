/// The examples of every class as weighted feature vectors, indexed by feature for fast scoring.
struct FeatureIndex: Sendable {
    /// How much the closest example counts against the class centroid.
    static let nearestShare = 0.6

    /// What one feature contributes: its weight, and where it occurs.
    private struct Entry: Sendable {
        var weight = 0.0
        var isWord = true
        var classes: [Int] = []                                  // classes whose examples use it
        var examples: [(example: Int, weight: Double)] = []
        var centroids: [(klass: Int, weight: Double)] = []
    }

    private let entries: [String: Entry]
    /// The class of each indexed example, in the order the examples were given (empty ones skipped).
    let exampleClass: [Int]
    private let classCount: Int
    private let unknownWeight: Double

    /// The scores of one query per class, and its words with the classes that use them.
    struct Scores {
        let scores: [Double]
        fileprivate let words: [(weight: Double, classes: [Int])]

        /// How much the sentence reads as small talk: a word small talk uses and no question about an order
        /// does counts +1, a word both use +¼, a word only other questions use −1, a word no example uses −½.
        /// The out-of-scope examples (`outOfScope`) borrow small-talk words on purpose, so they do not share.
        /// "special thanks to you" is small talk; "how do I say thank you in Spanish" is not.
        /// `pure` when every word is one small talk uses.
        func chattiness(smallTalk: [Int], outOfScope: Int) -> (score: Double, pure: Bool) {
            var sum = 0.0, chatty = 0
            for word in words {
                if word.classes.isEmpty { sum -= 0.5; continue }
                let inScope = word.classes.filter { $0 != outOfScope }
                let shared = inScope.filter(smallTalk.contains).count
                if shared == 0 { sum -= 1; continue }
                sum += shared == inScope.count ? 1 : 0.25
                chatty += 1
            }
            return chatty > 0 ? (sum, chatty == words.count) : (0, false)
        }
    }

    /// Indexes `groups[c]`, the feature lists of the examples of class `c`.
    init(groups: [[[String]]]) {
        classCount = groups.count
        var entries: [String: Entry] = [:]
        var featureSets: [(klass: Int, features: [String])] = []
        for (klass, group) in groups.enumerated() {
            for features in group {
                let unique = Array(Set(features)).sorted()
                guard !unique.isEmpty else { continue }
                featureSets.append((klass, unique))
                for feature in unique where entries[feature]?.classes.last != klass {
                    entries[feature, default: Entry(isWord: !feature.utf8.contains(0x20))].classes.append(klass)
                }
            }
        }
        let total = Double(groups.count)
        for key in entries.keys { entries[key]!.weight = naturalLog(1 + total / Double(entries[key]!.classes.count)) }
        unknownWeight = naturalLog(1 + total / 0.75)

        var centroidSums = [[String: Double]](repeating: [:], count: groups.count)
        var exampleClass: [Int] = []
        for (example, entry) in featureSets.enumerated() {
            let norm = entry.features.reduce(0) { $0 + entries[$1]!.weight * entries[$1]!.weight }.squareRoot()
            exampleClass.append(entry.klass)
            for feature in entry.features {
                let weight = entries[feature]!.weight / norm
                entries[feature]!.examples.append((example, weight))
                centroidSums[entry.klass][feature, default: 0] += weight
            }
        }
        for (klass, sums) in centroidSums.enumerated() {
            let norm = sums.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for (feature, weight) in sums where norm > 0 {
                entries[feature]!.centroids.append((klass, weight / norm))
            }
        }
        self.entries = entries
        self.exampleClass = exampleClass
    }

    /// The blended cosine similarity of the query to each class; `excluding` leaves one example out of the
    /// nearest-example part, so an example can be scored against the others (leave-one-out).
    func score(_ features: [String], excluding left: Int? = nil) -> Scores {
        scoreWithNearest(features, excluding: left).scores
    }

    /// The blended scores, and each class's nearest example on its own.
    func scoreWithNearest(_ features: [String], excluding left: Int?) -> (scores: Scores, nearest: [Double]) {
        var seen: Set<String> = []
        seen.reserveCapacity(features.count)
        var norm = 0.0
        var known: [Entry] = []
        var words: [(weight: Double, classes: [Int])] = []
        for feature in features where seen.insert(feature).inserted {
            if let entry = entries[feature] {
                known.append(entry)
                norm += entry.weight * entry.weight
                if entry.isWord { words.append((entry.weight, entry.classes)) }
            } else if !feature.utf8.contains(0x20) {
                norm += unknownWeight * unknownWeight
                words.append((unknownWeight, []))
            }
        }
        var result = [Double](repeating: 0, count: classCount)
        guard norm > 0 else { return (Scores(scores: result, words: words), result) }
        norm = norm.squareRoot()
        var exampleScores = [Double](repeating: 0, count: exampleClass.count)
        var centroidScores = [Double](repeating: 0, count: classCount)
        var touched: [Int] = []
        for entry in known {
            let q = entry.weight / norm
            for (example, w) in entry.examples {
                if exampleScores[example] == 0 { touched.append(example) }
                exampleScores[example] += q * w
            }
            for (klass, w) in entry.centroids { centroidScores[klass] += q * w }
        }
        var nearest = [Double](repeating: 0, count: classCount)
        for example in touched where example != left && exampleScores[example] > nearest[exampleClass[example]] {
            nearest[exampleClass[example]] = exampleScores[example]
        }
        for klass in result.indices {
            result[klass] = Self.nearestShare * nearest[klass] + (1 - Self.nearestShare) * centroidScores[klass]
        }
        // The out-of-scope class is many small topics, so its centroid means little: only its nearest example counts.
        if let last = result.indices.last { result[last] = nearest[last] }
        return (Scores(scores: result, words: words), nearest)
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
