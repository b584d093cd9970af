import OrderPolicy
import Testing

@testable import OrderUnderstanding

struct SlotExtractorTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let status: OrderStatus?
        let payment: PaymentMethod?
        var orderNumber: String? = nil
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "it's not paid yet", status: .unpaid, payment: nil),
        Row(text: "awaiting payment", status: .unpaid, payment: nil),
        Row(text: "the payment is not confirmed", status: .unpaid, payment: nil),
        Row(text: "i haven't paid", status: .unpaid, payment: nil),
        Row(text: "status says awaiting shipment", status: .awaitingShipment, payment: nil),
        Row(text: "pending shipping", status: .awaitingShipment, payment: nil),
        Row(text: "the seller has not shipped it yet", status: .awaitingShipment, payment: nil),
        Row(text: "it hasn't been sent", status: .awaitingShipment, payment: nil),
        // Paid alone leaves the status open; the dialogue assumes awaiting shipment only where it matters, aloud.
        Row(text: "i paid but nothing happened", status: nil, payment: nil),
        Row(text: "already shipped", status: .shipped, payment: nil),
        Row(text: "it's on the way", status: .shipped, payment: nil),
        Row(text: "in transit since monday", status: .shipped, payment: nil),
        Row(text: "it arrived today", status: .delivered, payment: nil),
        Row(text: "i received the parcel", status: .delivered, payment: nil),
        Row(text: "got it yesterday", status: .delivered, payment: nil),
        Row(text: "it was shipped but not delivered", status: .shipped, payment: nil),
        Row(text: "it never arrived", status: nil, payment: nil),
        Row(text: "i received a refund email", status: nil, payment: nil),
        Row(text: "i sent the seller a message", status: nil, payment: nil),
        Row(text: "i already sent the money", status: nil, payment: nil),
        Row(text: "the seller has sent the parcel", status: .shipped, payment: nil),
        Row(text: "the seller says my refund is on its way", status: nil, payment: nil),
        Row(text: "my refund has not been sent", status: nil, payment: nil),
        Row(text: "can i get a refund after it shipped", status: .shipped, payment: nil),
        Row(
            text: "the refund was sent but my order is still pending shipment", status: .awaitingShipment, payment: nil),
        Row(text: "how long can the seller take to ship", status: nil, payment: nil),
        Row(text: "cash on delivery", status: nil, payment: .cashOnDelivery),
        Row(text: "i paid by visa", status: nil, payment: .card),
        Row(text: "paid with my debit card", status: nil, payment: .card),
        Row(text: "google pay", status: nil, payment: .eWallet),
        Row(text: "paypal", status: nil, payment: .eWallet),
        Row(text: "a wire transfer", status: nil, payment: .bankTransfer),
        Row(text: "western union", status: nil, payment: .westernUnion),
        Row(text: "i paid in cash", status: nil, payment: .cash),
        Row(text: "order 8123456789012345", status: nil, payment: nil, orderNumber: "8123456789012345"),
        Row(text: "#3021554477 is shipped", status: .shipped, payment: nil, orderNumber: "3021554477"),
        Row(text: "20/11 at 3pm", status: nil, payment: nil),
    ]

    @Test("slots are heard in the shopper's own words", arguments: rows)
    func extracts(row: Row) {
        let values = SlotExtractor.extract(Normalizer.tokens(row.text)).values
        #expect(values.status == row.status)
        #expect(values.payment == row.payment)
        #expect(values.orderNumber == row.orderNumber)
    }

    @Test("a bare answer has no other words; a question does")
    func otherWords() {
        #expect(SlotExtractor.extract(Normalizer.tokens("it's shipped")).otherWords == 0)
        #expect(SlotExtractor.extract(Normalizer.tokens("shipped, how long is a refund")).otherWords > 1)
    }
}
