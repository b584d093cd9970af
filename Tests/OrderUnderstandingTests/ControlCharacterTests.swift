import Testing

@testable import OrderUnderstanding

/// The one sanitiser for text echoed to the terminal: the chat's replies and errors, and /why's quotes.
struct ControlCharacterTests {
    @Test(
        "control characters become U+FFFD; layout is kept only when asked",
        arguments: [
            ("plain café", false, "plain café"),
            ("esc\u{1B}[2J", false, "esc\u{FFFD}[2J"),
            ("del\u{7F} c1\u{9B}", false, "del\u{FFFD} c1\u{FFFD}"),
            ("a\nb\tc", false, "a\u{FFFD}b\u{FFFD}c"),
            ("a\nb\tc", true, "a\nb\tc"),
            ("a\r\n", true, "a\u{FFFD}\n"),
            ("nbsp\u{A0}", false, "nbsp\u{A0}"),
        ])
    func replaced(text: String, keepingLayout: Bool, expected: String) {
        #expect(text.replacingControlCharacters(keepingLayout: keepingLayout) == expected)
    }

    @Test(
        "scores are shown to three decimals", arguments: [(0.5414, 0.541), (0.6465, 0.647), (1.0, 1.0), (0.0004, 0.0)])
    func rounded(score: Double, expected: Double) {
        #expect(Classification.rounded(score) == expected)
    }
}
