import OrderPolicy
import OrderUnderstanding

/// The dated sentences an answer gains when the shopper said when something happened: each window counted
/// from the event that starts it (F4 from the request, F5 from the payment, F6 from the approval or the
/// warehouse's receipt), never from a day that belongs to another event.
enum DatedNotes {
    /// The notes for an answer resting on `facts`, and the facts they add.
    static func notes(for facts: [FactID], situation: Situation, status: OrderStatus?,
                      today: CalendarDate) -> [(text: String, fact: FactID)] {
        func day(_ kind: OrderEvent.Kind) -> CalendarDate? {
            guard let mention = situation.latest(kind)?.date, case .past(let date) = mention.resolve(today: today)
            else { return nil }
            return date
        }
        let requested = day(.cancellationRequested) ?? day(.sellerSilent) ?? day(.sellerDeclined)
        let approved = day(.sellerApproved)
        var notes: [(text: String, fact: FactID)] = []
        if facts.contains(PolicyWindow.shipping.fact), status == nil || status == .awaitingShipment, let paid = day(.paid) {
            let last = PolicyWindow.shipping.deadline(from: paid).upperBound
            notes.append(("For an order paid on \(paid.spoken), the seller should ship by \(last.spoken).\(passed(last, today))",
                          PolicyWindow.shipping.fact))
        }
        if facts.contains(PolicyWindow.sellerResponse.fact), approved == nil, let requested {
            let last = PolicyWindow.sellerResponse.deadline(from: requested).upperBound
            notes.append(("For a request sent on \(requested.spoken), the seller's time to react runs out on \(last.spoken).\(passed(last, today))",
                          PolicyWindow.sellerResponse.fact))
        }
        if facts.contains(PolicyWindow.refund.fact) {
            if let note = refundNote(situation: situation, approved: approved, requested: requested, today: today) {
                notes.append(note)
            }
        }
        return notes
    }

    private static func refundNote(situation: Situation, approved: CalendarDate?, requested: CalendarDate?,
                                   today: CalendarDate) -> (text: String, fact: FactID)? {
        let refund = PolicyWindow.refund
        if let approved {
            let window = refund.deadline(from: approved)
            return ("Counting from the approval on \(approved.spoken), expect the money between \(window.lowerBound.spoken) "
                    + "and \(window.upperBound.spoken).\(passed(window.upperBound, today))", refund.fact)
        }
        if let returned = situation.latest(.returned), let mention = returned.date,
           case .past(let date) = mention.resolve(today: today) {
            guard returned.evidence.contains("warehouse") else {
                return ("The refund for a return counts from the day the seller's warehouse receives the item, some "
                        + "days after you sent it on \(date.spoken); from then it takes \(refund.text).", refund.fact)
            }
            let window = refund.deadline(from: date)
            return ("Counting from the warehouse's receipt on \(date.spoken), expect the money between "
                    + "\(window.lowerBound.spoken) and \(window.upperBound.spoken).\(passed(window.upperBound, today))",
                    refund.fact)
        }
        if let requested {
            // The approval is not known: say so, and count from the last day it can come.
            let latestApproval = PolicyWindow.sellerResponse.deadline(from: requested).upperBound
            let last = refund.deadline(from: latestApproval).upperBound
            return ("I don't know when the seller approved, and the refund counts from that day. For a request sent on "
                    + "\(requested.spoken) the seller has until \(latestApproval.spoken) to react; if they approve by then, "
                    + "the money should arrive by \(last.spoken) at the latest.", refund.fact)
        }
        return nil
    }

    private static func passed(_ day: CalendarDate, _ today: CalendarDate) -> String {
        day < today ? " That day has passed." : day == today ? " That is today." : ""
    }
}
