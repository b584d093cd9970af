import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// With the order's status known, every answer gives that status's advice and never another status's.
struct AnswersByStatusTests {
    /// Advice that is right only for some statuses, written by hand from F1, F2, F3, F8, F9 and F10.
    static let statusBoundAdvice: [(words: String, rightFor: Set<OrderStatus>)] = [
        ("cancel it yourself", [.unpaid]),
        ("ask the seller to approve", [.awaitingShipment]),
        ("asking them to approve", [.awaitingShipment]),
        ("seller's approval", [.awaitingShipment]),
        ("still ask to cancel", [.awaitingShipment]),
        ("you can still cancel", [.unpaid, .awaitingShipment]),
        ("before it ships", [.unpaid, .awaitingShipment]),
        ("before the order ships", [.unpaid, .awaitingShipment]),
        ("refuse the parcel", [.shipped]),
        ("refuse it at delivery", [.shipped]),
        ("request a return", [.shipped, .delivered]),
    ]

    /// One intent whose advice depends on the status, the status, and words only that status's answer holds.
    struct Row: Sendable, CustomTestStringConvertible {
        let intent: String
        let status: OrderStatus
        let advice: String
        var testDescription: String { "\(intent) \(status.rawValue)" }
    }

    static let rows: [Row] = [
        Row(intent: "cancel_order", status: .unpaid, advice: "yours to cancel"),
        Row(intent: "cancel_order", status: .awaitingShipment, advice: "seller has to agree"),
        Row(intent: "cancel_order", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "cancel_order", status: .delivered, advice: "request a return"),
        Row(intent: "get_refund", status: .unpaid, advice: "nothing to refund"),
        Row(intent: "get_refund", status: .awaitingShipment, advice: "ask the seller to approve"),
        Row(intent: "get_refund", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "get_refund", status: .delivered, advice: "request a return"),
        Row(intent: "refund_time", status: .unpaid, advice: "nothing to refund"),
        Row(intent: "refund_time", status: .awaitingShipment, advice: "seller approves the cancellation"),
        Row(intent: "refund_time", status: .shipped, advice: "warehouse receives the item"),
        Row(intent: "refund_time", status: .delivered, advice: "warehouse receives the item"),
        Row(intent: "refund_method", status: .unpaid, advice: "nothing to refund"),
        Row(intent: "refund_method", status: .awaitingShipment, advice: "seller approves your cancellation"),
        Row(intent: "refund_method", status: .shipped, advice: "warehouse receives the item"),
        Row(intent: "refund_method", status: .delivered, advice: "warehouse receives the item"),
        Row(intent: "seller_not_responding", status: .unpaid, advice: "don't need the seller"),
        Row(intent: "seller_not_responding", status: .awaitingShipment, advice: "asking them to approve"),
        Row(intent: "seller_not_responding", status: .shipped, advice: "refuse it at delivery"),
        Row(intent: "seller_not_responding", status: .delivered, advice: "request a return"),
        Row(intent: "seller_declined", status: .unpaid, advice: "cancel it yourself"),
        Row(intent: "seller_declined", status: .awaitingShipment, advice: "asking them to approve"),
        Row(intent: "seller_declined", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "seller_declined", status: .delivered, advice: "request a return"),
        Row(intent: "cancellation_penalty", status: .unpaid, advice: "cancel it yourself"),
        Row(intent: "cancellation_penalty", status: .awaitingShipment, advice: "usually costs you nothing"),
        Row(intent: "cancellation_penalty", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "cancellation_penalty", status: .delivered, advice: "request a return"),
        Row(intent: "cancellation_reason", status: .unpaid, advice: "I ordered the wrong item"),
        Row(intent: "cancellation_reason", status: .awaitingShipment, advice: "I ordered the wrong item"),
        Row(intent: "cancellation_reason", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "cancellation_reason", status: .delivered, advice: "request a return"),
        Row(intent: "message_template", status: .unpaid, advice: "cancel it yourself"),
        Row(intent: "message_template", status: .awaitingShipment, advice: "accept my request to cancel"),
        Row(intent: "message_template", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "message_template", status: .delivered, advice: "request a return"),
        Row(intent: "return_item", status: .unpaid, advice: "cancel it yourself"),
        Row(intent: "return_item", status: .awaitingShipment, advice: "ask the seller to approve"),
        Row(intent: "return_item", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "return_item", status: .delivered, advice: "choose Return/refund"),
        Row(intent: "refuse_delivery", status: .unpaid, advice: "cancel it yourself"),
        Row(intent: "refuse_delivery", status: .awaitingShipment, advice: "still ask to cancel"),
        Row(intent: "refuse_delivery", status: .shipped, advice: "refusing the parcel"),
        Row(intent: "refuse_delivery", status: .delivered, advice: "request a return"),
        Row(intent: "shipping_time", status: .unpaid, advice: "count from your payment"),
        Row(intent: "shipping_time", status: .awaitingShipment, advice: "still ask to cancel"),
        Row(intent: "shipping_time", status: .shipped, advice: "tracking on the order page"),
        Row(intent: "shipping_time", status: .delivered, advice: "open a dispute"),
        Row(intent: "open_dispute", status: .unpaid, advice: "cancel it yourself"),
        Row(intent: "open_dispute", status: .awaitingShipment, advice: "ask to cancel"),
        Row(intent: "open_dispute", status: .shipped, advice: "refuse the parcel"),
        Row(intent: "open_dispute", status: .delivered, advice: "request a return"),
        Row(intent: "order_status_help", status: .unpaid, advice: "cancel such an order yourself"),
        Row(intent: "order_status_help", status: .awaitingShipment, advice: "seller's approval"),
        Row(intent: "order_status_help", status: .shipped, advice: "refuse it at delivery"),
        Row(intent: "order_status_help", status: .delivered, advice: "request a return"),
    ]

    /// The answer `name` gives for an order in `status` (paid by card, so every placeholder fills).
    static func reply(_ name: String, _ status: OrderStatus) throws -> (text: String, keys: [String]) {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        let slots = SlotValues(status: status, payment: .card, orderNumber: "1234567")
        let template = try #require(intent.answer(for: slots))
        return (try AnswerRenderer.render(template, slots: slots).text, template.keys)
    }

    @Test("each known status finds its own advice, in an answer written for that status", arguments: rows)
    func ownAdvice(row: Row) throws {
        let (text, keys) = try Self.reply(row.intent, row.status)
        #expect(keys.contains(row.status.rawValue), "\(row) falls back to \(keys)")
        #expect(text.lowercased().contains(row.advice.lowercased()), "\(row): \(text)")
    }

    @Test(
        "no answer for a known status gives advice meant for another status",
        arguments: Fixtures.assistant.catalog.intents.filter { !$0.isSmallTalk }.map(\.name), OrderStatus.allCases)
    func noOtherStatusAdvice(name: String, status: OrderStatus) throws {
        let text = try Self.reply(name, status).text.lowercased()
        for advice in Self.statusBoundAdvice where !advice.rightFor.contains(status) {
            #expect(!text.contains(advice.words), "\(name) for \(status.rawValue) says '\(advice.words)'")
        }
    }

    @Test("the rows cover every intent whose answers are keyed by status, for every status")
    func rowsAreComplete() {
        let keyed = Fixtures.assistant.catalog.intents.filter { intent in
            intent.answers.contains { $0.keys.contains { OrderStatus(rawValue: $0) != nil } }
        }
        let expected = Set(keyed.flatMap { intent in OrderStatus.allCases.map { "\(intent.name) \($0.rawValue)" } })
        #expect(Set(Self.rows.map(\.testDescription)) == expected)
    }

    @Test(
        "without a status, a refund's timing names each event that can start it",
        arguments: ["refund_time", "refund_method"])
    func defaultNamesEveryStartEvent(name: String) throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        let slots = SlotValues(payment: .card)
        let template = try #require(intent.answer(for: slots))
        #expect(template.keys.contains(AnswerTemplate.defaultKey))
        let text = try AnswerRenderer.render(template, slots: slots).text
        for event in ["seller's approval", "warehouse", "dispute"] {
            #expect(text.contains(event), "\(name): \(event)")
        }
    }

    @Test("a shipped order asking about a cancellation fee is not told about cancelling before it ships")
    func shippedFeeQuestion() {
        let turns = Fixtures.talk("my order has shipped", "do they charge a fee for cancelling?")
        #expect(turns[1].intent == "cancellation_penalty")
        #expect(turns[1].slots.status == .shipped)
        #expect(!turns[1].reply.contains("before the order ships"))
        #expect(turns[1].reply.contains("can't be cancelled"))
    }

    @Test("a seller who refused and shipped anyway does not lead to asking them to approve")
    func declinedAndShipped() {
        let turn = Fixtures.talk("the seller rejected my cancellation and shipped it anyway")[0]
        #expect(turn.intent == "seller_declined")
        #expect(turn.slots.status == .shipped)
        #expect(!turn.reply.contains("approve"))
        #expect(turn.reply.contains("refuses"))
    }
}
