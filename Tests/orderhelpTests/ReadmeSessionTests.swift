import Foundation
import Testing

/// The README's example sessions, replayed: a README that drifts from what the binary says fails here.
///
/// A session is a fenced block with `you>` lines, preceded by `<!-- replay: ARGUMENTS -->` (the arguments
/// `chat --json` gets, e.g. `--today 2026-11-27`). Each line after a `you>` line is a line of its reply, in order:
/// it must be the reply's next line exactly, except that a line ending in `…` stands for a line that starts so
/// (a note in parentheses after the `…` is the reader's, not the reply's) and lets the reply run on until the
/// README's next line matches; a line that is only `…` lets it run on too. A `$ ` line is the command typed.
struct ReadmeSessionTests {
    struct Session: Sendable, CustomTestStringConvertible {
        let line: Int
        let arguments: [String]
        let turns: [(said: String, reply: [String])]
        var testDescription: String { "README.md:\(line)" }
    }

    static func sessions(in text: String) -> (sessions: [Session], unmarked: [Int]) {
        let lines = text.components(separatedBy: "\n")
        var sessions: [Session] = []
        var unmarked: [Int] = []
        var i = 0
        while i < lines.count {
            guard lines[i].hasPrefix("```") else {
                i += 1
                continue
            }
            let start = i
            var end = i + 1
            while end < lines.count, !lines[end].hasPrefix("```") { end += 1 }
            let body = Array(lines[(start + 1)..<min(end, lines.count)])
            if body.contains(where: { $0.hasPrefix("you> ") }) {
                let marker = lines[..<start].last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
                if marker.hasPrefix("<!-- replay:"), marker.hasSuffix("-->") {
                    let arguments = marker.dropFirst("<!-- replay:".count).dropLast(3)
                        .split(separator: " ").map(String.init)
                    var turns: [(said: String, reply: [String])] = []
                    for line in body where !line.hasPrefix("$ ") {
                        if line.hasPrefix("you> ") {
                            turns.append((String(line.dropFirst(5)), []))
                        } else if !turns.isEmpty {
                            turns[turns.count - 1].reply.append(line)
                        }
                    }
                    sessions.append(Session(line: start + 1, arguments: arguments, turns: turns))
                } else {
                    unmarked.append(start + 1)
                }
            }
            i = end + 1
        }
        return (sessions, unmarked)
    }

    static let readme =
        (try? String(contentsOf: BinaryRunner.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// Nil when `reply` has the README's `lines`; else what differs.
    static func mismatch(_ lines: [String], reply: [String]) -> String? {
        var at = 0
        var mayRunOn = false
        for expected in lines {
            let shown = expected.replacingOccurrences(
                of: #"…\s*\([^()]*\)\s*$"#, with: "…", options: .regularExpression)
            if shown.trimmingCharacters(in: .whitespaces) == "…" {
                mayRunOn = true
                continue
            }
            let prefix = shown.hasSuffix("…") ? String(shown.dropLast()).trimmingCharacters(in: .whitespaces) : nil
            func matches(_ line: String) -> Bool { prefix.map { line.hasPrefix($0) } ?? (line == shown) }
            if mayRunOn {
                guard let found = reply[at...].firstIndex(where: matches) else {
                    return
                        "no reply line \(prefix.map { "starts \"\($0)\"" } ?? "is \"\(shown)\"") after line \(at + 1)"
                }
                at = found
            } else {
                guard at < reply.count, matches(reply[at]) else {
                    return
                        "line \(at + 1) is \"\(at < reply.count ? reply[at] : "(the end)")\", the README has \"\(shown)\""
                }
            }
            at += 1
            mayRunOn = prefix != nil
        }
        if !mayRunOn, at < reply.count { return "the reply goes on: \"\(reply[at])\"" }
        return nil
    }

    @Test("every example session in the README is marked for replay")
    func marked() {
        let found = Self.sessions(in: Self.readme)
        #expect(found.unmarked.isEmpty, "sessions without <!-- replay: … --> at README.md lines \(found.unmarked)")
        #expect(found.sessions.count >= 2)
    }

    @Test("the README's example sessions are what the binary says", arguments: sessions(in: readme).sessions)
    func replay(session: Session) throws {
        let input = session.turns.map { $0.said + "\n" }.joined()
        let result = try BinaryRunner.run(["chat", "--json"] + session.arguments, input: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let replies = try result.lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return ((object?["reply"] as? String) ?? "").components(separatedBy: "\n")
        }
        try #require(replies.count == session.turns.count)
        for (turn, reply) in zip(session.turns, replies) {
            if let difference = Self.mismatch(turn.reply, reply: reply) {
                Issue.record("README.md:\(session.line), after \"you> \(turn.said)\": \(difference)")
            }
        }
    }

    @Test("every link of the README to a file of the project finds it (docs/ holds the maintainers' material)")
    func links() throws {
        let targets = try Regex(#"\]\(([^)#:]+)\)"#)
        let paths = Self.readme.matches(of: targets).map { String($0.output[1].substring ?? "") }
        #expect(paths.contains("docs/measuring.md"))
        for path in paths {
            #expect(
                FileManager.default.fileExists(atPath: BinaryRunner.root.appendingPathComponent(path).path),
                "README links to \(path), which does not exist")
        }
    }

    @Test("the comparison: exact lines, `…` for the rest of a line or for lines left out, and nothing more")
    func comparison() {
        let reply = ["First line of it.", "  1. one", "  2. two", "", "Second part, which goes on."]
        #expect(Self.mismatch(reply, reply: reply) == nil)
        #expect(Self.mismatch(["First line …", "…", "Second part, …"], reply: reply) == nil)
        #expect(Self.mismatch(["First line …   (a note)", "", "Second …"], reply: reply) == nil)
        #expect(Self.mismatch(["First line of it.", "  1. one"], reply: reply) != nil)  // it goes on
        #expect(Self.mismatch(["First line of it.", "  2. two", "…"], reply: reply) != nil)  // a line left out
        #expect(Self.mismatch(["First line of it!", "…"], reply: reply) != nil)
        #expect(Self.mismatch(["First …", "Third …"], reply: reply) != nil)
    }
}
