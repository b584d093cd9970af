import Testing

@testable import OrderUnderstanding

/// An answer's text cut at its braces, the one reading the loader, the placeholder list and the renderer share.
struct TextPieceTests {
    @Test(
        "text and placeholders alternate as written",
        arguments: [
            ("Wait {days} days.", [TextPiece.text("Wait "), .placeholder("days"), .text(" days.")]),
            ("{a}{b}", [.placeholder("a"), .placeholder("b")]),
            ("no braces — none", [.text("no braces — none")]),
            ("", []),
            ("café {x}", [.text("café "), .placeholder("x")]),
        ])
    func pieces(text: String, expected: [TextPiece]) {
        #expect(TextPiece.pieces(of: text) == expected)
    }

    @Test(
        "reading stops at the first brace that does not pair",
        arguments: [
            ("a {b {c}", [TextPiece.text("a "), .strayBrace("{")]),
            ("a } b", [.text("a "), .strayBrace("}")]),
            ("a {never closed", [.text("a "), .strayBrace("{never closed")]),
        ])
    func strayBraces(text: String, expected: [TextPiece]) {
        #expect(TextPiece.pieces(of: text) == expected)
        #expect(!IntentFileReader.bracesPair(text))
    }
}
