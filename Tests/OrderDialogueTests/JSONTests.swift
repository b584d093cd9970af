import Testing

@testable import OrderDialogue

/// The JSON writer's numbers and strings, written out by hand.
struct JSONTests {
    @Test(
        "a number keeps its fraction; a whole one is written without; what JSON can't hold is null",
        arguments: [
            (0.702, "0.702"), (1.0, "1"), (0.0, "0"), (0.5, "0.5"), (Double.nan, "null"), (Double.infinity, "null"),
        ])
    func numbers(value: Double, written: String) {
        #expect(JSON.encode(.number(value)) == written)
    }

    @Test("a string's quotes, backslashes and control characters are escaped")
    func strings() {
        #expect(JSON.encode(.string("a\"b\\c\n\u{1}\u{7F}é")) == #""a\"b\\c\n\u0001\u007fé""#)
    }
}
