import Testing

@testable import OrderPolicy

/// The fact summaries `/why` shows say what POLICY-FACTS.md says, including the parts that are easy to drop.
struct PolicyFactSummaryTests {
    static let rows: [(fact: Int, says: [String])] = [
        (1, ["My Orders", "(and any refund)", "e-mail"]),
        (6, ["approves", "3–20 business days", "payment method and bank"]),
        (
            7,
            [
                "Every refund", "cancellation, a return or a dispute", "original payment method", "cash",
                "Western Union", "bank transfer", "Alipay", "cash-on-delivery", "voucher",
            ]
        ),
        (10, ["My Orders", "to the original payment method", "warehouse"]),
        (12, ["Open Dispute", "not received", "damaged", "not as described", "refuses"]),
        (13, ["(only before shipment)", "return", "dispute"]),
        (14, ["Common cancellation reasons", "include"]),
    ]

    @Test("each summary keeps what the fact says", arguments: rows.map(\.fact))
    func summariesKeepTheFact(number: Int) throws {
        let row = try #require(Self.rows.first { $0.fact == number })
        let summary = PolicyFacts.fact(FactID(number)).summary
        for words in row.says { #expect(summary.contains(words), "F\(number) lacks '\(words)'") }
    }

    @Test("the reasons of F14 are not presented as a complete list")
    func reasonsAreExamples() {
        #expect(!PolicyFacts.fact(FactID(14)).summary.hasPrefix("The cancellation reasons"))
    }
}
