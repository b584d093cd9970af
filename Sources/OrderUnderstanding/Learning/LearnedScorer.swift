import CLearnedScorer

/// A linear model that scores an utterance's features for each class (every intent, and `none`), with weights
/// fitted by `ScorerTrainer` on the intent examples, the writers' corpus and out-of-domain negatives.
///
/// The weights are one block of bytes, read in place (little-endian):
///
/// | offset | what |
/// |---|---|
/// | 0 | `OHLS`, then the format version (UInt32, 1) |
/// | 8 | the number of classes, then of rows (UInt32 each) |
/// | 16 | the hash of the data the weights were trained on (UInt64): `TrainingData.fingerprint` |
/// | 24 | the length of the class names (UInt32), then 4 bytes of padding |
/// | 32 | the class names, one per line, padded with zeros to a multiple of 8 |
/// | … | each row's feature hash (UInt64), in ascending order |
/// | … | each row's scale (Float32) |
/// | … | each row's weights, one Int8 per class: a weight is the Int8 times the row's scale |
public struct LearnedScorer: Sendable {
    /// The classes, in the order of the weights: intents, and `none`.
    public let classes: [String]
    /// The hash of the data the weights were trained on.
    public let fingerprint: UInt64
    private let storage: Storage
    private let rowCount: Int
    private let hashesOffset: Int
    private let scalesOffset: Int
    private let rowsOffset: Int

    static let magic: [UInt8] = Array("OHLS".utf8)
    static let formatVersion: UInt32 = 1
    static let headerSize = 32

    /// The weights compiled into the binary, or nil when they can't be read (an unreadable file reads as none).
    public static let shipped: LearnedScorer? = LearnedScorer(
        storage: Storage(
            pointer: UnsafeRawPointer(orderhelp_scorer_weights()), count: Int(orderhelp_scorer_weights_size())))

    /// Weights from bytes in the format above, or nil when they are not in it.
    public init?(bytes: [UInt8]) {
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        self.init(storage: Storage(pointer: UnsafeRawPointer(pointer), count: bytes.count, owned: true))
    }

    private init?(storage: Storage) {
        let base = storage.pointer
        let count = storage.count
        guard count >= Self.headerSize,
            (0..<4).allSatisfy({ base.load(fromByteOffset: $0, as: UInt8.self) == Self.magic[$0] }),
            base.loadUnaligned(fromByteOffset: 4, as: UInt32.self) == Self.formatVersion
        else { return nil }
        let classCount = Int(base.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        let rows = Int(base.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        let namesLength = Int(base.loadUnaligned(fromByteOffset: 24, as: UInt32.self))
        let hashes = Self.headerSize + (namesLength + 7) / 8 * 8
        let scales = hashes + rows * 8
        let weights = scales + rows * 4
        // Sizes from the header are checked against the bytes before anything is read with them.
        guard classCount > 0, classCount < 1_000, rows < 1 << 26, namesLength < 1 << 20,
            weights + rows * classCount == count
        else { return nil }
        let names = UnsafeRawBufferPointer(start: base + Self.headerSize, count: namesLength)
        classes = names.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        guard classes.count == classCount else { return nil }
        fingerprint = base.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        self.storage = storage
        rowCount = rows
        hashesOffset = hashes
        scalesOffset = scales
        rowsOffset = weights
        let sorted = (base + hashes).assumingMemoryBound(to: UInt64.self)
        var starts = [UInt32](repeating: UInt32(rows), count: (1 << Self.bucketBits) + 1)
        var row = 0
        for bucket in 0..<(1 << Self.bucketBits) {
            starts[bucket] = UInt32(row)
            while row < rows, Int(sorted[row] >> UInt64(64 - Self.bucketBits)) == bucket { row += 1 }
        }
        // Hashes out of order would leave rows after the last bucket: those weights are not in the format.
        guard row == rows else { return nil }
        buckets = Box(starts)
    }

    /// The hashes' top bits that choose a bucket: 2^14 buckets of about two rows each for today's weights.
    static let bucketBits = 14
    /// Where each bucket's rows start, and after the last one the row count.
    private let buckets: Box<[UInt32]>

    /// The weights' bytes, in the format above.
    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: storage.pointer, count: storage.count)) }

    /// The number of feature rows.
    public var rows: Int { rowCount }

    /// The probability of each class for an utterance with these feature hashes (a softmax of the linear scores).
    func probabilities(_ features: [UInt64]) -> [Double] {
        let base = storage.pointer
        let hashes = (base + hashesOffset).assumingMemoryBound(to: UInt64.self)
        var found: [Int] = []
        found.reserveCapacity(features.count)
        for feature in features {
            // The rows whose hashes start with the feature's top bits, then a binary search among those few.
            let bucket = Int(feature >> UInt64(64 - Self.bucketBits))
            var low = Int(buckets.value[bucket])
            var high = Int(buckets.value[bucket + 1])
            while low < high {
                let middle = (low + high) / 2
                if hashes[middle] < feature { low = middle + 1 } else { high = middle }
            }
            if low < rowCount, hashes[low] == feature { found.append(low) }
        }
        var logits = [Double](repeating: 0, count: classes.count)
        logits.withUnsafeMutableBufferPointer { out in
            orderhelp_scorer_add_rows(
                (base + rowsOffset).assumingMemoryBound(to: Int8.self),
                (base + scalesOffset).assumingMemoryBound(to: Float.self),
                found, found.count, classes.count, out.baseAddress!)
        }
        return softmax(logits)
    }

    /// Bytes the weights live in: compiled in, or a copy this value owns.
    private final class Storage: @unchecked Sendable {
        let pointer: UnsafeRawPointer
        let count: Int
        let owned: Bool

        init(pointer: UnsafeRawPointer, count: Int, owned: Bool = false) {
            self.pointer = pointer
            self.count = count
            self.owned = owned
        }

        deinit { if owned { UnsafeMutableRawPointer(mutating: pointer).deallocate() } }
    }
}

/// exp(x) for the softmax, without Foundation: 2^k · e^r with r small, by its series.
func exponential(_ x: Double) -> Double {
    guard x > -700 else { return 0 }
    let ln2 = 0.6931471805599453
    let k = (x / ln2).rounded()
    let r = x - k * ln2
    var term = 1.0
    var sum = 1.0
    for n in 1...16 {
        term *= r / Double(n)
        sum += term
    }
    return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
}

/// The softmax of `logits`: probabilities that sum to 1.
func softmax(_ logits: [Double]) -> [Double] {
    guard let top = logits.max() else { return [] }
    let exps = logits.map { exponential($0 - top) }
    let total = exps.reduce(0, +)
    return exps.map { $0 / total }
}
