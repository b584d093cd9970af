import Foundation
import TestSupport
import Testing

/// Replies at a terminal wrap at word boundaries to its width, list items hanging; piped replies are as written.
@Suite(.serialized)
struct WrappingTests {
    let home: String

    init() throws {
        home = Scratch.path("wrap-home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    static let banner =
        "Ask me about cancelling an AliExpress order, refunds or a silent seller. /help lists commands, Ctrl-D quits."

    /// Questions whose replies have long prose, long numbered items, bullets and the indented message template.
    static let questions = [
        "hello", "how do i cancel my order", "awaiting shipment", "what should i write to the seller",
        "it shipped, can i cancel it",
    ]

    @Test(
        "at 40 and 80 columns no reply line splits a word or runs past the edge, and list items hang",
        arguments: [40, 80])
    func wrapsToWidth(columns: Int) throws {
        let expected = try Self.replies(to: Self.questions)

        let terminal = try PseudoTerminal(["--no-history"], environment: ["HOME": home], columns: UInt16(columns))
        #expect(terminal.expect("you> "), "\(terminal.screen)")
        Self.check(
            lines(terminal.screen[..<terminal.screen.range(of: "you> ")!.lowerBound]), against: Self.banner,
            columns: columns)
        var hung = 0
        for (question, reply) in zip(Self.questions, expected) {
            let mark = terminal.mark
            #expect(terminal.ask(question, expecting: String(reply.split(separator: " ").last!)), "\(terminal.screen)")
            hung += Self.check(replyLines(terminal.screen[mark...], after: question), against: reply, columns: columns)
        }
        #expect(hung > 0, "no list item was long enough to hang")
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("after the terminal is resized, the next reply wraps to the new width")
    func resizedMidSession() throws {
        let greeting = try Self.replies(to: ["hello"])[0]
        #expect(greeting.count > 60, "the greeting must be long enough to show the difference")
        let terminal = try PseudoTerminal(["--no-history"], environment: ["HOME": home], columns: 80)
        #expect(terminal.expect("you> "))
        var mark = terminal.mark
        #expect(terminal.ask("hello", expecting: "to know?"))
        let wide = replyLines(terminal.screen[mark...], after: "hello")
        Self.check(wide, against: greeting, columns: 80)
        #expect(wide.contains { $0.count > 40 }, "\(wide)")

        terminal.resize(columns: 40)
        mark = terminal.mark
        #expect(terminal.ask("hello", expecting: "to know?"))
        let narrow = replyLines(terminal.screen[mark...], after: "hello")
        Self.check(narrow, against: greeting, columns: 40)
        #expect(narrow.count > wide.count)
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("--json at a narrow terminal keeps each reply as written")
    func jsonIsNotWrapped() throws {
        let greeting = try Self.replies(to: ["hello"])[0]
        let terminal = try PseudoTerminal(["--json"], environment: ["HOME": home], columns: 40)
        terminal.type("hello\r")
        #expect(terminal.expect("\"facts\""), "\(terminal.screen)")
        let line = try #require(terminal.screen.split(whereSeparator: \.isNewline).first { $0.hasPrefix("{") })
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["reply"] as? String == greeting)
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("piped output gets no added line breaks, however long the line")
    func pipedIsNotWrapped() throws {
        let result = try BinaryRunner.run(["--no-history"], input: "hello\n")
        let line = try #require(result.lines.first)
        #expect(line.hasPrefix("Hello! I can help with your AliExpress order"))
        #expect(line.hasSuffix("What would you like to know?"))
    }

    /// The replies to `questions` as the assistant wrote them, from JSON mode.
    static func replies(to questions: [String]) throws -> [String] {
        let result = try BinaryRunner.run(["--json"], input: questions.joined(separator: "\n") + "\n")
        let replies = try result.lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["reply"] as? String)
        }
        #expect(replies.count == questions.count)
        return replies
    }

    /// The screen's lines, without the carriage returns the terminal adds.
    private func lines(_ text: Substring) -> [String] {
        text.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    /// The reply's lines on the screen: after the echoed `question`, up to the next prompt.
    private func replyLines(_ screen: Substring, after question: String) -> [String] {
        let start = screen.range(of: question)?.upperBound ?? screen.startIndex
        let end = screen.range(of: "you> ", range: start..<screen.endIndex)?.lowerBound ?? screen.endIndex
        var result = lines(screen[start..<end]).drop { $0.isEmpty }
        while result.last?.isEmpty == true { result.removeLast() }
        return Array(result)
    }

    /// Checks that `shown` is `text` broken only at spaces, no line wider than `columns`, each broken item
    /// continuing under its own text. Returns how many continuation lines hang under a list marker.
    @discardableResult
    static func check(
        _ shown: [String], against text: String, columns: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int {
        var hung = 0
        for line in shown {
            #expect(line.count <= columns, "wider than \(columns): \(line)", sourceLocation: sourceLocation)
        }
        var rest = shown[...]
        for original in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = original.split(separator: " ")
            var seen: [Substring] = []
            var first = true
            repeat {
                guard let line = rest.popFirst() else {
                    Issue.record("the screen ends before \(original)", sourceLocation: sourceLocation)
                    return hung
                }
                if !first {
                    let hang = hangingIndent(of: original)
                    #expect(
                        line.hasPrefix(String(repeating: " ", count: hang)) && line.dropFirst(hang).first != " ",
                        "'\(line)' does not hang under '\(original)'", sourceLocation: sourceLocation)
                    if hang > original.prefix(while: { $0 == " " }).count { hung += 1 }
                }
                seen += line.split(separator: " ")
                first = false
            } while seen.count < words.count
            #expect(seen == words, "split differently: \(original)", sourceLocation: sourceLocation)
        }
        return hung
    }

    /// Where a line's text starts after its indent and list marker ("  3. ", "- "): its continuations start there.
    static func hangingIndent(of line: Substring) -> Int {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        if let match = rest.firstMatch(of: /^(\d{1,3}[.)]|[-*•]) +/) { return indent + match.output.0.count }
        return indent
    }
}
