/// Where a generator's decisions come from: a seeded random stream for the property tests, or the bytes of a
/// fuzz input, so libFuzzer's mutations of bytes become changes of structure (another intent, another date).
public protocol ChoiceSource {
    /// A number in `0..<count`; `count` is at least 1.
    mutating func choose(_ count: Int) -> Int
    /// Up to `limit` raw bytes, for a line of arbitrary bytes.
    mutating func bytes(upTo limit: Int) -> [UInt8]
}

extension ChoiceSource {
    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { choose(100) < percent }

    /// One of `items`, which is not empty.
    mutating func pick<T>(_ items: [T]) -> T { items[choose(items.count)] }
}

/// A reproducible stream of choices from a 64-bit seed (SplitMix64).
public struct SeededChoices: ChoiceSource {
    private var state: UInt64

    /// The stream for `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func choose(_ count: Int) -> Int { Int(next() % UInt64(max(count, 1))) }

    public mutating func bytes(upTo limit: Int) -> [UInt8] {
        (0..<choose(limit + 1)).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}

/// Choices read from the bytes of a fuzz input, one or two bytes a choice; once they run out every choice is 0,
/// which the generator reads as "stop" or "the simplest thing".
public struct ByteChoices: ChoiceSource {
    private let data: [UInt8]
    private var offset = 0

    /// Choices from `data`.
    public init(_ data: [UInt8]) { self.data = data }

    /// Whether every byte has been used.
    public var isExhausted: Bool { offset >= data.count }

    /// The bytes not used yet.
    public var rest: ArraySlice<UInt8> { data[min(offset, data.count)...] }

    public mutating func choose(_ count: Int) -> Int {
        guard count > 1 else { return 0 }
        var value = 0
        for _ in 0..<(count > 256 ? 2 : 1) where offset < data.count {
            value = value << 8 | Int(data[offset])
            offset += 1
        }
        return value % count
    }

    public mutating func bytes(upTo limit: Int) -> [UInt8] {
        let count = min(choose(limit + 1), data.count - min(offset, data.count))
        defer { offset += count }
        return Array(data[offset..<offset + count])
    }
}
