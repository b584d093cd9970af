import OrderPolicy

/// Finds the order status, payment method and order number in a sentence, in the shopper's own words.
public enum SlotExtractor {
    /// What one sentence said about the slots, and which of its words said it.
    public struct Extraction: Sendable {
        /// The slots the sentence mentions; the status is the one its events leave, with nothing assumed.
        public var values: SlotValues
        /// Meaningful words outside the slot phrases; a bare answer such as "it's shipped" has none.
        public var otherWords: Int
        /// The status phrases, in the order said, with where each stands.
        var cues: [(value: StatusCue, span: Range<Int>)] = []
        /// The sentence's words, for the evidence of its events.
        var tokens: [String] = []

        /// What the sentence says happened to the order, in the order said, each with the words that said it.
        public var events: [OrderEvent] {
            cues.map {
                OrderEvent($0.value.kind, happened: $0.value.happened, evidence: tokens[$0.span].joined(separator: " "))
            }
        }
        /// The words that named the payment method.
        public var paymentEvidence: String?
        /// Where the sentence names a status; matching reads each as the one word "orderstatus".
        var statusSpans: [Range<Int>] = []
        /// Where the sentence names a payment method; matching reads each as the one word "paymethod".
        var paymentSpans: [Range<Int>] = []
        /// The words that belong to no slot phrase, in order.
        var rest: [String] = []
    }

    /// The slots in already-normalised `tokens`.
    public static func extract(_ tokens: [String]) -> Extraction {
        var used = [Bool](repeating: false, count: tokens.count)
        var statusSpans: [Range<Int>] = []
        var paymentSpans: [Range<Int>] = []
        // Payment phrases claim their words first: "paid on delivery" is cash on delivery before it is a payment.
        let payments = matches(
            of: SlotRules.payment, SlotRules.paymentIndex, in: tokens, used: &used,
            spans: &paymentSpans, aboutTheOrder: false)
        let cues = matches(
            of: SlotRules.status, SlotRules.statusIndex, in: tokens, used: &used,
            spans: &statusSpans, aboutTheOrder: true)
        var orderNumber: String?
        for (i, token) in tokens.enumerated()
        where token.utf8.count >= SlotRules.orderNumberDigits && token.allSatisfy(\.isASCIIDigit) {
            orderNumber = token
            used[i] = true
        }
        // The first method named is how the shopper paid; a later one is usually where they hope the money goes.
        let payment = payments.first
        // Of the words that name that method, those with a maker's name ("my card is a visa") are the evidence,
        // so the reply can say the shopper's own name for it.
        let words = { (match: (value: String, span: Range<Int>)) in tokens[match.span].joined(separator: " ") }
        let evidence =
            payments.first { $0.value == payment?.value && Lexicon.paymentName(in: words($0)) != nil } ?? payment
        let rest = tokens.indices.filter { !used[$0] }.map { tokens[$0] }
        return Extraction(
            values: SlotValues(
                status: Situation.status(of: cues.map(\.value)),
                payment: payment.flatMap { PaymentMethod(rawValue: $0.value) },
                orderNumber: orderNumber),
            otherWords: rest.filter { !SlotRules.fillers.contains($0) }.count,
            cues: cues, tokens: tokens,
            paymentEvidence: evidence.map(words),
            statusSpans: statusSpans, paymentSpans: paymentSpans, rest: rest)
    }

    /// Every cue in the sentence, ordered by where it ends: a later mention is newer news. Rules claim their
    /// words in priority order, then left to right. A cue `aboutTheOrder` (a status) does not count when its
    /// subject is the refund ("my refund is on its way").
    private static func matches<Value>(
        of rules: [SlotRule<Value>], _ index: PhraseIndex, in tokens: [String],
        used: inout [Bool], spans: inout [Range<Int>],
        aboutTheOrder: Bool
    ) -> [(value: Value, span: Range<Int>)] {
        var found: [(value: Value, span: Range<Int>)] = []
        // A phrase read as an event that keeps its words for matching is one event: a later rule matching inside
        // it ("received" in "the warehouse received it") still claims its words, but tells nothing new.
        var kept: [Range<Int>] = []
        for (position, start) in index.allStarts(tokens) {
            let rule = rules[position]
            guard !used[start], let end = index.match(position, tokens, at: start),
                !used[start..<end].contains(true),
                !(aboutTheOrder && SlotRules.namesRefund(tokens, before: start))
            else { continue }
            let negator = SlotRules.negation(in: tokens, before: start)
            let value = negator == nil ? rule.value : rule.whenNegated
            // A phrase that names no status here ("pay" not negated, "received a refund") leaves its words to
            // later rules and to matching.
            guard let value, !rule.isExcluded(tokens, after: end), !rule.isExcluded(tokens, before: start)
            else { continue }
            let first = negator ?? SlotRules.leadIn(tokens, before: start)
            let keeps = negator == nil ? rule.keepsWords : rule.negatedKeepsWords
            if !kept.contains(where: { $0.contains(start) && $0.contains(end - 1) }) {
                found.append((value, first..<end))
                if keeps { kept.append(first..<end) }
            }
            if keeps { continue }
            for i in first..<end { used[i] = true }
            spans.append(first..<end)
        }
        return found.sorted { $0.span.upperBound < $1.span.upperBound }
    }
}

/// What a status phrase says: an event of the order, or the status in the order page's words.
struct StatusCue: Sendable {
    let kind: OrderEvent.Kind
    let happened: Bool

    static func shown(_ status: OrderStatus) -> StatusCue { StatusCue(kind: .shown(status), happened: true) }
    static func did(_ kind: OrderEvent.Kind) -> StatusCue { StatusCue(kind: kind, happened: true) }
    static func didNot(_ kind: OrderEvent.Kind) -> StatusCue { StatusCue(kind: kind, happened: false) }
}

/// One way of saying a slot value.
struct SlotRule<Value: Sendable>: Sendable {
    let pattern: PhrasePattern
    /// The value this phrase means.
    let value: Value?
    /// The value when a negation comes just before, e.g. "not shipped" means it has not shipped.
    let whenNegated: Value?
    /// Words that, right after the phrase, mean it was not about the slot ("received a refund").
    let unlessFollowedBy: Set<String>
    /// Words that, one or two before the phrase, mean it was not about the slot ("when do I get paid", "can I
    /// refuse it", "once it arrives").
    let unlessPrecededBy: Set<String>
    /// The phrase's words also stay for matching: "the tracking hasn't moved" is a clue to the question too.
    let keepsWords: Bool
    /// Likewise when negated: "it never arrived" asks for a dispute as much as it tells the status.
    let negatedKeepsWords: Bool
    /// The phrase's words are known to spelling correction, so a typo can still reach them.
    let teachesSpelling: Bool

    init(
        _ pattern: String, _ value: Value?, negated: Value? = nil, unlessFollowedBy: Set<String> = [],
        unlessPrecededBy: Set<String> = [], keepsWords: Bool = false, negatedKeepsWords: Bool = false,
        teachesSpelling: Bool = true
    ) {
        self.teachesSpelling = teachesSpelling
        self.pattern = PhrasePattern(pattern)
        self.value = value
        self.whenNegated = negated
        self.unlessFollowedBy = unlessFollowedBy
        self.unlessPrecededBy = unlessPrecededBy
        self.keepsWords = keepsWords
        self.negatedKeepsWords = negatedKeepsWords || keepsWords
    }

    func isExcluded(_ tokens: [String], after end: Int) -> Bool {
        tokens[end..<min(end + 2, tokens.count)].contains(where: unlessFollowedBy.contains)
    }

    func isExcluded(_ tokens: [String], before start: Int) -> Bool {
        tokens[max(0, start - 2)..<start].contains(where: unlessPrecededBy.contains)
    }
}
