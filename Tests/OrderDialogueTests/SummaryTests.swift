import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// The compact summary rests on what its lines say, not on everything the full answers say.
struct SummaryTests {
    @Test(
        "each summary's facts are those its lines state, written by hand from the brief lines",
        arguments: [
            // Unpaid: cancel it yourself (F1); awaiting: request it (F2), 72 hours (F4); shipped: no cancel, refuse or
            // return (F9); delivered: return (F10) or dispute (F12). No reason list (F14), no e-mail (F17).
            ("cancel_order", [1, 2, 4, 9, 10, 12]),
            // Unpaid: cancel (F1); awaiting: cancel (F2), 3–20 days (F6); shipped: refuse or return (F9, F10);
            // delivered: return or dispute (F10, F12). No destination (F7), no e-mail (F17).
            ("get_refund", [1, 2, 6, 9, 10, 12]),
        ])
    func summaryFacts(name: String, numbers: [Int]) throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        let summary = try Summary.text(intent, asking: .status, known: SlotValues(), circumstances: [])
        #expect(summary.facts.sorted() == numbers.map(FactID.init))
    }

    @Test("a payment summary gives one line per method, each resting on F7 alone")
    func paymentSummary() throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: "refund_method"))
        let summary = try Summary.text(intent, asking: .payment, known: SlotValues(status: .shipped), circumstances: [])
        let lines = summary.text.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(lines.count == PaymentMethod.allCases.count)
        #expect(summary.facts == [RefundDestination.fact])
    }
}
