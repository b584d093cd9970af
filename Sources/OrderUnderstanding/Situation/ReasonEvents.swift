import OrderPolicy

/// Reads the shopper's own reason to cancel, where it is one the cancellation form offers (F14): "I found it
/// cheaper elsewhere" is "found a better offer". A seller slow to ship is read from the dates, not from words, and
/// "I changed my mind" is no reason the form names (F8 advises another for it), so neither is read here.
enum ReasonEvents {
    /// The reason one clause of normalised words gives, as an event; none when it gives none.
    static func read(_ tokens: [String]) -> [OrderEvent] {
        for (reason, phrases) in phrases {
            for phrase in phrases {
                guard let start = Normalizer.find(phrase, in: tokens) else { continue }
                let evidence = tokens[start..<(start + phrase.count)].joined(separator: " ")
                return [OrderEvent(.reasonGiven(reason), evidence: evidence)]
            }
        }
        return []
    }

    /// The words that give each reason, in the order they are tried: whole phrases, since "cheaper" or "don't
    /// need" alone also ask about shipping options or contacting the seller.
    private static let phrases: [(CancellationReason, [[String]])] = [
        (
            .betterOffer,
            [
                ["found", "it", "cheaper"], ["found", "them", "cheaper"], ["found", "one", "cheaper"],
                ["found", "a", "cheaper"], ["found", "cheaper"], ["cheaper", "elsewhere"], ["cheaper", "somewhere"],
                ["cheaper", "on", "another"], ["cheaper", "at", "another"], ["cheaper", "in", "another"],
                ["better", "price", "elsewhere"], ["better", "deal"], ["better", "offer"],
                ["lower", "price", "elsewhere"],
            ]
        ),
        (
            .noLongerNeeded,
            [
                ["no", "longer", "need"], ["no", "longer", "needed"], ["do", "not", "need", "it"],
                ["do", "not", "need", "them"], ["do", "not", "need", "this"], ["dont", "need", "it"],
                ["not", "need", "it", "anymore"], ["not", "needed", "anymore"], ["no", "need", "for", "it"],
            ]
        ),
        // A duplicate is read from no words: the form's reason is a duplicate the system made, and a shopper who
        // ordered twice by mistake did not say that.
        (
            .wrongDetails,
            [
                ["wrong", "address"], ["wrong", "shipping", "address"], ["wrong", "delivery", "address"],
                ["wrong", "city"], ["wrong", "name", "on"],
            ]
        ),
    ]
}
