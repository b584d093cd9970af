import Foundation
import Testing

/// `orderhelp check` on an answer that uses a placeholder whose fact its `facts:` leaves out.
struct CheckFactsTests {
    @Test("check reports each placeholder fact missing from an answer as file:line and exits 2")
    func checkFlagsMissingPlaceholderFact() throws {
        let folder = BinaryRunner.root.appendingPathComponent("Tests/Fixtures/missing-placeholder-fact").path
        let result = try BinaryRunner.run(["check", "--intents", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("refund_wait.yaml:7: the answer uses {refund_window}, which comes from F6"))
        #expect(result.stderr.contains("refund_wait.yaml:7: the answer uses {refund_route}, which comes from F7"))
    }

    @Test("check reports each listed fact the text fills no placeholder for, answer and brief line, and exits 2")
    func checkFlagsUnstatedFact() throws {
        let folder = BinaryRunner.root.appendingPathComponent("Tests/Fixtures/unstated-placeholder-fact").path
        let result = try BinaryRunner.run(["check", "--intents", folder])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "refund_where.yaml:9: `facts:` lists F7, but the answer fills none of {refund_destination}, {refund_route}"
            ))
        #expect(
            result.stderr.contains(
                "refund_where.yaml:11: `brief_facts:` lists F4, but the brief line fills none of {seller_response_window}"
            ))
    }
}
