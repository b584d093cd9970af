/// A piece of an answer's text: words as written, a `{placeholder}`, or a brace that does not pair. The one place
/// that reads braces: the loader's checks, the placeholder list and the renderer all cut a text with `pieces(of:)`.
public enum TextPiece: Equatable, Sendable {
    case text(String)
    /// The name written between the braces.
    case placeholder(String)
    /// A `{` inside another, a `}` with none open, or a `{` never closed (written with what follows it).
    case strayBrace(String)

    /// `text` cut at its braces, up to and including the first stray brace.
    public static func pieces(of text: String) -> [TextPiece] {
        // Read byte by byte: the braces are ASCII, and walking Characters cost a tenth of the program's start.
        let bytes = Array(text.utf8)
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var pieces: [TextPiece] = []
        var start = 0
        var open: Int?
        for (i, byte) in bytes.enumerated() where byte == 0x7B || byte == 0x7D {
            if open == nil, start < i { pieces.append(.text(string(start..<i))) }
            if byte == 0x7B {
                guard open == nil else { return pieces + [.strayBrace("{")] }
                open = i
            } else {
                guard let opened = open else { return pieces + [.strayBrace("}")] }
                pieces.append(.placeholder(string(opened + 1..<i)))
                open = nil
            }
            start = i + 1
        }
        if let opened = open { return pieces + [.strayBrace(string(opened..<bytes.count))] }
        if start < bytes.count { pieces.append(.text(string(start..<bytes.count))) }
        return pieces
    }
}
