import Foundation
import Glibc
import TestSupport
import Testing

/// `eval` with nothing to measure: "n/a", and a bar on it fails saying why.
@Suite(.serialized)
struct EvalBarTests {
    private func file(_ text: String) throws -> String {
        let path = Scratch.path("evalbartests") + ".tsv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("eval with no in-scope lines says n/a, and a bar on accuracy fails saying why")
    func evalWithNothingInScope() throws {
        let path = try file("cancel my netflix\tnone\nwhat's the weather\tnone\n")
        let text = try BinaryRunner.run(["eval", path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("in-scope accuracy: n/a (0/0)"), "\(text.stdout)")
        #expect(text.stdout.contains("false rejects: n/a (0/0)"))
        #expect(text.stdout.contains("false accepts: 0.0% (0/2)"))
        let json = try BinaryRunner.run(["eval", "--json", path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["accuracy"] is NSNull)
        let gated = try BinaryRunner.run(["eval", "--min-accuracy", "0.95", path])
        #expect(gated.status == 1)
        #expect(gated.stderr.contains("--min-accuracy has nothing to measure: the files have no in-scope lines"))
    }

    @Test("eval with no out-of-scope lines fails a bar on false accepts")
    func evalWithNoNegatives() throws {
        let path = try file("how do i cancel my order\tcancel_order\n")
        let text = try BinaryRunner.run(["eval", path])
        #expect(text.stdout.contains("false accepts: n/a (0/0)"), "\(text.stdout)")
        let gated = try BinaryRunner.run(["eval", "--max-false-accepts", "0.05", path])
        #expect(gated.status == 1)
        #expect(gated.stderr.contains("--max-false-accepts has nothing to measure"))
    }
}
