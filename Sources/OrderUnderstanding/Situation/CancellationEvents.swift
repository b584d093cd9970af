/// Reads what happened to a cancellation: the shopper asked, the seller approved, declined or stayed silent.
/// These words stay for matching (they say what is asked, too); the events only feed the situation.
enum CancellationEvents {
    /// The cancellation events of one clause of normalised words, in the order said.
    /// `aboutCancellation` says the message names a cancellation elsewhere, so "the seller approved it" in a
    /// clause of its own is about that cancellation.
    static func read(_ tokens: [String], aboutCancellation: Bool = false) -> [OrderEvent] {
        guard
            let cancel = tokens.firstIndex(where: cancelWords.contains) ?? requestNoun(tokens)
                ?? (aboutCancellation ? tokens.firstIndex(where: answerWords.contains) ?? noNews(tokens) : nil)
        else { return [] }
        var found: [(at: Int, event: OrderEvent)] = []
        func note(_ kind: OrderEvent.Kind, at index: Int, happened: Bool = true) {
            let low = min(index, cancel)
            let high = max(index, cancel)
            found.append(
                (
                    index,
                    OrderEvent(
                        kind, happened: happened,
                        evidence: tokens[low...high].suffix(6).joined(separator: " "))
                ))
        }
        for (i, word) in tokens.enumerated() where abs(i - cancel) <= 6 {
            let negated = SlotRules.negation(in: tokens, before: i) != nil
            if approveWords.contains(word) {
                // "I asked the seller to approve" is the request, not the approval.
                guard !isHypothetical(tokens, before: i) else { continue }
                note(.sellerApproved, at: i, happened: !negated)
            } else if declineWords.contains(word) || (word == "turned" && tokens.dropFirst(i + 1).first == "down")
                || (word == "let" && negated)
            {
                note(.sellerDeclined, at: i)
            } else if silentWords.contains(word) || (replyWords.contains(word) && negated)
                || (["no", "nothing"].contains(word) && tokens.dropFirst(i + 1).first.map(replyWords.contains) == true)
                || noNews(tokens) == i
            {
                note(.sellerSilent, at: i)
            } else if requestWords.contains(word), !negated, !isHypothetical(tokens, before: i) {
                note(.cancellationRequested, at: i)
            }
        }
        // "I cancelled on Monday" is a request the shopper made; "the order was cancelled" went through; "the
        // seller cancelled it" or "it was cancelled by the system" was nobody's answer to a request.
        if cancelledWords.contains(tokens[cancel]), cancel > 0 {
            var subject = cancel - 1
            while subject > 0, ["has", "have", "had", "just", "already", "then"].contains(tokens[subject]) {
                subject -= 1
            }
            let before = tokens[subject]
            let byOthers =
                tokens[(cancel + 1)...].prefix(3).contains("by")
                && tokens[(cancel + 1)...].prefix(5).contains(where: otherCancellers.contains)
            if ["i", "we"].contains(before) { note(.cancellationRequested, at: cancel) }
            if otherCancellers.contains(before) || byOthers {
                note(.sellerCancelled, at: cancel)
            } else if ["was", "been", "got", "is"].contains(before), !isHypothetical(tokens, before: cancel) {
                note(.sellerApproved, at: cancel)
            }
        }
        // "my cancel request" names a request that exists, made before whatever the clause says the seller did
        // with it: "the seller didn't react to my cancel request from Tuesday" is a request, then silence.
        if let noun = requestNoun(tokens), !found.contains(where: { $0.event.kind == .cancellationRequested }),
            (noun > 0 && ["my", "our"].contains(tokens[noun - 1])) || !isHypothetical(tokens, before: cancel)
        {
            note(.cancellationRequested, at: noun)
            found[found.count - 1].at = -1
        }
        return found.sorted { $0.at < $1.at }.map(\.event)
    }

    /// Where a clause says that nothing has come of the request: "and still nothing", "nothing yet".
    private static func noNews(_ tokens: [String]) -> Int? {
        tokens.indices.first { i in
            tokens[i] == "nothing"
                && (tokens[..<i].last == "still"
                    || ["yet", "since", "happened"].contains(tokens.dropFirst(i + 1).first ?? ""))
        }
    }

    /// "my cancel request", "the cancellation request": a request that exists.
    private static func requestNoun(_ tokens: [String]) -> Int? {
        tokens.indices.dropLast().first {
            cancelWords.contains(tokens[$0]) && ["request", "requests"].contains(tokens[$0 + 1])
        }
    }

    /// "can I request a cancellation", "how do I ask to cancel": asking how, not telling what happened.
    private static func isHypothetical(_ tokens: [String], before index: Int) -> Bool {
        tokens[max(0, index - 3)..<index].contains { hypothetical.contains($0) }
    }

    private static let hypothetical: Set<String> = [
        "can", "could", "should", "how", "if", "would", "to", "will", "do", "whether",
    ]
    /// Whether `tokens` name a cancellation at all.
    static func mentionsCancellation(_ tokens: [String]) -> Bool { tokens.contains(where: cancelWords.contains) }

    private static let cancelWords: Set<String> = [
        "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "cancelation",
        "cancle", "cancell",
    ]
    private static let cancelledWords: Set<String> = ["cancelled", "canceled"]
    /// Who else can cancel an order: the seller, or the platform itself.
    private static let otherCancellers: Set<String> = [
        "seller", "sellers", "store", "shop", "vendor", "system", "aliexpress",
    ]
    private static let approveWords: Set<String> = [
        "approved", "approve", "accepted", "agreed", "okayed", "okd", "confirmed", "granted", "allowed",
    ]
    private static let declineWords: Set<String> = [
        "declined", "refused", "rejected", "rejeced", "denied", "refuses", "declines", "rejects",
    ]
    private static let silentWords: Set<String> = [
        "ignoring", "ignored", "ignores", "ghosted", "ghosting", "silent", "unresponsive",
    ]
    private static let replyWords: Set<String> = [
        "reply", "replied", "replying", "replies", "respond", "responded", "responding", "response", "answer",
        "answered", "answering", "answers", "react", "reacted", "said", "heard",
    ]
    private static let requestWords: Set<String> = ["requested", "asked", "sent", "submitted", "applied", "filed"]
    /// Words of the seller's answer (or silence), which in a clause of their own are about the cancellation the
    /// message names elsewhere: "I asked to cancel and the seller never replied".
    private static let answerWords = approveWords.union(declineWords).union(silentWords).union(replyWords)
}
