extension IntentMatcher {
    /// What `text` says happened to the order, clause by clause, each event with the day its clause names.
    /// Reading a clause at a time keeps a negation and a date with the event they belong to: "paid on monday
    /// and it still hasn't shipped" is a payment on Monday and no shipment yet.
    public func readSituation(_ text: String) -> SituationReading {
        let words = Normalizer.tokens(text)
        let corrected = analyzer.corrected(words)
        return readSituation(
            clauses: Self.clauses(ofMessage: text), words: words, corrected: corrected,
            whole: SlotExtractor.extract(corrected))
    }

    /// The same, from the message's clauses (`clauses(ofMessage:)`), its words as typed, as corrected, and the
    /// slots of the whole.
    func readSituation(
        clauses: [Substring], words: [String], corrected: [String], whole: SlotExtractor.Extraction
    ) -> SituationReading {
        var reading = SituationReading(
            payment: whole.values.payment, paymentEvidence: whole.paymentEvidence,
            orderNumber: whole.values.orderNumber)
        var pendingDate: DateMention?
        let aboutCancellation = CancellationEvents.mentionsCancellation(words)
        // The newest events decide, so a story longer than the bound is read from its end.
        for clause in clauses.suffix(Self.maxClauses).map(String.init) {
            // A message of one clause (most are) is read once.
            let raw = Normalizer.tokens(clause)
            let isWhole = raw == words
            let tokens = isWhole ? corrected : analyzer.corrected(raw)
            guard !tokens.isEmpty else { continue }
            var events =
                (isWhole ? whole : SlotExtractor.extract(tokens)).events
                + CancellationEvents.read(tokens, aboutCancellation: aboutCancellation)
            // A reason to cancel has no day of its own ("I found it cheaper on Monday" dates nothing that counts),
            // and takes none from its neighbours.
            reading.events += ReasonEvents.read(tokens)
            let date = DateExtractor.mayMention(tokens) ? DateExtractor.mention(in: clause) : nil
            if let date { reading.dateMention = date }
            if events.isEmpty {
                // A clause that is only a day belongs to the event just before it ("…paid with visa, 3 days ago"),
                // or to the one just after ("yesterday, I paid"). A day in a clause that tells of something no
                // event here names ("the seller approved on Friday" with no cancellation in sight) belongs to
                // that, and to no neighbour: a date the shopper gives for another event is not its start.
                pendingDate = nil
                guard let date, DateExtractor.standsAlone(clause) else { continue }
                if let last = reading.events.lastIndex(where: { !$0.kind.isReason }), reading.events[last].happened,
                    reading.events[last].date == nil
                {
                    reading.events[last].date = date
                } else {
                    pendingDate = date
                }
                continue
            }
            // Something that did not happen has no day: "today I noticed it hasn't shipped" dates the noticing.
            for i in events.indices where events[i].happened {
                events[i].date = date ?? pendingDate
            }
            pendingDate = nil
            reading.events += events
        }
        return reading
    }

    /// A long story is read up to this many clauses, so the cost of a line stays bounded.
    static let maxClauses = 24

    /// The clauses of a message as it is read: of its first `Normalizer.maxCharacters` characters, so the cost of a
    /// line stays bounded. They are slices of `text`.
    public static func clauses(ofMessage text: String) -> [Substring] {
        clauses(of: text.prefix(Normalizer.maxCharacters))
    }

    /// The clauses of `text`: cut at sentence ends, at commas and full stops followed by a space, and before
    /// "and", "but", "then" and the like. A date such as "20.11.2026" or "20/11" stays whole.
    public static func clauses(of text: String) -> [Substring] { clauses(of: text[...]) }

    /// The same, as slices of the string `text` is a slice of.
    static func clauses(of text: Substring) -> [Substring] {
        let bytes = text.utf8
        var clauses: [Substring] = []
        var start = bytes.startIndex
        var wordStart = bytes.startIndex
        var index = bytes.startIndex
        func cut(at end: String.Index, next: String.Index) {
            if start < end { clauses.append(text[start..<end]) }
            start = next
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            switch byte {
            case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: "\n"):
                cut(at: index, next: next)
                wordStart = next
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if next == bytes.endIndex || bytes[next] == UInt8(ascii: " ") { cut(at: index, next: next) }
                wordStart = next
            case UInt8(ascii: " "):
                if isConnective(bytes[wordStart..<index]) { cut(at: wordStart, next: index) }
                wordStart = next
            default:
                break
            }
            index = next
        }
        cut(at: bytes.endIndex, next: bytes.endIndex)
        return clauses
    }

    /// Words that join two clauses: each starts a clause of its own.
    private static let connectives: [[UInt8]] = ["and", "but", "then", "because", "although", "though"].map {
        Array($0.utf8)
    }

    private static func isConnective(_ word: Substring.UTF8View) -> Bool {
        connectives.contains { connective in
            connective.count == word.count && zip(connective, word).allSatisfy { $0 == ($1 | 0x20) }
        }
    }
}
