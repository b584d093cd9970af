import CLearnedScorer

/// Fits the learned scorer: a multinomial logistic regression over hashed features, trained by AdaGrad with a
/// fixed seed, so the same data always gives the same weights. A line may accept several intents; its loss is
/// −log of the probability they have together, so the model is never pushed away from an answer that is right.
public enum ScorerTrainer {
    /// One labelled utterance: its feature hashes, the classes a right answer may have, and how much it counts.
    public struct Line: Sendable {
        public let features: [UInt64]
        public let accepted: [Int]
        public let weight: Float

        public init(features: [UInt64], accepted: [Int], weight: Float) {
            self.features = features
            self.accepted = accepted
            self.weight = weight
        }
    }

    /// Passes over the data.
    static let epochs = 30
    /// AdaGrad's step size.
    static let rate: Float = 0.05
    /// L2 decay on each row a line touches.
    static let decay: Float = 1e-3
    /// A feature seen in fewer lines than this is left out: it would only memorise its line.
    static let minLines = 2
    /// A row whose largest weight is below this is dropped from the committed table.
    static let pruneBelow: Float = 0.02
    /// The shuffle's seed.
    static let seed: UInt64 = 20_261_206
    /// Bumped with any change to the settings above, so weights trained with others read as stale.
    public static let settings = "lr-adagrad-30x0.05-l2 1e-3-min2-prune0.02-negatives0.5"

    /// The weights, in `LearnedScorer`'s format, for `classes` (their order is the weights').
    public static func train(_ lines: [Line], classes: [String], fingerprint: UInt64) -> [UInt8] {
        // Number the features seen in enough lines; the bias is a feature every line has.
        var seen: [UInt64: Int] = [:]
        for line in lines { for feature in line.features { seen[feature, default: 0] += 1 } }
        let kept = seen.filter { $0.value >= minLines }.keys.sorted()
        var ids: [UInt64: Int32] = [:]
        ids.reserveCapacity(kept.count)
        for (number, feature) in kept.enumerated() { ids[feature] = Int32(number) }
        let encoded: [[Int32]] = lines.map { $0.features.compactMap { ids[$0] } }

        let k = classes.count
        var weights = [Float](repeating: 0, count: kept.count * k)
        var squares = [Float](repeating: 0, count: kept.count * k)
        var scratch = [Float](repeating: 0, count: 2 * k)
        var mask = [UInt8](repeating: 0, count: k)
        var order = Array(lines.indices)
        var random = SplitMix(seed: seed)
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            for index in order {
                let line = lines[index]
                let features = encoded[index]
                guard !features.isEmpty, !line.accepted.isEmpty else { continue }
                for c in line.accepted { mask[c] = 1 }
                features.withUnsafeBufferPointer { ids in
                    orderhelp_train_line(
                        &weights, &squares, ids.baseAddress!, ids.count, k, mask, line.weight, rate,
                        decay, &scratch)
                }
                for c in line.accepted { mask[c] = 0 }
            }
        }
        return encode(weights: weights, features: kept, classes: classes, fingerprint: fingerprint)
    }

    /// The trained rows in `LearnedScorer`'s format: quantised to Int8 with a scale per row, small rows dropped.
    static func encode(weights: [Float], features: [UInt64], classes: [String], fingerprint: UInt64) -> [UInt8] {
        let k = classes.count
        var hashes: [UInt64] = []
        var scales: [Float] = []
        var rows: [Int8] = []
        for (number, feature) in features.enumerated() {
            let row = weights[(number * k)..<(number * k + k)]
            let largest = row.map(abs).max() ?? 0
            guard largest >= pruneBelow else { continue }
            let scale = largest / 127
            hashes.append(feature)
            scales.append(scale)
            rows.append(contentsOf: row.map { Int8(clamping: Int(($0 / scale).rounded())) })
        }
        var bytes: [UInt8] = LearnedScorer.magic
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        let names = Array(classes.joined(separator: "\n").utf8)
        put(LearnedScorer.formatVersion)
        put(UInt32(k))
        put(UInt32(hashes.count))
        put(fingerprint)
        put(UInt32(names.count))
        put(UInt32(0))
        bytes.append(contentsOf: names)
        while bytes.count % 8 != 0 { bytes.append(0) }
        for hash in hashes { put(hash) }
        for scale in scales { put(scale.bitPattern) }
        bytes.append(contentsOf: rows.map { UInt8(bitPattern: $0) })
        return bytes
    }
}

/// A small, fast, seeded random number generator (SplitMix64), so training shuffles the same way every time.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
