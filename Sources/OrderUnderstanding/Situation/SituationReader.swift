extension IntentMatcher {
    /// What `text` says happened to the order, clause by clause, each event with the day its clause names.
    /// Reading a clause at a time keeps a negation and a date with the event they belong to: "paid on monday
    /// and it still hasn't shipped" is a payment on Monday and no shipment yet.
    public func readSituation(_ text: String) -> SituationReading {
        let whole = SlotExtractor.extract(analyzer.corrected(Normalizer.tokens(text)))
        var reading = SituationReading(payment: whole.values.payment, paymentEvidence: whole.paymentEvidence,
                                       orderNumber: whole.values.orderNumber)
        var pendingDate: DateMention?
        for clause in Self.clauses(of: String(text.prefix(Normalizer.maxCharacters))).prefix(Self.maxClauses).map(String.init) {
            let tokens = analyzer.corrected(Normalizer.tokens(clause))
            guard !tokens.isEmpty else { continue }
            var events = SlotExtractor.extract(tokens).events + CancellationEvents.read(tokens)
            let date = DateExtractor.mention(in: clause)
            if events.isEmpty {
                // "…paid with visa, 3 days ago": a date standing alone belongs to the event just before it.
                if let date, let last = reading.events.indices.last, reading.events[last].date == nil {
                    reading.events[last].date = date
                } else if let date {
                    pendingDate = date
                }
                continue
            }
            for i in events.indices { events[i].date = date ?? pendingDate }
            pendingDate = nil
            reading.events += events
        }
        return reading
    }

    /// A long story is read up to this many clauses, so the cost of a line stays bounded.
    static let maxClauses = 24

    /// The clauses of `text`: cut at sentence ends, at commas and semicolons followed by a space, and before
    /// "and", "but" and "then". A date such as "20.11.2026" or "20/11" stays whole.
    public static func clauses(of text: String) -> [Substring] {
        var clauses: [Substring] = []
        var start = text.startIndex
        var wordStart = text.startIndex
        var index = text.startIndex
        func cut(at end: String.Index, next: String.Index) {
            if start < end { clauses.append(text[start..<end]) }
            start = next
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if "!?;\n".contains(character) {
                cut(at: index, next: next)
            } else if ".,".contains(character), next == text.endIndex || text[next] == " " {
                cut(at: index, next: next)
            } else if character == " " {
                let word = text[wordStart..<index].lowercased()
                if ["and", "but", "then", "because", "although", "though"].contains(word) { cut(at: wordStart, next: index) }
                wordStart = next
            }
            if character == " " || "!?;\n.,".contains(character) { wordStart = next }
            index = next
        }
        cut(at: text.endIndex, next: text.endIndex)
        return clauses
    }
}
