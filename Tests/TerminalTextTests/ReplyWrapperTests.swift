import Testing

@testable import TerminalText

struct ReplyWrapperTests {
    @Test("a long line breaks at spaces, never inside a word")
    func breaksAtSpaces() {
        let wrapped = ReplyWrapper(width: 20).wrap("sellers who don't answer, returns and disputes.")
        #expect(wrapped == "sellers who don't\nanswer, returns and\ndisputes.")
    }

    @Test("a line that fits, and an empty line, are left alone")
    func shortLinesStay() {
        #expect(ReplyWrapper(width: 20).wrap("short line\n\nanother") == "short line\n\nanother")
        #expect(ReplyWrapper(width: 10).wrap("exactly 10") == "exactly 10")
    }

    @Test("a numbered item hangs under its own text")
    func numberedItemHangs() {
        let wrapped = ReplyWrapper(width: 24).wrap("  3. Ask the seller to approve it through Contact Seller.")
        #expect(wrapped == "  3. Ask the seller to\n     approve it through\n     Contact Seller.")
    }

    @Test("bulleted items hang, with -, * and •", arguments: ["-", "*", "•"])
    func bulletHangs(bullet: String) {
        let wrapped = ReplyWrapper(width: 22).wrap("\(bullet) refuse the parcel when it is delivered")
        #expect(wrapped == "\(bullet) refuse the parcel\n  when it is delivered")
    }

    @Test("an indented paragraph, like the message template, keeps its indent")
    func indentKept() {
        let wrapped = ReplyWrapper(width: 30).wrap("    Hello! I'd be grateful if you could accept my request.")
        #expect(wrapped == "    Hello! I'd be grateful if\n    you could accept my\n    request.")
    }

    @Test("a number that is not a list marker does not hang")
    func plainNumberDoesNotHang() {
        let wrapped = ReplyWrapper(width: 22).wrap("72 hours is how long the seller has")
        #expect(wrapped == "72 hours is how long\nthe seller has")
    }

    @Test("a two-column row, like the command list, hangs under its second column")
    func rowHangsUnderSecondColumn() {
        let wrapped = ReplyWrapper(width: 32).wrap("  /reset      forget the status, payment method and order number")
        #expect(
            wrapped == "  /reset      forget the status,\n              payment method and\n              order number")
        let spaced = ReplyWrapper(width: 32).wrap("  /save FILE   save this conversation as a transcript")
        #expect(spaced == "  /save FILE   save this\n               conversation as a\n               transcript")
    }

    @Test("double spaces far into a sentence are not a column")
    func lateDoubleSpaceIsProse() {
        let wrapped = ReplyWrapper(width: 30).wrap("Cancel it from My Orders now.  Then wait for the seller.")
        #expect(wrapped == "Cancel it from My Orders now.\nThen wait for the seller.")
    }

    @Test("a word wider than the terminal stays whole on its own line")
    func longWordWhole() {
        let wrapped = ReplyWrapper(width: 10).wrap("see https://example.com/a/long/path now")
        #expect(wrapped == "see\nhttps://example.com/a/long/path\nnow")
    }

    @Test("accents, emoji and wide CJK count by the columns they take, not their bytes")
    func displayWidth() {
        #expect(DisplayWidth.of("café") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)  // e + combining acute
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("❤️") == 2)  // heart + variation selector 16
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)  // one ZWJ family
        #expect(DisplayWidth.of("台灯") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth letters
    }

    @Test("a line of accented words wraps at the same place as its plain twin")
    func accentsDoNotShiftTheBreak() {
        let plain = ReplyWrapper(width: 16).wrap("my lampe de chevet arrived broken")
        let accented = ReplyWrapper(width: 16).wrap("my lámpê dé chêvét arrived broken")
        #expect(plain == "my lampe de\nchevet arrived\nbroken")
        #expect(accented == "my lámpê dé\nchêvét arrived\nbroken")
    }

    @Test("wide characters fill two columns each when wrapping")
    func wideCharactersWrapEarlier() {
        #expect(ReplyWrapper(width: 14).wrap("order 台灯台灯 came") == "order 台灯台灯\ncame")
        #expect(ReplyWrapper(width: 13).wrap("order 台灯台灯 came") == "order\n台灯台灯 came")
        #expect(ReplyWrapper(width: 12).wrap("my 😀😀 lamp broke") == "my 😀😀 lamp\nbroke")
        #expect(ReplyWrapper(width: 11).wrap("my 😀😀 lamp broke") == "my 😀😀\nlamp broke")
    }

    @Test("in a very narrow terminal a hanging indent gives way to the text")
    func narrowDropsHang() {
        let wrapped = ReplyWrapper(width: 18).wrap("      - refuse the parcel at the door")
        #expect(wrapped == "      - refuse the\nparcel at the door")
    }
}
