import OrderPolicy
import OrderUnderstanding

/// A sentence an answer gains from what the shopper said happened when: the window it counts, the event it
/// counts from, and the day its promise depends on, so tests can hold each sentence to the policy.
struct DatedNote: Sendable, Equatable {
    /// The window the sentence counts, or nil for one that counts none.
    let window: PolicyWindow?
    /// The event the window is counted from.
    let start: WindowStart?
    /// The days that event happened: one day, or the span of a vague mention ("last week"); for an event that
    /// has not happened yet, the last day it can (the `condition`).
    let startDays: ClosedRange<CalendarDate>?
    /// A day the sentence's promise waits on ("if they approve by …"); never one that has passed.
    let condition: CalendarDate?
    let text: String
    let facts: [FactID]

    init(
        _ text: String, facts: [FactID], window: PolicyWindow? = nil, start: WindowStart? = nil,
        startDays: ClosedRange<CalendarDate>? = nil, condition: CalendarDate? = nil
    ) {
        self.text = text
        self.facts = facts
        self.window = window
        self.start = start
        self.startDays = startDays
        self.condition = condition
    }
}

/// The dated sentences an answer gains when the shopper said when something happened. Each window counts from
/// an event that starts it (`PolicyWindow.starts`: F4 from the request, F5 from the payment, F6 from the
/// approval, the warehouse's receipt or the dispute's resolution), the refund only from a start the status
/// allows (`RefundTrigger.windowStarts`), never from a day that belongs to another event, and no sentence puts a
/// condition on a day that has passed.
enum DatedNotes {
    /// The notes for an answer resting on `facts`, given to an order in `status`.
    static func notes(
        for facts: [FactID], situation: Situation, status: OrderStatus?,
        today: CalendarDate
    ) -> [DatedNote] {
        let told = Told(situation: situation, today: today)
        var notes: [DatedNote] = []
        let beforeShipping = status == nil || status == .awaitingShipment
        // The seller's deadline to ship, when the answer rests on it or the shopper said the order hasn't shipped.
        if facts.contains(PolicyWindow.shipping.fact) || told.saidNotShipped, beforeShipping,
            let paid = told.paymentDays
        {
            notes.append(shippingNote(paid: paid, today: today))
        }
        if facts.contains(PolicyWindow.sellerResponse.fact), beforeShipping, told.awaitingAnswer,
            let requested = told.days(.cancellationRequested)
        {
            let last = PolicyWindow.sellerResponse.deadline(from: requested.upperBound).upperBound
            let sent = requested.isOneDay ? "sent on \(requested.lowerBound.spoken)" : "sent \(between(requested))"
            // A day that is over is told in the past tense.
            let verb = last < today ? "ran out" : "runs out"
            let runs = requested.isOneDay ? "\(verb) on" : "\(verb), at the latest, on"
            notes.append(
                DatedNote(
                    "For a request \(sent), the seller's time to react \(runs) \(last.spoken).\(passed(last, today))",
                    facts: [PolicyWindow.sellerResponse.fact], window: .sellerResponse,
                    start: .cancellationRequest, startDays: requested))
        }
        if facts.contains(PolicyWindow.refund.fact) {
            notes += refundNotes(told: told, status: status, today: today)
        }
        return notes
    }

    /// F5's deadline from the payment; a vague payment day gives the span of deadlines and how to count.
    private static func shippingNote(paid: ClosedRange<CalendarDate>, today: CalendarDate) -> DatedNote {
        let window = PolicyWindow.shipping
        let first = window.deadline(from: paid.lowerBound).upperBound
        let last = window.deadline(from: paid.upperBound).upperBound
        var text: String
        if paid.isOneDay {
            text =
                "For an order paid on \(paid.lowerBound.spoken), with \(window.text) to ship, the seller should ship "
                + "by \(last.spoken)."
        } else {
            text =
                "You paid some day \(between(paid)), so the seller's deadline to ship falls between \(first.spoken) "
                + "and \(last.spoken): count \(window.text) from the day you paid."
        }
        var facts = [window.fact]
        if last < today {
            // Past the window the wait is no longer normal: say what the policy offers for a late seller.
            text += " " + Overdue.shipping.advice
            facts += Overdue.shipping.facts
        } else if first < today, !paid.isOneDay {
            text += " Depending on the day you paid, it may already have passed."
        } else {
            text += passed(last, today)
        }
        return DatedNote(text, facts: facts, window: window, start: .payment, startDays: paid)
    }

    /// The refund's range from the newest start the status allows; or what is known instead of one.
    private static func refundNotes(told: Told, status: OrderStatus?, today: CalendarDate) -> [DatedNote] {
        let refund = PolicyWindow.refund
        let allowed = RefundTrigger.windowStarts(for: status)
        if let (start, days) = told.newestStart(among: allowed) {
            let first = refund.deadline(from: days.lowerBound).lowerBound
            let last = refund.deadline(from: days.upperBound).upperBound
            let when = days.isOneDay ? "on \(days.lowerBound.spoken)" : "some day \(between(days))"
            var text =
                "Counting from \(start.name) \(when), expect the money between \(first.spoken) and \(last.spoken)."
            var facts = [refund.fact]
            if last < today {
                text += " " + Overdue.refund.advice
                facts += Overdue.refund.facts
            } else {
                text += passed(last, today)
            }
            return [DatedNote(text, facts: facts, window: refund, start: start, startDays: days)]
        }
        if status == .shipped || status == .delivered {
            var notes: [DatedNote] = []
            if told.mentionsCancellation {
                notes.append(
                    DatedNote(
                        "An order that has shipped can't be cancelled, so the cancellation you mention "
                            + "no longer starts the refund: it counts from the day the seller's warehouse "
                            + "receives the item you send back.",
                        facts: [CancellationRule.endsAtShipment, RefundTrigger.returnReceived.startFact]))
            }
            if let sent = told.days(.returned), sent.isOneDay {
                // The day the item went back is not a start: say so, and what is.
                notes.append(
                    DatedNote(
                        "The refund for a return counts from the day the seller's warehouse receives the "
                            + "item, which comes after you sent it on \(sent.lowerBound.spoken); from then it "
                            + "takes \(refund.text).",
                        facts: [refund.fact, RefundTrigger.returnReceived.startFact]))
            }
            return notes
        }
        guard allowed.contains(.sellerApproval), told.awaitingAnswer, let requested = told.days(.cancellationRequested)
        else { return [] }
        // The approval is not known: count from the last day it can come, while that day is still ahead. The
        // sentence counts from an approval on that day, and says it is one that has not happened yet.
        let response = PolicyWindow.sellerResponse
        let latestApproval = response.deadline(from: requested.upperBound).upperBound
        if latestApproval >= today {
            let last = refund.deadline(from: latestApproval).upperBound
            return [
                DatedNote(
                    "The refund counts from the seller's approval, and I don't know of one yet: if they "
                        + "approve by \(latestApproval.spoken), when their \(response.text) run out, the money "
                        + "should arrive by \(last.spoken) at the latest.",
                    facts: [refund.fact, response.fact], window: refund, start: .sellerApproval,
                    startDays: latestApproval...latestApproval, condition: latestApproval)
            ]
        }
        // Their time is over: no date hangs on an approval that may never come.
        // A seller who let them run out in silence: what to do now, in the past tense, with no condition on a day
        // that is over.
        if told.sellerSilent {
            return [
                DatedNote(
                    "Their \(response.text) ran out without an answer. Check the order page, since the request may "
                        + "have been settled automatically; if it is still open and the seller keeps ignoring you, open "
                        + "a dispute from the order page (Open Dispute) so AliExpress support steps in.",
                    facts: [response.fact, Overdue.disputeFact])
            ]
        }
        return [
            DatedNote(
                "Their \(response.text) are over, and I don't know whether they approved: if they did, the "
                    + "refund counts from the day of the approval; if they never answered, the request may have "
                    + "been settled automatically, so check the order page.",
                facts: [refund.fact, response.fact])
        ]
    }

    /// "between Monday 23 November 2026 and Sunday 29 November 2026".
    private static func between(_ days: ClosedRange<CalendarDate>) -> String {
        "between \(days.lowerBound.spoken) and \(days.upperBound.spoken)"
    }

    private static func passed(_ day: CalendarDate, _ today: CalendarDate) -> String {
        day < today ? " That day has passed." : day == today ? " That is today." : ""
    }
}

/// What the situation tells about when things happened, read for the notes.
private struct Told {
    let situation: Situation
    let today: CalendarDate

    /// The days the newest event of `kind` happened, when the shopper said so and they are past.
    /// The days of the newest event of `kind` that was given a day: "sorry, I paid with paypal" after "I paid
    /// yesterday" tells the method again, not another day.
    func days(_ kind: OrderEvent.Kind) -> ClosedRange<CalendarDate>? {
        situation.events.last { $0.event.kind == kind && $0.event.happened && $0.event.date != nil }?.event.date?
            .days(today: today)
    }

    /// The newest event that starts the refund among `starts`, with its days.
    func newestStart(among starts: [WindowStart]) -> (WindowStart, ClosedRange<CalendarDate>)? {
        for heard in situation.events.reversed() where heard.event.happened {
            guard let start = heard.event.kind.windowStart, starts.contains(start) else { continue }
            if let days = heard.event.date?.days(today: today) { return (start, days) }
        }
        return nil
    }

    /// The days of the payment: told, or the day of the order when the way of paying is paid up front (a card
    /// pays when the order is placed).
    var paymentDays: ClosedRange<CalendarDate>? {
        if let paid = days(.paid) { return paid }
        guard situation.payment?.method.isPaidUpFront == true else { return nil }
        return days(.ordered)
    }

    /// The shopper's newest word on shipping is that the order hasn't shipped ("the seller still didn't send it").
    var saidNotShipped: Bool {
        situation.events.last { $0.event.kind == .shipped }.map { !$0.event.happened } ?? false
    }

    /// A request is waiting for the seller: nothing they did has answered it (approved, declined, cancelled).
    var awaitingAnswer: Bool { situation.sellerAnswer == nil || sellerSilent }

    /// The shopper said the seller has not answered.
    var sellerSilent: Bool { situation.sellerAnswer == .sellerSilent }

    /// The shopper spoke of a cancellation request or approval.
    var mentionsCancellation: Bool {
        situation.latest(.cancellationRequested) != nil || situation.latest(.sellerApproved) != nil
    }
}

extension ClosedRange where Bound == CalendarDate {
    /// Whether the range is a single day.
    var isOneDay: Bool { lowerBound == upperBound }
}
