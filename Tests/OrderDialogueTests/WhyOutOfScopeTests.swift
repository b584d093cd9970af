import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// `/why` after an out-of-scope reply names the nearest in-scope intent, its score and the bar it missed.
struct WhyOutOfScopeTests {
    /// The `/why` reply after `line`, which must have been out of scope.
    private func why(after line: String) throws -> String {
        let turns = Fixtures.talk(line, "/why")
        try #require(turns[0].intent == nil, "'\(line)' is no longer out of scope")
        return turns[1].reply
    }

    /// The score on the Nearest line.
    private func score(in reply: String) throws -> Double {
        let line = try #require(reply.split(separator: "\n").first { $0.hasPrefix("Nearest: ") })
        return try #require(Double(line.split(separator: " ")[2]))
    }

    @Test("a miss with one anchor shows the nearest intent under the usual bar of 0.25")
    func oneAnchor() throws {
        let reply = try why(after: "cancel my netflix subscription")
        #expect(reply.contains("\nNearest: cancel_order "), "\(reply)")
        #expect(reply.hasSuffix("(needs 0.25)"), "\(reply)")
        #expect(try score(in: reply) < 0.25)
    }

    @Test("two different anchors lower the bar shown to 0.2")
    func twoAnchors() throws {
        let reply = try why(after: "refund seller weather tomorrow in paris and london please")
        #expect(reply.contains("\nNearest: "), "\(reply)")
        #expect(reply.hasSuffix("(needs 0.2)"), "\(reply)")
        #expect(try score(in: reply) < 0.2)
    }

    @Test("a line with no word about orders says an anchor was missing, whatever its score")
    func noAnchor() throws {
        let reply = try why(after: "where does my salary money go")
        #expect(reply.contains("\nNearest: refund_method "), "\(reply)")
        #expect(reply.hasSuffix("(needs 0.25, and a word about orders such as order, refund or seller)"), "\(reply)")
    }

    @Test("a line that shares no word with any intent has no nearest intent")
    func nothingNear() throws {
        #expect(try why(after: "qwxz").hasSuffix("\nNearest: none (no intent shares a word with it)"))
    }

    @Test("an answered question's /why has no Nearest line")
    func answeredHasNone() {
        let turns = Fixtures.talk("how long does a refund take", "/why")
        #expect(turns[0].intent == "refund_time")
        #expect(!turns[1].reply.contains("Nearest"))
    }

    @Test("the nearest line is about the last answered line, not the commands after it")
    func afterCommands() {
        let turns = Fixtures.talk("cancel my netflix subscription", "/help", "/why")
        #expect(turns[2].reply.contains("\nNearest: cancel_order "), "\(turns[2].reply)")
    }
}
