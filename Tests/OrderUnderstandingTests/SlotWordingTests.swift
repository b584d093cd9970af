import Testing

@testable import OrderUnderstanding

/// Every wording of the contract's slot table (../shared/CONTRACT.md) and of the status table in POLICY-FACTS.md,
/// each a row with the value written out as the contract spells it.
struct SlotWordingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let slot: String
        let value: String
        var testDescription: String { "\"\(text)\" → \(slot)=\(value)" }
    }

    /// The contract's "heard as, for example" column, word for word.
    static let contract: [Row] = [
        Row(text: "not paid yet", slot: "status", value: "unpaid"),
        Row(text: "awaiting shipment", slot: "status", value: "awaiting_shipment"),
        Row(text: "pending shipping", slot: "status", value: "awaiting_shipment"),
        Row(text: "in transit", slot: "status", value: "shipped"),
        Row(text: "it arrived", slot: "status", value: "delivered"),
        Row(text: "visa", slot: "payment", value: "card"),
        Row(text: "debit card", slot: "payment", value: "card"),
        Row(text: "paypal", slot: "payment", value: "e_wallet"),
        Row(text: "google pay", slot: "payment", value: "e_wallet"),
        Row(text: "wire transfer", slot: "payment", value: "bank_transfer"),
        Row(text: "COD", slot: "payment", value: "cash_on_delivery"),
        Row(text: "order 8123456789012345", slot: "order_number", value: "8123456789012345"),
        Row(text: "#3021554477", slot: "order_number", value: "3021554477"),
    ]

    /// What shoppers call each status (POLICY-FACTS.md), the other payment values, and the same words inside
    /// sentences. "Out for delivery" is still on its way: shipped, not delivered.
    static let policy: [Row] = [
        Row(text: "unpaid", slot: "status", value: "unpaid"),
        Row(text: "awaiting payment", slot: "status", value: "unpaid"),
        Row(text: "payment not confirmed yet", slot: "status", value: "unpaid"),
        // "paid" leaves shipped and delivered open too: the dialogue takes it as awaiting shipment only as an
        // assumption it says aloud (DecisionTests: "i already paid with paypal" answers the awaiting-shipment case).
        Row(text: "not shipped yet", slot: "status", value: "awaiting_shipment"),
        Row(text: "processing", slot: "status", value: "awaiting_shipment"),
        Row(text: "my order says pending shipping, can i cancel", slot: "status", value: "awaiting_shipment"),
        Row(text: "shipped", slot: "status", value: "shipped"),
        Row(text: "it was sent", slot: "status", value: "shipped"),
        Row(text: "on the way", slot: "status", value: "shipped"),
        Row(text: "the seller shipped your order", slot: "status", value: "shipped"),
        Row(text: "out for delivery", slot: "status", value: "shipped"),
        Row(text: "my parcel is out for delivery, can i still cancel", slot: "status", value: "shipped"),
        Row(text: "delivered", slot: "status", value: "delivered"),
        Row(text: "received", slot: "status", value: "delivered"),
        Row(text: "arrived", slot: "status", value: "delivered"),
        Row(text: "got it", slot: "status", value: "delivered"),
        Row(text: "cod", slot: "payment", value: "cash_on_delivery"),
        Row(text: "i paid cod, where does the refund go", slot: "payment", value: "cash_on_delivery"),
        Row(text: "cash on delivery", slot: "payment", value: "cash_on_delivery"),
        Row(text: "western union", slot: "payment", value: "western_union"),
        Row(text: "bank transfer", slot: "payment", value: "bank_transfer"),
        Row(text: "i paid in cash", slot: "payment", value: "cash"),
        Row(text: "mastercard", slot: "payment", value: "card"),
        Row(text: "apple pay", slot: "payment", value: "e_wallet"),
    ]

    @Test("the contract's slot wordings are heard as the contract says", arguments: contract)
    func contractWording(row: Row) {
        #expect(Fixtures.matcher.classify(row.text).slots.value(of: row.slot) == row.value)
    }

    @Test("the policy's status names and the other payment words are heard", arguments: policy)
    func policyWording(row: Row) {
        #expect(Fixtures.matcher.classify(row.text).slots.value(of: row.slot) == row.value)
    }

    /// "I paid …" says the status as well as the payment, so those rows may set both.
    @Test(
        "a wording of one slot sets no other",
        arguments: (contract + policy).filter { !$0.text.split(separator: " ").contains("paid") })
    func nothingElse(row: Row) {
        let slots = Fixtures.matcher.classify(row.text).slots
        for name in SlotValues.names where name != row.slot {
            #expect(slots.value(of: name) == nil, "\(name)=\(slots.value(of: name) ?? "")")
        }
    }

    @Test("the contract's example read from what happened: paid with paypal, the seller still didn't ship")
    func readFromWhatHappened() {
        let slots = Fixtures.matcher.classify("paid with paypal, seller still didn't ship").slots
        #expect(slots.value(of: "payment") == "e_wallet")
        #expect(slots.value(of: "status") == "awaiting_shipment")
    }
}
