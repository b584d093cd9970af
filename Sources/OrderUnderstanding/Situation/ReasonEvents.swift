import OrderPolicy

/// Reads the shopper's own reason to cancel, where it is one the cancellation form offers (F14): "I found it
/// cheaper elsewhere" is "found a better offer". A seller slow to ship is read from the dates, not from words, and
/// "I changed my mind" is no reason the form names (F8 advises another for it), so neither is read here.
enum ReasonEvents {
    /// The reason one clause of normalised words gives, as an event; none when it gives none.
    static func read(_ tokens: [String]) -> [OrderEvent] {
        for (reason, phrases) in phrases {
            for phrase in phrases {
                guard let start = start(of: phrase, in: tokens) else { continue }
                let evidence = tokens[start..<(start + phrase.count)].joined(separator: " ")
                return [OrderEvent(.reasonGiven(reason), evidence: evidence)]
            }
        }
        return []
    }

    private static func start(of phrase: [String], in tokens: [String]) -> Int? {
        guard tokens.count >= phrase.count else { return nil }
        return (0...(tokens.count - phrase.count)).first { start in
            phrase.indices.allSatisfy { tokens[start + $0] == phrase[$0] }
        }
    }

    /// The words that give each reason, in the order they are tried.
    private static let phrases: [(CancellationReason, [[String]])] = [
        (
            .betterOffer,
            [
                ["cheaper"], ["better", "price"], ["better", "deal"], ["better", "offer"], ["lower", "price"],
                ["better", "one"],
            ]
        ),
        (
            .noLongerNeeded,
            [
                ["no", "longer", "need"], ["no", "longer", "needed"], ["do", "not", "need"], ["dont", "need"],
                ["not", "need", "it"], ["not", "needed", "anymore"], ["no", "need", "for", "it"],
            ]
        ),
        // A duplicate is read from no words: the form's reason is a duplicate the system made, and a shopper who
        // ordered twice by mistake did not say that.
        (
            .wrongDetails,
            [
                ["wrong", "address"], ["wrong", "shipping", "address"], ["wrong", "delivery", "address"],
                ["wrong", "city"], ["wrong", "name"],
            ]
        ),
    ]
}
