import Foundation
import TestSupport
import Testing

/// `orderhelp replay` as the contract describes it: `<` lines are the whole reply, every marker fails at its own
/// `file:line` when it should (and only then), `--update` rewrites each turn's own `<` lines, and `/save` writes
/// a transcript holding the exact replies that replays green. Replies are taken from `chat --json`, not written here.
@Suite(.serialized)
struct ReplayContractTests {
    static let today = "2026-11-27"

    /// The replies `chat --json` gives to `lines`, one per line, as a fresh conversation on `today`.
    static func replies(_ lines: [String]) throws -> [String] {
        let result = try BinaryRunner.run(
            ["chat", "--json", "--today", today],
            input: Data((lines.joined(separator: "\n") + "\n").utf8))
        return try result.lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["reply"] as? String)
        }
    }

    /// `reply` as `<` lines.
    static func replyLines(_ reply: String) -> [String] {
        reply.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "<" : "< \($0)" }
    }

    /// Writes each transcript (name → text) to its own file, replays them all at once, and returns the output
    /// lines that belong to each file, with the summary line and exit status.
    static func replayAll(
        _ files: [String: String]
    ) throws -> (byFile: [String: [String]], summary: String?, status: Int32) {
        let folder = try Scratch.folder("replay", holding: files.mapValues { $0 })
        let paths = files.keys.sorted().map { folder + "/" + $0 }
        let result = try BinaryRunner.run(["replay"] + paths)
        var byFile: [String: [String]] = [:]
        for name in files.keys {
            byFile[name] = result.lines.filter { $0.hasPrefix(folder + "/" + name + ":") }
                .map { String($0.dropFirst(folder.count + 1)) }
        }
        return (byFile, result.lines.last, result.status)
    }

    @Test("exact reply lines: the whole reply passes; a missing, extra or changed line each fails at the first < line")
    func multiLineReplies() throws {
        let reply = try #require(try Self.replies(["how do I cancel my order?"]).first)
        let lines = Self.replyLines(reply)
        try #require(lines.count >= 3, "the status question should list the statuses: \(reply)")
        let head = "# a comment\n@today \(Self.today)\n> how do I cancel my order?\n? cancel_order\n"
        func file(_ replyLines: [String]) -> String { head + replyLines.joined(separator: "\n") + "\n" }
        var changed = lines
        changed[2] += " (changed)"
        let files: [String: String] = [
            "exact.txt": file(lines),
            "trailing-spaces.txt": file(lines.map { $0 + "   " }),
            "missing-last.txt": file(Array(lines.dropLast())),
            "missing-middle.txt": file([lines[0]] + Array(lines.dropFirst(2))),
            "extra.txt": file(lines + ["< one line more"]),
            "changed.txt": file(changed),
            "only-first.txt": file([lines[0]]),
        ]
        let outcome = try Self.replayAll(files)
        #expect(outcome.byFile["exact.txt"] == [], "\(outcome.byFile)")
        #expect(outcome.byFile["trailing-spaces.txt"] == [], "\(outcome.byFile)")
        for name in ["missing-last.txt", "missing-middle.txt", "extra.txt", "changed.txt", "only-first.txt"] {
            let reported = outcome.byFile[name] ?? []
            #expect(reported.first?.hasPrefix("\(name):5: ") == true, "\(name): \(reported)")
            #expect(reported.filter { $0.hasPrefix(name + ":") }.count == 1, "\(name): \(reported)")
        }
        #expect(outcome.summary == "2 passed, 5 failed")
        #expect(outcome.status == 1)
    }

    /// One turn, and for each marker a line that holds and a line that does not.
    static let turn = "> my order already shipped, how do i cancel it"
    static let markers: [(id: String, holds: String, fails: String)] = [
        ("? intent", "? cancel_order", "? refund_time"),
        ("? either intent", "? refund_time|cancel_order", "? refund_time|return_item"),
        ("~ contains, any case", "~ CANCEL", "~ zebra crossing"),
        ("!~ lacks", "!~ zebra crossing", "!~ cancel"),
        ("= slot value", "= status shipped", "= status delivered"),
        ("= slot unset when set", "= payment -", "= status -"),
        ("= slot set when unset", "= status shipped", "= payment card"),
        ("+ fact", "+ F9", "+ F6"),
    ]

    @Test("every marker passes when it holds and fails at its own file:line when it does not")
    func markersFailAtTheirLine() throws {
        var files: [String: String] = [:]
        for (index, row) in Self.markers.enumerated() {
            // The failing check sits on line 5, between two that hold, so a report at any other line is wrong.
            files["m\(index)-holds.txt"] =
                "@today \(Self.today)\n\(Self.turn)\n\(row.holds)\n\(row.holds)\n\(row.holds)\n"
            files["m\(index)-fails.txt"] =
                "@today \(Self.today)\n\(Self.turn)\n\(row.holds)\n\n\(row.fails)\n\(row.holds)\n"
        }
        let outcome = try Self.replayAll(files)
        for (index, row) in Self.markers.enumerated() {
            #expect(
                outcome.byFile["m\(index)-holds.txt"] == [], "\(row.id): \(outcome.byFile["m\(index)-holds.txt"] ?? [])"
            )
            let reported = outcome.byFile["m\(index)-fails.txt"] ?? []
            #expect(reported.count == 1 && reported[0].hasPrefix("m\(index)-fails.txt:5: "), "\(row.id): \(reported)")
        }
        #expect(outcome.summary == "\(Self.markers.count) passed, \(Self.markers.count) failed")
    }

    @Test("= slot - holds only while the slot is unset, across turns and after /reset")
    func unsetSlot() throws {
        let files = [
            "fresh.txt": "> hello\n= status -\n= payment -\n= order_number -\n",
            "after-reset.txt": "> paid by visa, it's shipped\n= payment card\n> /reset\n= payment -\n= status -\n",
            "still-set.txt": "> paid by visa, it's shipped\n> thanks\n= status -\n",
            "number-set.txt": "> order 8123456789012345 hasn't shipped, can i cancel\n= order_number -\n",
        ]
        let outcome = try Self.replayAll(files)
        #expect(outcome.byFile["fresh.txt"] == [])
        #expect(outcome.byFile["after-reset.txt"] == [])
        #expect(outcome.byFile["still-set.txt"]?.first?.hasPrefix("still-set.txt:3: ") == true, "\(outcome.byFile)")
        #expect(outcome.byFile["number-set.txt"]?.first?.hasPrefix("number-set.txt:2: ") == true, "\(outcome.byFile)")
    }

    @Test("--update on a multi-turn file rewrites each turn's own < lines and leaves every other line as it was")
    func updateMultiTurn() throws {
        let inputs = ["how do I cancel my order?", "it's shipped", "thanks", "where does my refund go"]
        let replies = try Self.replies(inputs)
        try #require(replies.count == inputs.count)
        // Turn 1 has too few lines, turn 2 one wrong line, turn 3 none (it stays without), turn 4 too many.
        let original = [
            "# update me", "@today \(Self.today)", "",
            "> \(inputs[0])", "< stale first line", "? cancel_order", "",
            "> \(inputs[1])", "# a comment inside a turn", "< stale", "= status shipped", "+ F9",
            "> \(inputs[2])", "~ welcome",
            "> \(inputs[3])", "< a", "<", "< c", "< d", "? refund_method", "# the end",
        ]
        let expected =
            [
                "# update me", "@today \(Self.today)", "",
                "> \(inputs[0])",
            ] + Self.replyLines(replies[0]) + [
                "? cancel_order", "",
                "> \(inputs[1])", "# a comment inside a turn",
            ] + Self.replyLines(replies[1]) + [
                "= status shipped", "+ F9",
                "> \(inputs[2])", "~ welcome",
                "> \(inputs[3])",
            ] + Self.replyLines(replies[3]) + ["? refund_method", "# the end"]
        let folder = try Scratch.folder("update", holding: ["multi.txt": original.joined(separator: "\n") + "\n"])
        let path = folder + "/multi.txt"
        let update = try BinaryRunner.run(["replay", "--update", path])
        #expect(update.status == 0, "\(update.stdout)")
        #expect(update.stdout.contains("\(path): wording only"))
        let updated = try String(contentsOfFile: path, encoding: .utf8)
        #expect(updated == expected.joined(separator: "\n") + "\n", "\(updated)")
        let replay = try BinaryRunner.run(["replay", path])
        #expect(replay.status == 0, "\(replay.stdout)")
        #expect(replay.lines.last == "1 passed, 0 failed")
    }

    @Test("/save writes the exact reply lines of each turn, and the file replays green")
    func saveHoldsExactReplies() throws {
        let inputs = [
            "how do i cancel", "banana", "3", "paid by visa", "where does my refund go", "refund", "3",
            "which cancellation reason should i pick", "thanks",
        ]
        let replies = try Self.replies(inputs)
        try #require(replies.count == inputs.count)
        let path = Scratch.path("saved") + ".txt"
        let chat = try BinaryRunner.run(
            ["--today", Self.today],
            input: Data(((inputs + ["/save \(path)"]).joined(separator: "\n") + "\n").utf8))
        #expect(chat.stdout.contains("Saved \(inputs.count) turns"), "\(chat.stdout)")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        // The saved turns: each `>` line with the `<` lines after it.
        var turns: [(input: String, reply: [String])] = []
        for line in saved.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("> ") {
                turns.append((String(line.dropFirst(2)), []))
            } else if line.hasPrefix("<"), !turns.isEmpty {
                turns[turns.count - 1].reply.append(line)
            }
        }
        #expect(turns.map(\.input) == inputs)
        for (index, turn) in turns.enumerated() where index < replies.count {
            #expect(turn.reply == Self.replyLines(replies[index]), "turn \(index + 1): \(turn.reply)")
        }
        let replay = try BinaryRunner.run(["replay", path])
        #expect(replay.status == 0, "\(replay.stdout)")
        #expect(replay.lines.last == "1 passed, 0 failed")
    }
}
