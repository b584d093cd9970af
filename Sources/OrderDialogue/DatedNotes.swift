import OrderPolicy
import OrderUnderstanding

/// The dated sentences an answer gains when the shopper said when something happened: each window counted
/// from the event that starts it (F4 from the request, F5 from the payment, F6 from the approval or the
/// warehouse's receipt), never from a day that belongs to another event.
enum DatedNotes {
    /// The notes for an answer resting on `facts`, and the facts they add.
    static func notes(for facts: [FactID], situation: Situation, status: OrderStatus?,
                      today: CalendarDate) -> [(text: String, facts: [FactID])] {
        func day(_ kind: OrderEvent.Kind) -> CalendarDate? {
            guard let mention = situation.latest(kind)?.date, case .past(let date) = mention.resolve(today: today)
            else { return nil }
            return date
        }
        // A declined request has had its answer: nothing counts from it any more.
        let declined = situation.latest(.sellerDeclined) != nil
        let requested = declined ? nil : day(.cancellationRequested) ?? day(.sellerSilent)
        let approved = day(.sellerApproved)
        var notes: [(text: String, facts: [FactID])] = []
        if facts.contains(PolicyWindow.shipping.fact), status == nil || status == .awaitingShipment, let paid = day(.paid) {
            let last = PolicyWindow.shipping.deadline(from: paid).upperBound
            var note = "For an order paid on \(paid.spoken), the seller should ship by \(last.spoken)."
            var facts = [PolicyWindow.shipping.fact]
            if last < today, status != .shipped {
                // Past the window the wait is no longer normal: say what the policy offers for a late seller.
                note += " That day has passed, so the seller is late: you can ask to cancel, with \"seller delays "
                    + "shipping\" as the reason, or open a dispute from the order page if it never ships."
                facts += [FactID(14), FactID(12)]
            } else {
                note += passed(last, today)
            }
            notes.append((note, facts))
        }
        if facts.contains(PolicyWindow.sellerResponse.fact), approved == nil, let requested {
            let last = PolicyWindow.sellerResponse.deadline(from: requested).upperBound
            notes.append(("For a request sent on \(requested.spoken), the seller's time to react runs out on \(last.spoken).\(passed(last, today))",
                          [PolicyWindow.sellerResponse.fact]))
        }
        if facts.contains(PolicyWindow.refund.fact) {
            if let note = refundNote(situation: situation, approved: approved, requested: requested, today: today) {
                notes.append(note)
            }
        }
        return notes
    }

    private static func refundNote(situation: Situation, approved: CalendarDate?, requested: CalendarDate?,
                                   today: CalendarDate) -> (text: String, facts: [FactID])? {
        let refund = PolicyWindow.refund
        if let approved {
            let window = refund.deadline(from: approved)
            return ("Counting from the approval on \(approved.spoken), expect the money between \(window.lowerBound.spoken) "
                    + "and \(window.upperBound.spoken).\(passed(window.upperBound, today))", [refund.fact])
        }
        if let returned = situation.latest(.returned), let mention = returned.date,
           case .past(let date) = mention.resolve(today: today) {
            guard returned.evidence.contains("warehouse") else {
                return ("The refund for a return counts from the day the seller's warehouse receives the item, some "
                        + "days after you sent it on \(date.spoken); from then it takes \(refund.text).", [refund.fact])
            }
            let window = refund.deadline(from: date)
            return ("Counting from the warehouse's receipt on \(date.spoken), expect the money between "
                    + "\(window.lowerBound.spoken) and \(window.upperBound.spoken).\(passed(window.upperBound, today))",
                    [refund.fact])
        }
        if let requested {
            // The approval is not known: say so, and count from the last day it can come.
            let latestApproval = PolicyWindow.sellerResponse.deadline(from: requested).upperBound
            let last = refund.deadline(from: latestApproval).upperBound
            return ("The refund counts from the seller's approval, and I don't know of one yet: if they approve by "
                    + "\(latestApproval.spoken), when their \(PolicyWindow.sellerResponse.text) run out, the money should "
                    + "arrive by \(last.spoken) at the latest.",
                    [refund.fact, PolicyWindow.sellerResponse.fact])
        }
        return nil
    }

    private static func passed(_ day: CalendarDate, _ today: CalendarDate) -> String {
        day < today ? " That day has passed." : day == today ? " That is today." : ""
    }
}
