import OrderPolicy
import Testing

@testable import OrderUnderstanding

/// What a message tells about the order: events in the shopper's words, and the status they leave.
struct SituationTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let status: OrderStatus?
        var testDescription: String { text }
    }

    /// The statuses below are what the issue and the contract say these words mean, written by hand.
    static let rows: [Row] = [
        // Word forms, negation scope, any tense.
        Row(text: "the seller didn't ship", status: .awaitingShipment),
        Row(text: "he still hasn't sent it", status: .awaitingShipment),
        Row(text: "the seller is yet to dispatch it", status: .awaitingShipment),
        Row(text: "it's been sitting in processing for a week", status: .awaitingShipment),
        Row(text: "tracking hasn't moved since it left the warehouse", status: .shipped),
        Row(text: "I got it yesterday but it's broken", status: .delivered),
        // The order page's own words.
        Row(text: "the order says awaiting payment", status: .unpaid),
        Row(text: "my payment is being verified", status: .unpaid),
        Row(text: "it says awaiting shipment", status: .awaitingShipment),
        Row(text: "status is pending shipping", status: .awaitingShipment),
        Row(text: "the order is awaiting delivery", status: .shipped),
        Row(text: "the order is completed", status: .delivered),
        // The seller's and the carrier's events.
        Row(text: "the seller marked it as sent", status: .shipped),
        Row(text: "it was handed to the courier", status: .shipped),
        Row(text: "the tracking number was uploaded", status: .shipped),
        Row(text: "it's in customs", status: .shipped),
        // A cancellation and the seller's answer to it exist only before shipment.
        Row(text: "the seller won't answer my cancel request", status: .awaitingShipment),
        Row(text: "the seller accepted my cancellation", status: .awaitingShipment),
        Row(text: "my cancellation got declined by the store", status: .awaitingShipment),
        Row(text: "i asked to cancel and the seller ignored me", status: .awaitingShipment),
        // Having the item, or having sent it back.
        Row(text: "i returned the item last week", status: .delivered),
        Row(text: "the return reached the seller's warehouse", status: .delivered),
        // Asking the seller to approve is the request, not the approval; an approval beside a cancellation is one.
        Row(text: "two days ago I asked the seller to approve my cancellation", status: .awaitingShipment),
        // The refund not arriving says nothing of the parcel.
        Row(text: "I still haven't received my refund", status: nil),
        // The newest event wins.
        Row(text: "they declined my cancellation and then shipped it the next day", status: .shipped),
        Row(text: "it was shipped a month ago and still isn't here", status: .shipped),
        // Not events of the order.
        Row(text: "my refund is on its way", status: nil),
        Row(text: "the money has been sent back to my card", status: nil),
        Row(text: "how do i request a cancellation", status: nil),
        // Paid alone leaves three statuses open: nothing is assumed here.
        Row(text: "i paid with my card", status: nil),
    ]

    @Test("events in the shopper's words leave the status they imply", arguments: rows)
    func statusFromEvents(row: Row) {
        let reading = Fixtures.matcher.readSituation(row.text)
        var situation = Situation()
        situation.add(reading, turn: 1)
        #expect(situation.status(in: 1, assumingPaid: false).value == row.status)
    }

    @Test(
        "a reason the cancellation form offers (F14), in the shopper's words, is read as theirs; others are not",
        arguments: [
            ("i found it cheaper on another site", CancellationReason.betterOffer),
            ("there is a better deal elsewhere", .betterOffer),
            ("on monday i found it cheaper", .betterOffer),
            ("i don't need it anymore", .noLongerNeeded),
            ("we no longer need the lamp", .noLongerNeeded),
            ("i typed the wrong address", .wrongDetails),
            ("i changed my mind", nil),
            ("so i don't need to contact the seller?", nil),
            ("is there a cheaper shipping option?", nil),
            ("i ordered it twice by mistake", nil),
            ("the seller is slow to ship", nil),
            ("how do i cancel", nil),
        ] as [(String, CancellationReason?)])
    func reasonInTheShoppersWords(text: String, reason: CancellationReason?) {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation(text), turn: 1)
        #expect(situation.cancellationReason == reason)
        #expect(situation.circumstances(status: .awaitingShipment).contains(.reasonGiven) == (reason != nil))
        // A reason says nothing of where the order is, and has no day of its own.
        #expect(situation.status(in: 1, assumingPaid: false).value == nil || reason == nil)
        #expect(situation.events.allSatisfy { !$0.event.kind.isReason || $0.event.date == nil })
    }

    @Test("a day said on its own after a reason dates the event before the reason, not the reason")
    func dayAfterAReason() throws {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation("paid with visa, found it cheaper, 3 days ago"), turn: 1)
        let paid = try #require(situation.events.first { $0.event.kind == .paid })
        #expect(paid.event.date != nil)
        #expect(situation.cancellationReason == .betterOffer)
        #expect(situation.events.allSatisfy { !$0.event.kind.isReason || $0.event.date == nil })
    }

    @Test("paid with nothing said of shipping is awaiting shipment only as a stated assumption")
    func paidIsAssumed() {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation("i paid with paypal"), turn: 1)
        guard case .known(let noted) = situation.status(in: 1, assumingPaid: true) else {
            Issue.record("no status")
            return
        }
        #expect(noted.value == .awaitingShipment)
        #expect(noted.source == .assumed)
    }

    @Test("not having the item leaves shipped or not open")
    func notReceivedIsOpen() {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation("i haven't received it yet"), turn: 1)
        guard case .open(let possible, _) = situation.status(in: 1, assumingPaid: true) else {
            Issue.record("expected an open status")
            return
        }
        #expect(possible == [.awaitingShipment, .shipped])
    }

    @Test("sources: said for the page's words, inferred from events, earlier for an older turn")
    func sources() {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation("it says awaiting shipment"), turn: 1)
        if case .known(let noted) = situation.status(in: 1, assumingPaid: false) { #expect(noted.source == .said) }
        situation.add(Fixtures.matcher.readSituation("paid by visa and it didn't ship"), turn: 2)
        if case .known(let noted) = situation.status(in: 2, assumingPaid: false) {
            #expect(noted.source == .inferred)
            #expect(noted.evidence.contains { $0.contains("ship") })
        }
        if case .known(let noted) = situation.status(in: 3, assumingPaid: false) { #expect(noted.source == .earlier) }
    }

    @Test("a correction overtakes what was inferred before")
    func correctionWins() {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation("paid by visa, the seller didn't ship"), turn: 1)
        situation.add(Fixtures.matcher.readSituation("actually it already shipped this morning"), turn: 2)
        #expect(situation.status(in: 2, assumingPaid: true).value == .shipped)
    }

    @Test(
        "each event keeps the day of its own clause",
        arguments: [
            ("I paid on monday and it still hasn't shipped", OrderEvent.Kind.paid, DateMention.lastWeekday(.monday)),
            ("the seller approved my cancellation two weeks ago", .sellerApproved, .daysAgo(14)),
            ("i asked to cancel a week ago, no answer", .cancellationRequested, .daysAgo(7)),
            ("paid last friday", .paid, .lastWeekday(.friday)),
            ("it shipped this morning", .shown(.shipped), .daysAgo(0)),
        ])
    func datesBelongToEvents(text: String, kind: OrderEvent.Kind, date: DateMention) {
        let events = Fixtures.matcher.readSituation(text).events
        #expect(events.first { $0.kind == kind }?.date == date)
    }

    @Test("an approval asked for is a request; one told beside the cancellation is an approval, with its day")
    func approvalsAndRequests() {
        let asked = Fixtures.matcher.readSituation("two days ago I asked the seller to approve my cancellation").events
        #expect(asked.map(\.kind) == [.cancellationRequested])
        let approved = Fixtures.matcher.readSituation("I asked to cancel and the seller approved it on the 23rd").events
        #expect(approved.first { $0.kind == .sellerApproved }?.date == .dayOfRecentMonth(23))
    }

    @Test("a long story is read from its end, where the newest events are")
    func longStoryKeepsTheEnd() {
        let story = String(
            repeating: "it never shipped and he declined, then the tracking number was uploaded. ", count: 8)
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation(story), turn: 1)
        #expect(situation.status(in: 1, assumingPaid: false).value == .shipped)
    }

    @Test("a date in another clause does not move to an event it does not belong to")
    func dateStaysInItsClause() {
        let events = Fixtures.matcher.readSituation("I paid on monday and it still hasn't shipped").events
        #expect(events.first { $0.kind == .shipped }?.date == nil)
    }

    @Test(
        "a day in a clause that names no event of ours goes to no other event",
        arguments: [
            "the seller approved on Friday, I paid by bank transfer",
            "the seller replied on Monday, I paid with visa",
            "I bought headphones last week and paid with paypal",
        ])
    func dayOfAnotherEventStaysThere(text: String) {
        let events = Fixtures.matcher.readSituation(text).events
        #expect(events.contains { $0.kind == .paid })
        // Buying is an event of its own: "I bought headphones last week" dates the order, not the payment.
        #expect(events.filter { $0.kind != .ordered }.allSatisfy { $0.date == nil }, "\(events)")
    }

    @Test("placing the order is dated by its own clause, and 'can I order' places nothing")
    func orderedIsDated() {
        let bought = Fixtures.matcher.readSituation("I bought headphones last week and paid with paypal").events
        #expect(bought.first { $0.kind == .ordered }?.date == .lastWeek)
        #expect(!Fixtures.matcher.readSituation("can I order a second one?").events.contains { $0.kind == .ordered })
    }

    @Test(
        "a day standing alone in its clause still belongs to the event beside it",
        arguments: [
            ("I paid with visa, 3 days ago", DateMention.daysAgo(3)), ("yesterday, I paid with paypal", .daysAgo(1)),
        ])
    func dayAloneJoinsItsNeighbour(text: String, date: DateMention) {
        #expect(Fixtures.matcher.readSituation(text).events.first { $0.kind == .paid }?.date == date)
    }

    @Test("something said not to have happened has no day")
    func deniedEventsHaveNoDay() {
        let events = Fixtures.matcher.readSituation("paid with paypal. today I noticed the seller hasn't shipped yet")
            .events
        #expect(events.first { $0.kind == .shipped && !$0.happened }?.date == nil)
    }

    @Test(
        "what happened that changes the answer is read from the shopper's words",
        arguments: [
            ("I refused the parcel at the door", Circumstance.refused),
            ("I asked to cancel and the seller declined", .declined),
            ("I requested cancellation and the seller never replied", .sellerSilent),
            ("the seller cancelled my order", .sellerCancelled),
            ("the dispute was resolved in my favour", .disputeWon),
            ("the dispute was closed, the seller won", .disputeLost),
            ("I won the dispute", .disputeWon),
            ("the seller offered a partial refund", .partialRefund),
            ("it says delivered but I never got it", .notReceived),
            ("it says payment is being checked", .paymentVerifying),
            ("the payment verification is still going on", .paymentVerifying),
        ])
    func circumstances(text: String, circumstance: Circumstance) {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation(text), turn: 1)
        #expect(
            situation.circumstances(status: nil).contains(circumstance), "\(situation.events.map(\.event.kind.name))")
    }

    @Test("a parcel the order page shows as delivered stays delivered when the shopper never got it")
    func deliveredButNotReceived() {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation("it says delivered"), turn: 1)
        situation.add(Fixtures.matcher.readSituation("I never got the parcel though"), turn: 2)
        #expect(situation.status(in: 2, assumingPaid: false).value == .delivered)
        #expect(situation.deliveredButNotReceived)
    }

    @Test("a message that says the parcel arrived places the cancellation it tells of before that")
    func parcelOutranksCancellationInOneMessage() {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation("my order was delivered, the seller refused to cancel"), turn: 1)
        #expect(situation.status(in: 1, assumingPaid: false).value == .delivered)
    }

    @Test("a warehouse's receipt is one event, not also a delivery to the shopper")
    func warehouseReceipt() {
        let events = Fixtures.matcher.readSituation("the warehouse received my return yesterday").events
        #expect(events.map(\.kind) == [.returnReceived])
        #expect(events.first?.date == .daysAgo(1))
    }

    @Test(
        "payment from brand names",
        arguments: [
            ("visa", PaymentMethod.card), ("mastercard", .card), ("amex", .card), ("paypal", .eWallet),
            ("apple pay", .eWallet), ("google pay", .eWallet), ("qiwi", .eWallet),
        ])
    func brands(word: String, method: PaymentMethod) {
        #expect(Fixtures.matcher.readSituation("i paid with \(word)").payment == method)
    }
}

/// The shopper's own name for how they paid, echoed in replies where the method's rule is the same for all.
struct PaymentNameTests {
    @Test(
        "a way of paying with a maker's name is kept as the maker spells it; a kind of payment has none",
        arguments: [
            ("I paid with paypal", "PayPal"), ("paid by apple pay", "Apple Pay"), ("my card is a visa", "Visa"),
            ("I used my master card", "Mastercard"), ("paid with google pay", "Google Pay"),
            ("I paid by debit card", nil), ("paid by bank transfer", nil), ("cash on delivery", nil),
        ] as [(String, String?)])
    func paymentName(text: String, name: String?) {
        var situation = Situation()
        situation.add(Fixtures.matcher.readSituation(text), turn: 1)
        #expect(situation.payment != nil, "\(text): no payment read")
        #expect(situation.paymentName == name)
    }
}
