/// A short, line-by-line account of how a reply differs from the expected lines.
enum ReplyDiff {
    /// "expected … / got …" with the first differing line of each side and a marked diff.
    static func describe(expected: [String], got: [String]) -> String {
        var lines = ["reply differs"]
        let common = zip(expected, got).prefix { $0 == $1 }.count
        let firstExpected = expected.indices.contains(common) ? expected[common] : "(end of reply)"
        let firstGot = got.indices.contains(common) ? got[common] : "(end of reply)"
        lines[0] += " at reply line \(common + 1): expected \"\(firstExpected)\" / got \"\(firstGot)\""
        for line in expected.dropFirst(common).prefix(6) { lines.append("    - \(line)") }
        for line in got.dropFirst(common).prefix(6) { lines.append("    + \(line)") }
        return lines.joined(separator: "\n")
    }

    /// The start of a long reply, on one line.
    static func excerpt(_ reply: String) -> String {
        let flat = reply.split(separator: "\n").joined(separator: " / ")
        return flat.count > 120 ? String(flat.prefix(117)) + "..." : flat
    }
}
