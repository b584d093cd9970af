import CWordVectors

/// Sentence vectors from a static word-piece table distilled from all-MiniLM-L6-v2 by model2vec, read in place.
///
/// The table (`Sources/CWordVectors/word-vectors.bin`, written by `scripts/distill_word_vectors.py`, which
/// documents its format) is compiled into the binary; this is the one file that reads it. Nothing is parsed at
/// start: a piece is found by binary search over its sorted UTF-8 bytes, and a line's vector is the mean of its
/// pieces' rows, L2-normalised, as model2vec's `StaticModel.encode` computes it.
public struct WordVectors: @unchecked Sendable {  // unchecked: it only points at immutable, static bytes
    /// The length of every vector.
    public let dimensions: Int
    /// The number of word pieces in the table.
    let rows: Int
    private let offsets: UnsafeRawPointer
    private let scales: UnsafeRawPointer
    private let values: UnsafePointer<Int8>
    private let blob: UnsafePointer<UInt8>
    private let longestPieceBytes: Int

    /// model2vec's `encode` keeps 512 tokens of a line, and first cuts it at 512 × its median piece length (6) characters.
    static let maxTokens = 512, maxCharacters = 3_072

    /// The table compiled into the binary, or nil if its bytes don't check out.
    public static let bundled: WordVectors? = WordVectors(bytes: bundledBytes)

    /// The bytes of the table compiled into the binary.
    static var bundledBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: orderhelp_word_vectors(), count: Int(orderhelp_word_vectors_size()))
    }

    /// Reads a table in place, or nil when its header, sizes or offsets are not those of a table.
    init?(bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count >= 24,
            bytes.prefix(8).elementsEqual("OHWV0001".utf8)
        else { return nil }
        func u32(_ at: Int) -> Int {
            Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
        }
        let rows = u32(8)
        let dimensions = u32(12)
        let blobBytes = u32(16)
        guard rows < bytes.count, dimensions < bytes.count else { return nil }  // so the sizes below can't overflow
        let offsetsAt = 24
        let scalesAt = offsetsAt + 4 * (rows + 1)
        let valuesAt = scalesAt + 4 * rows
        let blobAt = valuesAt + rows * dimensions
        guard rows > 0, dimensions > 0, u32(20) == 0, blobAt + blobBytes == bytes.count else { return nil }
        var previous = 0
        var longest = 0
        for row in 0...rows {
            let offset = u32(offsetsAt + 4 * row)
            guard offset >= previous, offset <= blobBytes, row > 0 || offset == 0 else { return nil }
            longest = max(longest, offset - previous)
            previous = offset
        }
        guard previous == blobBytes else { return nil }
        self.rows = rows
        self.dimensions = dimensions
        self.offsets = base + offsetsAt
        self.scales = base + scalesAt
        self.values = (base + valuesAt).assumingMemoryBound(to: Int8.self)
        self.blob = (base + blobAt).assumingMemoryBound(to: UInt8.self)
        self.longestPieceBytes = longest
    }

    /// The unit vector of `text`: the mean of its known pieces' rows, normalised; nil when no piece is known.
    public func embed(_ text: String) -> [Float]? {
        var used = 0
        var vector = [Float](repeating: 0, count: dimensions)
        vector.withUnsafeMutableBufferPointer { sum in
            forEachPiece(text) { row in
                guard row >= 0 else { return }
                used += 1
                add(row: Int(row), to: sum.baseAddress!)
            }
        }
        guard used > 0 else { return nil }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return nil }
        for index in vector.indices { vector[index] /= norm }
        return vector
    }

    /// The word pieces of `text` as the table's tokenizer cuts it, `[UNK]` for a word it doesn't know.
    public func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        forEachPiece(text) { row in pieces.append(row >= 0 ? piece(Int(row)) : "[UNK]") }
        return pieces
    }

    /// The piece at `row`.
    func piece(_ row: Int) -> String {
        let start = offset(row)
        let end = offset(row + 1)
        return String(decoding: UnsafeBufferPointer(start: blob + start, count: end - start), as: UTF8.self)
    }

    /// The dot product of two vectors of `count` numbers.
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        orderhelp_dot(a, b, count)
    }

    /// The cosine of two vectors of the same length; 0 when either is zero.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        precondition(a.count == b.count, "vectors of different lengths")
        var dot: Float = 0
        var aa: Float = 0
        var bb: Float = 0
        for index in a.indices {
            dot += a[index] * b[index]
            aa += a[index] * a[index]
            bb += b[index] * b[index]
        }
        return aa > 0 && bb > 0 ? dot / (aa.squareRoot() * bb.squareRoot()) : 0
    }

    /// The row of the piece at `key` (`count` UTF-8 bytes), or -1 when the table doesn't have it.
    func row(_ key: UnsafePointer<UInt8>, count: Int) -> Int32 {
        let (found, index) = search(key, count: count)
        return found ? Int32(index) : -1
    }
}

extension WordVectors {
    /// Whether the piece at `key` is in the table, and its row, or else the row it would be inserted at.
    fileprivate func search(_ key: UnsafePointer<UInt8>, count: Int) -> (found: Bool, index: Int) {
        var low = 0
        var high = rows
        while low < high {
            let middle = (low + high) >> 1
            let start = offset(middle)
            let length = offset(middle + 1) - start
            let piece = blob + start
            var order = 0
            var index = 0
            let shared = min(length, count)
            while index < shared {
                if piece[index] != key[index] {
                    order = piece[index] < key[index] ? -1 : 1
                    break
                }
                index += 1
            }
            if order == 0 { order = length < count ? -1 : length > count ? 1 : 0 }
            if order == 0 { return (true, middle) }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return (false, low)
    }

    /// The longest piece longer than `minimum` bytes that starts `key`: its row and length, or nil.
    ///
    /// A piece that starts the key sorts between it and the key, so the piece just below where the key would go
    /// shares at least its bytes with the key: the next try is no longer than that, which skips most lengths.
    fileprivate func longestPiece(
        startingAt key: UnsafePointer<UInt8>, count: Int, longerThan minimum: Int
    ) -> (row: Int32, length: Int)? {
        var length = count
        while length > minimum {
            let (found, index) = search(key, count: length)
            if found { return (Int32(index), length) }
            guard index > 0 else { return nil }
            let start = offset(index - 1)
            let below = blob + start
            let shared = min(length - 1, offset(index) - start)
            var common = 0
            while common < shared && below[common] == key[common] { common += 1 }
            length = common
        }
        return nil
    }

    /// Adds the dequantised row to `sum` (in C, which is fast in a debug build too).
    fileprivate func add(row: Int, to sum: UnsafeMutablePointer<Float>) {
        let scale = Float(
            bitPattern: UInt32(littleEndian: scales.loadUnaligned(fromByteOffset: 4 * row, as: UInt32.self)))
        orderhelp_add_scaled(sum, values + row * dimensions, scale, dimensions)
    }

    fileprivate func offset(_ row: Int) -> Int {
        Int(UInt32(littleEndian: offsets.loadUnaligned(fromByteOffset: 4 * row, as: UInt32.self)))
    }

    /// Calls `body` with the row of each piece of `text`, -1 for an unknown word, up to model2vec's cuts.
    ///
    /// WordPiece, greedy longest match first: a piece after the first is looked up with `##` in front, and a
    /// word with any part not in the table is unknown as a whole.
    fileprivate func forEachPiece(_ text: String, _ body: (Int32) -> Void) {
        let room = BertWords.prefixRoom
        var tokens = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: BertWords.maxWordCharacters) { found in
            BertWords.forEach(in: text, limit: Self.maxCharacters) { buffer, count in
                var pieces = 0
                var known = count != nil
                var start = 0
                while known, let count, start < count {
                    // A piece after the first is looked up with "##" in front, written over bytes already used.
                    let prefix = start > 0 ? 2 : 0
                    if prefix > 0 {
                        buffer[room + start - 2] = 0x23
                        buffer[room + start - 1] = 0x23
                    }
                    guard
                        let match = longestPiece(
                            startingAt: buffer + room + start - prefix,
                            count: min(count - start + prefix, longestPieceBytes), longerThan: prefix)
                    else {
                        known = false
                        break
                    }
                    found[pieces] = match.row
                    pieces += 1
                    start += match.length - prefix
                }
                if !known {
                    found[0] = -1
                    pieces = 1
                }
                for index in 0..<pieces {
                    body(found[index])
                    tokens += 1
                    if tokens == Self.maxTokens { return false }
                }
                return true
            }
        }
    }
}

/// The vector of each intent example, made at development time (`orderhelp-train` writes
/// `Sources/CWordVectors/example-vectors.bin`, laid out by `table(for:vectors:)`), so ranking by meaning reads
/// 1 KB per example rather than the table's rows for every word of every example: those rows are scattered over
/// the 8 MB table, and touching them made a long `classify` of CLINC150 requests peak at 27.2 MB rather than
/// 22.5. An example is found by its text, so a text the file doesn't hold (an intents folder of one's own) is
/// embedded as before; `swift test` fails when the file is not what the intent files and the table give now.
///
/// Format, little-endian: "OHEV0001", the number of vectors and their length (u32 each), the FNV-1a hashes of
/// the texts (u64 each, ascending), then the vectors (f32 each), in the hashes' order.
public struct ExampleVectors: @unchecked Sendable {  // unchecked: it only points at immutable, static bytes
    /// The number of vectors, and their length.
    let count: Int
    let dimensions: Int
    private let hashes: UnsafeRawPointer
    private let values: UnsafePointer<Float>

    /// The vectors compiled into the binary; nil when they can't be read, or are not of the table's length.
    public static let bundled = WordVectors.bundled.flatMap {
        ExampleVectors(bytes: bundledBytes, dimensions: $0.dimensions)
    }

    static var bundledBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: orderhelp_example_vectors(), count: Int(orderhelp_example_vectors_size()))
    }

    static let magic = Array("OHEV0001".utf8)

    /// The vectors in `bytes`, which must be `dimensions` long (the table's: a line's vector is compared with them).
    init?(bytes: UnsafeRawBufferPointer, dimensions expected: Int) {
        guard let base = bytes.baseAddress, bytes.count >= 16, bytes.prefix(8).elementsEqual(Self.magic) else {
            return nil
        }
        func u32(_ at: Int) -> Int {
            Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
        }
        let count = u32(8)
        let dimensions = u32(12)
        let valuesAt = 16 + 8 * count
        guard dimensions == expected, dimensions > 0, count < bytes.count,
            valuesAt + 4 * count * dimensions == bytes.count,
            Int(bitPattern: base + valuesAt) % MemoryLayout<Float>.alignment == 0
        else { return nil }
        self.count = count
        self.dimensions = dimensions
        hashes = base + 16
        values = (base + valuesAt).assumingMemoryBound(to: Float.self)
    }

    /// The vector of `text`, when the file holds it.
    func vector(for text: String) -> UnsafeBufferPointer<Float>? {
        let key = Self.key(text)
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) >> 1
            let hash = UInt64(littleEndian: hashes.loadUnaligned(fromByteOffset: 8 * middle, as: UInt64.self))
            if hash == key { return UnsafeBufferPointer(start: values + middle * dimensions, count: dimensions) }
            if hash < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The file for `texts`, each embedded with `vectors` (a text with no known word has no vector, as
    /// `WordVectors.embed` has none for it).
    public static func table(for texts: [String], vectors: WordVectors) -> [UInt8] {
        var byHash: [UInt64: [Float]] = [:]
        var byText: [UInt64: String] = [:]
        for text in texts {
            guard let vector = vectors.embed(text) else { continue }
            let key = key(text)
            // Two texts with one hash would share a vector; the odds are some 718² in 2⁶⁵, but it costs nothing to know.
            precondition(byText[key, default: text] == text, "\(text) and \(byText[key]!) have the same hash")
            byText[key] = text
            byHash[key] = vector
        }
        let keys = byHash.keys.sorted()
        var bytes = magic
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        put(UInt32(keys.count))
        put(UInt32(vectors.dimensions))
        for key in keys { put(key) }
        for key in keys { for value in byHash[key]! { put(value.bitPattern) } }
        return bytes
    }

    /// FNV-1a of the text's UTF-8 bytes.
    static func key(_ text: String) -> UInt64 { text.utf8.reduce(ScorerFeatures.fnvBasis, ScorerFeatures.mix) }
}
