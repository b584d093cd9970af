import Foundation
import Testing

@testable import OrderUnderstanding

/// What Python's tokenizer and model2vec gave for one line (Tests/Fixtures/word-vectors-expected.json, written by
/// scripts/distill_word_vectors.py).
struct WordVectorCase: Decodable, CustomTestStringConvertible, Sendable {
    let text: String
    /// Every piece, `[UNK]` included; nil for a line past the 512-token cut.
    let pieces: [String]?
    /// The pieces model2vec averages, after its cuts.
    let used: [String]
    let vector: [Float]?

    var testDescription: String { String(text.prefix(40)).debugDescription }

    static let all: [WordVectorCase] = {
        let url = Fixtures.root.appendingPathComponent("Tests/Fixtures/word-vectors-expected.json")
        struct File: Decodable { let cases: [WordVectorCase] }
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else {
            return []
        }
        return file.cases
    }()
}

struct WordVectorsTests {
    let table = WordVectors.bundled

    @Test("the bundled table checks out: one row per piece of BERT's uncased vocabulary, 256 dimensions")
    func header() throws {
        let table = try #require(table)
        #expect((29_500...29_540).contains(table.rows))
        #expect(table.dimensions == 256)
    }

    @Test("the fixture is there and covers the cases it was written for")
    func fixtureLoads() {
        #expect(WordVectorCase.all.count >= 15)
        #expect(WordVectorCase.all.contains { $0.vector == nil })
        #expect(WordVectorCase.all.contains { $0.pieces == nil })
    }

    @Test("a line is cut into the pieces Python's tokenizer gives", arguments: WordVectorCase.all)
    func piecesMatchPython(_ line: WordVectorCase) throws {
        let table = try #require(table)
        let pieces = table.pieces(line.text)
        if let expected = line.pieces { #expect(pieces == expected) }
        #expect(pieces.filter { $0 != "[UNK]" } == line.used)
    }

    @Test("a line's vector is model2vec's", arguments: WordVectorCase.all)
    func vectorMatchesPython(_ line: WordVectorCase) throws {
        let table = try #require(table)
        let vector = table.embed(line.text)
        guard let expected = line.vector else {
            #expect(vector == nil)
            return
        }
        let mine = try #require(vector)
        #expect(WordVectors.cosine(mine, expected) > 0.995)
        #expect(abs(mine.reduce(0) { $0 + $1 * $1 } - 1) < 1e-4)
    }

    @Test("the example from the issue is cut as BERT cuts it")
    func issueExample() throws {
        let table = try #require(table)
        #expect(
            table.pieces("Hello, I can't find my réfund!! 12345 aliexpress") == [
                "hello", ",", "i", "can", "'", "t", "find", "my", "ref", "##und", "!", "!", "123", "##45",
                "ali", "##ex", "##press",
            ])
    }

    @Test("a line with no known piece has no vector", arguments: ["", "  \t\n ", "😀🙏", "\u{7}\u{200B}"])
    func nothingKnown(_ text: String) throws {
        let table = try #require(table)
        #expect(table.embed(text) == nil)
    }

    @Test("close questions are closer than unrelated ones")
    func similarity() throws {
        let table = try #require(table)
        let cancel = try #require(table.embed("how do I cancel my order"))
        let stop = try #require(table.embed("I want to stop my purchase"))
        let weather = try #require(table.embed("it will rain tomorrow in paris"))
        #expect(WordVectors.cosine(cancel, stop) > WordVectors.cosine(cancel, weather))
    }

    @Test("every piece is found at its own row, so the rows are sorted")
    func everyPieceIsFound() throws {
        let table = try #require(table)
        var misplaced = 0
        for row in 0..<table.rows {
            let piece = Array(table.piece(row).utf8)
            if piece.withUnsafeBufferPointer({ table.row($0.baseAddress!, count: $0.count) }) != Int32(row) {
                misplaced += 1
            }
        }
        #expect(misplaced == 0)
    }

    @Test("the bundled bytes, copied, read as the same table")
    func copyReads() throws {
        let bytes = [UInt8](WordVectors.bundledBytes)
        let copy = try #require(bytes.withUnsafeBytes { WordVectors(bytes: $0) })
        #expect(copy.rows == table?.rows)
    }

    @Test(
        "bytes that are not a table give nil, not a crash",
        arguments: ["magic", "truncated", "reserved", "offsets", "huge"])
    func brokenTable(_ damage: String) throws {
        var bytes = [UInt8](WordVectors.bundledBytes)
        switch damage {
        case "magic": bytes[0] = UInt8(ascii: "X")
        case "truncated": bytes.removeLast()
        case "reserved": bytes[20] = 1
        case "huge": bytes.replaceSubrange(8..<16, with: [UInt8](repeating: 0xFF, count: 8))
        default: bytes[24 + 4 * 10] = 0xFF  // row 10's piece now ends after row 11's starts
        }
        #expect(bytes.withUnsafeBytes { WordVectors(bytes: $0) } == nil)
    }
}

/// The intent examples' vectors made at development time (`Sources/CWordVectors/example-vectors.bin`).
struct ExampleVectorsTests {
    static var examples: [String] { Fixtures.catalog.exampleTexts.flatMap { $0 } }

    @Test("the committed example vectors are those the intent files and the table give now")
    func current() throws {
        let table = try #require(WordVectors.bundled)
        let made = ExampleVectors.table(for: Self.examples, vectors: table)
        // Compared as one Bool: a failed comparison of two large arrays would be rendered as their difference.
        let same = made.elementsEqual(ExampleVectors.bundledBytes)
        #expect(same, "example-vectors.bin is stale: run scripts/train.sh and commit it")
    }

    @Test("an example's vector is its embedding, bit for bit; a text that is no example has none")
    func lookup() throws {
        let table = try #require(WordVectors.bundled)
        let vectors = try #require(ExampleVectors.bundled)
        #expect(vectors.count > 500 && vectors.dimensions == 256)
        for text in Self.examples.prefix(40) {
            let stored = try #require(vectors.vector(for: text), "\(text)")
            #expect(Array(stored) == table.embed(text), "\(text)")
        }
        #expect(vectors.vector(for: "what is the capital of mongolia") == nil)
    }

    @Test("bytes not in the format, or vectors of another length than the table's, read as no vectors")
    func malformed() throws {
        let table = try #require(WordVectors.bundled)
        let good = ExampleVectors.table(for: ["how do i cancel"], vectors: table)
        func read(_ bytes: [UInt8], dimensions: Int = 256) -> ExampleVectors? {
            bytes.withUnsafeBytes { ExampleVectors(bytes: $0, dimensions: dimensions) }
        }
        #expect(read(good)?.count == 1)
        var wrongMagic = good
        wrongMagic[0] = 0x58
        #expect(read(wrongMagic) == nil)
        #expect(read(Array(good.dropLast(4))) == nil)
        #expect(read(good + [0, 0, 0, 0]) == nil)
        // A table distilled again at another length: its lines can't be compared with these vectors.
        #expect(read(good, dimensions: 128) == nil)
    }

    @Test("a text with no word the table knows has no vector, as it has no embedding")
    func unknownWords() throws {
        let table = try #require(WordVectors.bundled)
        #expect(table.embed("ⱥⱦⱡ") == nil)
        let bytes = ExampleVectors.table(for: ["ⱥⱦⱡ", "how do i cancel"], vectors: table)
        // The vectors point into the bytes, so they are read while the bytes are lent.
        let found = bytes.withUnsafeBytes { bytes in
            ExampleVectors(bytes: bytes, dimensions: 256).map { ($0.count, $0.vector(for: "ⱥⱦⱡ") == nil) }
        }
        #expect(found?.0 == 1)
        #expect(found?.1 == true)
    }
}
