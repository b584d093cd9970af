import OrderPolicy

/// Finds the order status, payment method and order number in a sentence, in the shopper's own words.
public enum SlotExtractor {
    /// What one sentence said about the slots, and which of its words said it.
    public struct Extraction: Sendable {
        /// The slots the sentence mentions.
        public var values: SlotValues
        /// Meaningful words outside the slot phrases; a bare answer such as "it's shipped" has none.
        public var otherWords: Int
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
        var statusSpans: [Range<Int>] = [], paymentSpans: [Range<Int>] = []
        let status = lastCue(of: SlotRules.status, SlotRules.statusIndex, in: tokens, used: &used,
                             spans: &statusSpans, aboutTheOrder: true)
        let payment = lastCue(of: SlotRules.payment, SlotRules.paymentIndex, in: tokens, used: &used,
                              spans: &paymentSpans, aboutTheOrder: false)
        var orderNumber: String?
        for (i, token) in tokens.enumerated()
        where token.utf8.count >= SlotRules.orderNumberDigits && token.allSatisfy(\.isASCIIDigit) {
            orderNumber = token
            used[i] = true
        }
        let rest = tokens.indices.filter { !used[$0] }.map { tokens[$0] }
        return Extraction(values: SlotValues(status: status.flatMap(OrderStatus.init(rawValue:)),
                                             payment: payment.flatMap(PaymentMethod.init(rawValue:)),
                                             orderNumber: orderNumber),
                          otherWords: rest.filter { !SlotRules.fillers.contains($0) }.count,
                          statusSpans: statusSpans, paymentSpans: paymentSpans, rest: rest)
    }

    /// The value of the cue that ends last in the sentence: a later mention corrects an earlier one.
    /// Rules claim their words in priority order, then left to right. A cue `aboutTheOrder` (a status) does not
    /// count when its subject is the refund ("my refund is on its way").
    private static func lastCue(of rules: [SlotRule], _ index: PhraseIndex, in tokens: [String], used: inout [Bool],
                                spans: inout [Range<Int>], aboutTheOrder: Bool) -> String? {
        var found: (end: Int, value: String)?
        for (position, start) in index.allStarts(tokens) {
            let rule = rules[position]
            guard !used[start], let end = index.match(position, tokens, at: start),
                  !used[start..<end].contains(true),
                  !(aboutTheOrder && SlotRules.namesRefund(tokens, before: start)) else { continue }
            let negator = SlotRules.negation(in: tokens, before: start)
            let value = negator == nil ? rule.value : rule.whenNegated
            // A phrase that names no status here ("pay" not negated, "hasn't arrived", "received a
            // refund") leaves its words to later rules and to matching.
            guard let value, negator != nil || !rule.isExcluded(tokens, after: end) else { continue }
            let first = negator ?? SlotRules.leadIn(tokens, before: start)
            for i in first..<end { used[i] = true }
            spans.append(first..<end)
            if end > (found?.end ?? -1) { found = (end, value) }
        }
        return found?.value
    }
}

/// One way of saying a slot value.
struct SlotRule: Sendable {
    let pattern: PhrasePattern
    /// The slot value this phrase means.
    let value: String?
    /// The value when a negation comes just before, e.g. "not shipped" means awaiting shipment.
    let whenNegated: String?
    /// Words that, right after the phrase, mean it was not about the slot ("received a refund").
    let unlessFollowedBy: Set<String>

    init(_ pattern: String, _ value: String?, negated: String? = nil, unlessFollowedBy: Set<String> = []) {
        self.pattern = PhrasePattern(pattern)
        self.value = value
        self.whenNegated = negated
        self.unlessFollowedBy = unlessFollowedBy
    }

    func isExcluded(_ tokens: [String], after end: Int) -> Bool {
        tokens[end..<min(end + 2, tokens.count)].contains(where: unlessFollowedBy.contains)
    }
}
