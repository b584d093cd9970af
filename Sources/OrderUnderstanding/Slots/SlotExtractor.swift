import OrderPolicy

/// Finds the order status, payment method and order number in a sentence, in the shopper's own words.
public enum SlotExtractor {
    /// What one sentence said about the slots, and how many of its words did not belong to a slot phrase.
    public struct Extraction: Sendable {
        /// The slots the sentence mentions.
        public var values: SlotValues
        /// Meaningful words outside the slot phrases; a bare answer such as "it's shipped" has none.
        public var otherWords: Int
        /// Where the sentence names a payment method; matching reads each as the one word "paymethod".
        var paymentSpans: [Range<Int>] = []
    }

    /// The slots in already-normalised `tokens`.
    public static func extract(_ tokens: [String]) -> Extraction {
        var used = [Bool](repeating: false, count: tokens.count)
        var spans: [Range<Int>] = []
        let status = lastCue(of: SlotRules.status, in: tokens, used: &used, spans: &spans)
        spans.removeAll()
        let payment = lastCue(of: SlotRules.payment, in: tokens, used: &used, spans: &spans)
        var orderNumber: String?
        for (i, token) in tokens.enumerated()
        where token.utf8.count >= SlotRules.orderNumberDigits && token.allSatisfy(\.isASCIIDigit) {
            orderNumber = token
            used[i] = true
        }
        let other = tokens.indices.filter { !used[$0] && !SlotRules.fillers.contains(tokens[$0]) }.count
        return Extraction(values: SlotValues(status: status.flatMap(OrderStatus.init(rawValue:)),
                                             payment: payment.flatMap(PaymentMethod.init(rawValue:)),
                                             orderNumber: orderNumber),
                          otherWords: other, paymentSpans: spans)
    }

    /// The value of the cue that ends last in the sentence: a later mention corrects an earlier one.
    private static func lastCue(of rules: [SlotRule], in tokens: [String], used: inout [Bool],
                                spans: inout [Range<Int>]) -> String? {
        var found: (end: Int, value: String)?
        for rule in rules {
            var start = 0
            while start < tokens.count {
                guard !used[start], let end = rule.pattern.match(tokens, at: start),
                      !used[start..<end].contains(true),
                      !rule.isExcluded(tokens, after: end) else { start += 1; continue }
                let value = SlotRules.isNegated(tokens, before: start) ? rule.whenNegated : rule.value
                // A phrase that means nothing here ("pay" not negated) leaves its words to later rules.
                guard rule.value != nil || value != nil else { start += 1; continue }
                for i in start..<end { used[i] = true }
                spans.append(start..<end)
                if let value, end > (found?.end ?? -1) { found = (end, value) }
                start = end
            }
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
