/// How shoppers say each slot value. Earlier rules claim their words first.
enum SlotRules {
    static let orderNumberDigits = 6

    private static let notAboutTheParcel: Set<String> = [
        "refund", "money", "email", "mail", "message", "notification", "reply", "response", "answer",
        "confirmation", "voucher", "code", "card", "nothing", "payment", "call",
    ]
    /// "I already sent the money" is a payment, not a parcel on its way.
    private static let sentMoney: Set<String> = ["money", "funds", "cash", "payment", "transfer"]
    private static let howPaid: Set<String> = ["by", "with", "via", "through", "using", "for", "in", "on", "to", "extra"]

    static let status: [SlotRule] = [
        SlotRule("unpaid|nonpaid", "unpaid"),
        SlotRule("awaiting|waiting|pending|await payment|pay|paying", "unpaid"),
        SlotRule("payment|pay pending|processing|verifying|verification|unconfirmed", "unpaid"),
        SlotRule("payment * not|never confirmed|done|complete|completed|through|processed|verified|finished|made|gone|went",
                 "unpaid"),
        SlotRule("before|without paying|payment|pay", "unpaid"),
        SlotRule("awaiting|waiting|pending|await shipment|shipping|ship|dispatch|dispatching|sending", "awaiting_shipment"),
        SlotRule("awaiting|waiting|yet to be shipped|sent|dispatched", "awaiting_shipment"),
        SlotRule("processing|preparing|packing", "awaiting_shipment"),
        SlotRule("being processed|prepared|packed", "awaiting_shipment"),
        SlotRule("not|never|nt sent|shipped|dispatched|posted", "awaiting_shipment"),
        SlotRule("shipped|dispatched|shiped|shippped", "shipped", negated: "awaiting_shipment"),
        SlotRule("was|been|already|has|have|is|it|order|package|parcel|item|seller|they|just sent",
                 "shipped", negated: "awaiting_shipment", unlessFollowedBy: sentMoney),
        SlotRule("in transit|transport", "shipped"),
        SlotRule("on the|its|his|her|my way", "shipped"),
        SlotRule("out for delivery", "shipped"),
        SlotRule("delivered|deliverd|arrived|arived", "delivered", negated: nil, unlessFollowedBy: ["at", "to"]),
        SlotRule("received|recieved|recived", "delivered", negated: nil, unlessFollowedBy: notAboutTheParcel),
        SlotRule("got|have it|them", "delivered", negated: nil, unlessFollowedBy: notAboutTheParcel),
        SlotRule("got the|my item|items|package|parcel|order|goods|product|products|stuff|thing|things",
                 "delivered", negated: nil),
        SlotRule("it|package|parcel|order|item|everything came", "delivered", negated: nil),
        SlotRule("paid|payed", "awaiting_shipment", negated: "unpaid", unlessFollowedBy: howPaid),
        SlotRule("pay|paying", nil, negated: "unpaid", unlessFollowedBy: howPaid),
    ]

    static let payment: [SlotRule] = [
        SlotRule("cash|pay|paid|paying|payment on|at delivery", "cash_on_delivery"),
        SlotRule("cod", "cash_on_delivery"),
        SlotRule("western union", "western_union"),
        SlotRule("westernunion", "western_union"),
        SlotRule("bank|wire transfer|wire|transfered|transferred", "bank_transfer"),
        SlotRule("wire|wired|sepa", "bank_transfer"),
        SlotRule("credit|debit|bank|visa|master|prepaid card|cards", "card"),
        SlotRule("card|visa|mastercard|maestro|amex|debit|creditcard|debitcard", "card", negated: nil,
                 unlessFollowedBy: []),
        SlotRule("american express", "card"),
        SlotRule("paypal|gpay|applepay|googlepay|ewallet|wallet|qiwi|webmoney|skrill|payoneer", "e_wallet"),
        SlotRule("google|apple|samsung|g pay|wallet", "e_wallet"),
        SlotRule("e wallet", "e_wallet"),
        SlotRule("cash", "cash", negated: nil, unlessFollowedBy: ["back"]),
    ]

    static let statusIndex = PhraseIndex(status.map(\.pattern))
    static let paymentIndex = PhraseIndex(payment.map(\.pattern))

    private static let negators: Set<String> = [
        "not", "never", "without", "didnt", "hasnt", "havent", "isnt", "wasnt", "doesnt", "dont", "hadnt", "arent",
        "werent", "nt",
    ]

    /// Whether the thing said to be sent, on its way or delivered is the refund rather than the order: "my refund
    /// is on its way", "the money has not been sent". Looks back over auxiliaries and negations to the subject;
    /// "a refund after it shipped" has another subject and keeps its status.
    static func namesRefund(_ tokens: [String], before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, start - i <= 4, auxiliaries.contains(tokens[i]) || negators.contains(tokens[i]) { i -= 1 }
        return i >= 0 && refundWords.contains(tokens[i])
    }

    private static let auxiliaries: Set<String> = [
        "is", "s", "was", "are", "were", "has", "have", "had", "been", "being", "got", "gets", "already", "finally",
        "now", "just", "still", "apparently", "supposedly",
    ]
    private static let refundWords: Set<String> = ["refund", "refunds", "money", "funds", "reimbursement"]

    /// Where a status phrase really starts when the sentence leads into it: "status is awaiting shipment",
    /// "the status says shipped". The lead-in belongs to the slot, not to the question.
    static func leadIn(_ tokens: [String], before start: Int) -> Int {
        var first = start
        if first > 0, ["is", "says", "shows", "reads", "still", "now", "currently", "of"].contains(tokens[first - 1]) {
            first -= 1
        }
        if first > 0, tokens[first - 1] == "status" { return first - 1 }
        return start
    }

    /// The index of a negation among the three words before `start` ("has not been shipped", "yet to ship").
    static func negation(in tokens: [String], before start: Int) -> Int? {
        for i in max(0, start - 3)..<start {
            if negators.contains(tokens[i]) { return i }
            if tokens[i] == "yet", i + 1 < tokens.count, tokens[i + 1] == "to" { return i }
        }
        return nil
    }

    /// Words that do not count as saying something beyond a slot value ("it's", "my order is", "yes").
    static let fillers: Set<String> = [
        "it", "is", "its", "s", "my", "the", "order", "status", "says", "shows", "i", "think", "was", "has", "been",
        "already", "yes", "yeah", "yep", "ok", "okay", "sorry", "actually", "no", "oh", "well", "a", "an", "and",
        "just", "now", "still", "currently", "item", "package", "parcel", "which", "that", "this", "one", "option",
        "number", "am", "are", "we", "they", "ve", "had", "all", "so", "right", "correct", "hmm", "um", "uh", "by",
        "with", "via", "using", "through", "in", "on", "me", "seller", "aliexpress", "says", "said", "showing",
        "please", "thanks", "thank", "you", "of", "course", "guess", "believe", "pretty", "sure", "mine", "to",
        "be", "honest", "wait", "hm", "er", "ah", "paid", "pay", "be", "if", "remember", "correctly", "yet", "anymore", "since", "ago", "last", "week", "today", "yesterday",
        "days", "says", "according", "tracking", "page", "there",
    ]
}
