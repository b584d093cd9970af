import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// Wherever an answer says where the money goes, the words come from the policy core's `RefundDestination` (F7).
struct RefundDestinationTests {
    /// One answer that names where the money goes: the intent, and the status it is for (nil: status unknown),
    /// or what happened that picks it.
    struct Row: Sendable, CustomTestStringConvertible {
        let intent: String
        let status: OrderStatus?
        var circumstance: Circumstance?
        var testDescription: String { "\(intent) \(circumstance?.rawValue ?? status?.rawValue ?? "default")" }

        init(intent: String, status: OrderStatus?) {
            self.intent = intent
            self.status = status
        }

        init(intent: String, _ circumstance: Circumstance) {
            self.intent = intent
            status = circumstance.statuses?.first
            self.circumstance = circumstance
        }
    }

    static let rows: [Row] = [
        Row(intent: "refund_time", status: .unpaid),
        Row(intent: "refund_time", status: .awaitingShipment), Row(intent: "refund_time", status: .shipped),
        Row(intent: "refund_time", status: .delivered),
        Row(intent: "refund_method", status: nil), Row(intent: "refund_method", status: .unpaid),
        Row(intent: "refund_method", status: .awaitingShipment), Row(intent: "refund_method", status: .shipped),
        Row(intent: "refund_method", status: .delivered),
        Row(intent: "return_item", status: nil), Row(intent: "return_item", status: .shipped),
        Row(intent: "return_item", status: .delivered),
        Row(intent: "get_refund", status: .awaitingShipment), Row(intent: "get_refund", status: .shipped),
        Row(intent: "get_refund", status: .delivered),
        Row(intent: "refund_time", .refused), Row(intent: "refund_time", .sellerCancelled),
        Row(intent: "refund_time", .disputeWon),
        Row(intent: "refund_method", .refused), Row(intent: "refund_method", .sellerCancelled),
        Row(intent: "refund_method", .disputeWon),
        Row(intent: "get_refund", .refused), Row(intent: "get_refund", .sellerCancelled),
        Row(intent: "get_refund", .disputeWon),
        Row(intent: "open_dispute", .disputeWon),
    ]

    /// Where each method's money goes, written by hand from F7 as a second witness: words the reply must hold,
    /// and words that belong to other destinations.
    static let expected: [PaymentMethod: (holds: String, never: [String])] = [
        .card: ("back to the card", ["Alipay", "voucher"]),
        .eWallet: ("back to the e-wallet", ["Alipay", "voucher"]),
        .bankTransfer: ("Alipay", ["voucher"]),
        .westernUnion: ("Alipay", ["voucher"]),
        .cash: ("Alipay", ["voucher"]),
        .cashOnDelivery: ("voucher", ["Alipay"]),
    ]

    private func reply(_ row: Row, payment: PaymentMethod?) throws -> String {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: row.intent))
        let slots = SlotValues(status: row.status, payment: payment)
        let template = try #require(intent.answer(for: slots, in: Set([row.circumstance].compactMap { $0 })))
        if let circumstance = row.circumstance { #expect(template.keys.contains(circumstance.rawValue)) }
        return try AnswerRenderer.render(template, slots: slots).text
    }

    @Test(
        "with the payment known, the answer gives that method's destination from the policy core",
        arguments: rows, PaymentMethod.allCases)
    func knownPayment(row: Row, payment: PaymentMethod) throws {
        let text = try reply(row, payment: payment)
        let expected = try #require(Self.expected[payment])
        #expect(text.contains(RefundDestination.for(payment).text(for: payment)))
        #expect(text.contains(expected.holds))
        for word in expected.never { #expect(!text.contains(word), "\(row): '\(word)' for \(payment)") }
    }

    @Test(
        "with the payment unknown, the answer lists F7's rule for every method",
        arguments: rows.filter {
            $0.intent != "refund_method"  // refund_method asks for the payment before it answers
        })
    func unknownPayment(row: Row) throws {
        let text = try reply(row, payment: nil)
        for word in ["card or e-wallet", "Alipay", "cash on delivery", "voucher", "Western Union", "bank transfer"] {
            #expect(text.contains(word), "\(row) lacks '\(word)'")
        }
        for destination in RefundDestination.all { #expect(text.contains(destination.generalText)) }
    }

    @Test(
        "no answer writes a destination by hand: it uses {refund_route} or {refund_destination}",
        arguments: Fixtures.assistant.catalog.intents.map(\.name))
    func noHandWrittenDestination(name: String) throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        for answer in intent.answers {
            for words in ["alipay", "voucher", "original payment", "method you paid", "way you paid"] {
                #expect(!answer.text.lowercased().contains(words), "\(answer.location): '\(words)'")
            }
        }
    }

    @Test("the rows cover every answer that names where the money goes")
    func rowsAreComplete() {
        var found: Set<String> = []
        for intent in Fixtures.assistant.catalog.intents {
            for answer in intent.answers
            where answer.placeholders.contains(where: { $0 == "refund_route" || $0 == "refund_destination" }) {
                for key in answer.keys { found.insert("\(intent.name) \(key)") }
            }
        }
        #expect(found == Set(Self.rows.map(\.testDescription)))
    }

    @Test(
        "a cash-on-delivery shopper asking how long the refund takes hears about the voucher",
        arguments: PaymentMethod.allCases)
    func refundTimeInConversation(payment: PaymentMethod) throws {
        let turn = Fixtures.talk(
            "my order is awaiting shipment and I paid by \(payment.label), how long will the refund take")[0]
        #expect(turn.intent == "refund_time")
        #expect(turn.slots.payment == payment)
        #expect(turn.reply.contains(RefundDestination.for(payment).text(for: payment)))
        #expect(turn.reply.contains(try #require(Self.expected[payment]).holds))
        #expect(turn.facts.contains(RefundDestination.fact))
    }
}
