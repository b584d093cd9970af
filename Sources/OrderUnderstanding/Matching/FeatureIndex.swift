/// The examples of every class as weighted feature vectors, indexed by feature for fast scoring.
struct FeatureIndex: Sendable {
    /// How much the closest example counts against the class centroid.
    static let nearestShare = 0.6

    /// Each feature's number, and per number: its weight, whether it is a word (not a pair), the classes whose
    /// examples use it, the examples that use it with its weight there, and its weight in each class centroid.
    private let ids: [String: Int]
    private let weights: [Double]
    private let isWord: [Bool]
    private let featureClasses: [[Int]]
    private let postings: [[(example: Int, weight: Double)]]
    private let centroids: [[(klass: Int, weight: Double)]]
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
            var sum = 0.0
            var chatty = 0
            for word in words {
                if word.classes.isEmpty {
                    sum -= 0.5
                    continue
                }
                let inScope = word.classes.filter { $0 != outOfScope }
                let shared = inScope.filter(smallTalk.contains).count
                if shared == 0 {
                    sum -= 1
                    continue
                }
                sum += shared == inScope.count ? 1 : 0.25
                chatty += 1
            }
            return chatty > 0 ? (sum, chatty == words.count) : (0, false)
        }
    }

    /// Indexes `groups[c]`, the feature lists of the examples of class `c`.
    init(groups: [[[String]]]) {
        classCount = groups.count
        // Features are numbered once, so building and scoring index arrays instead of hashing strings.
        var ids: [String: Int] = [:]
        var isWord: [Bool] = []
        var classes: [[Int]] = []
        var featureSets: [(klass: Int, features: [Int])] = []
        for (klass, group) in groups.enumerated() {
            for features in group {
                let unique = Array(Set(features)).sorted()
                guard !unique.isEmpty else { continue }
                var numbers: [Int] = []
                numbers.reserveCapacity(unique.count)
                for feature in unique {
                    let id: Int
                    if let known = ids[feature] {
                        id = known
                    } else {
                        id = isWord.count
                        ids[feature] = id
                        isWord.append(!feature.utf8.contains(0x20))
                        classes.append([])
                    }
                    if classes[id].last != klass { classes[id].append(klass) }
                    numbers.append(id)
                }
                featureSets.append((klass, numbers))
            }
        }
        let total = Double(groups.count)
        let weights = classes.map { naturalLog(1 + total / Double($0.count)) }
        unknownWeight = naturalLog(1 + total / 0.75)

        var postings = [[(example: Int, weight: Double)]](repeating: [], count: weights.count)
        var centroidSums = [[Int: Double]](repeating: [:], count: groups.count)
        var exampleClass: [Int] = []
        exampleClass.reserveCapacity(featureSets.count)
        for (example, entry) in featureSets.enumerated() {
            let norm = entry.features.reduce(0) { $0 + weights[$1] * weights[$1] }.squareRoot()
            exampleClass.append(entry.klass)
            for id in entry.features {
                let weight = weights[id] / norm
                postings[id].append((example, weight))
                centroidSums[entry.klass][id, default: 0] += weight
            }
        }
        var centroids = [[(klass: Int, weight: Double)]](repeating: [], count: weights.count)
        for (klass, sums) in centroidSums.enumerated() {
            let norm = sums.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for (id, weight) in sums where norm > 0 {
                centroids[id].append((klass, weight / norm))
            }
        }
        self.ids = ids
        self.weights = weights
        self.isWord = isWord
        featureClasses = classes
        self.postings = postings
        self.centroids = centroids
        self.exampleClass = exampleClass
    }

    /// The blended cosine similarity of the query to each class; `excluding` leaves one example out of the
    /// nearest-example part, so an example can be scored against the others (leave-one-out).
    func score(_ features: [String], excluding left: Int? = nil) -> Scores {
        scoreWithNearest(features, excluding: left).scores
    }

    /// The blended scores, and each class's nearest example on its own.
    func scoreWithNearest(_ features: [String], excluding left: Int?) -> (scores: Scores, nearest: [Double]) {
        // Queries are short: a linear look through the features seen so far beats hashing them.
        var unknown: [String] = []
        var norm = 0.0
        var known: [Int] = []
        known.reserveCapacity(features.count)
        var words: [(weight: Double, classes: [Int])] = []
        for feature in features {
            if let id = ids[feature] {
                guard !known.contains(id) else { continue }
                known.append(id)
                norm += weights[id] * weights[id]
                if isWord[id] { words.append((weights[id], featureClasses[id])) }
            } else if !feature.utf8.contains(0x20), !unknown.contains(feature) {
                unknown.append(feature)
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
        for id in known {
            let q = weights[id] / norm
            for (example, w) in postings[id] {
                if exampleScores[example] == 0 { touched.append(example) }
                exampleScores[example] += q * w
            }
            for (klass, w) in centroids[id] { centroidScores[klass] += q * w }
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
    var exponent = 0.0
    var m = x
    while m > 2 {
        m /= e
        exponent += 1
    }
    while m < 0.5 {
        m *= e
        exponent -= 1
    }
    let y = (m - 1) / (m + 1)
    let y2 = y * y
    var term = y
    var sum = 0.0
    var n = 1.0
    while abs(term / n) > 1e-15 {
        sum += term / n
        term *= y2
        n += 2
    }
    return exponent + 2 * sum
}
