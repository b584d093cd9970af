/// How shoppers say each slot value. Earlier rules claim their words first.
enum SlotRules {
    static let orderNumberDigits = 6

    private static let notAboutTheParcel: Set<String> = [
        "refund", "money", "email", "mail", "message", "notification", "reply", "response", "answer",
        "confirmation", "voucher", "code", "card", "nothing", "payment", "call", "charged",
        "back", "told",
    ]
    /// Words before a phrase that make it a supposition or a moment, not news: "can I refuse the parcel",
    /// "when it came", "once it arrives".
    private static let supposing: Set<String> = [
        "can", "could", "should", "may", "will", "would", "to", "if", "when", "once", "until", "till", "before",
    ]
    /// "I already sent the money" is a payment, not a parcel on its way.
    private static let sentMoney: Set<String> = ["money", "funds", "cash", "payment", "transfer"]
    private static let howPaid: Set<String> = [
        "by", "with", "via", "through", "using", "for", "in", "on", "to", "extra",
    ]

    /// How shoppers say what happened to the order, in priority order. Each phrase is an event, or the order
    /// page's own word for the status; a negation just before turns it round ("not shipped").
    static let status: [SlotRule<StatusCue>] = [
        SlotRule("unpaid|nonpaid", .shown(.unpaid)),
        SlotRule("awaiting|waiting|pending|await payment|pay|paying", .shown(.unpaid)),
        // A payment still being verified is unpaid for now, and a cancellation waits for the check (F1).
        SlotRule("payment|pay verifying|verification", .did(.paymentVerifying)),
        SlotRule("verifying|checking payment|pay", .did(.paymentVerifying)),
        SlotRule("payment|pay pending|processing|unconfirmed", .shown(.unpaid)),
        SlotRule("payment * pending|unconfirmed", .shown(.unpaid)),
        SlotRule("being verified|checked", .did(.paymentVerifying)),
        SlotRule(
            "payment * not|never confirmed|done|complete|completed|through|processed|verified|finished|made|gone|went",
            .didNot(.paid)),
        SlotRule("before|without paying|payment|pay", .didNot(.paid)),
        // "haven't sent the money yet" is a payment not made, not a parcel.
        SlotRule("not|never|nt sent|transferred|made the|my money|payment|transfer", .didNot(.paid)),
        // What happened after delivery, or at the door; these words are clues to the question too.
        SlotRule("returned the|it|them|item|items|parcel|package|product", .did(.returned), keepsWords: true),
        SlotRule("sent|shipped|mailed|posted it|them back", .did(.returned), keepsWords: true),
        SlotRule("sent|shipped|mailed|posted back the|my|it|them", .did(.returned), keepsWords: true),
        SlotRule(
            "sent|shipped|mailed|posted the|my item|parcel|package|product|order back", .did(.returned),
            keepsWords: true),
        // The warehouse having the return is the day a return's refund counts from (F10, F6).
        SlotRule("reached * warehouse", .did(.returnReceived), keepsWords: true),
        SlotRule("warehouse received|got|has", .did(.returnReceived), keepsWords: true),
        SlotRule(
            "refused|rejected|declined the|a parcel|package|delivery|courier", .did(.deliveryRefused), keepsWords: true),
        SlotRule(
            "refuse|reject the|a parcel|package|delivery", .did(.deliveryRefused), unlessPrecededBy: supposing,
            keepsWords: true),
        SlotRule(
            "opened|filed|raised|started|submitted a|the dispute|case|claim", .did(.disputeOpened), keepsWords: true),
        // How a dispute ended: in the shopper's favour starts the refund's count (F6); in the seller's, nothing does.
        // These phrases only feed the situation: they keep their words for matching and teach spelling nothing,
        // so the matcher reads every line as before.
        SlotRule(
            "resolved|closed|decided|settled in my|our favour|favor", .did(.disputeWon), keepsWords: true,
            teachesSpelling: false),
        SlotRule("won the|my|our dispute|case|claim", .did(.disputeWon), keepsWords: true, teachesSpelling: false),
        SlotRule("lost the|my|our dispute|case|claim", .did(.disputeLost), keepsWords: true, teachesSpelling: false),
        SlotRule(
            "in the|their seller|sellers|store|shop favour|favor", .did(.disputeLost), keepsWords: true,
            teachesSpelling: false),
        SlotRule("seller|sellers|store|shop won|wins", .did(.disputeLost), keepsWords: true, teachesSpelling: false),
        SlotRule(
            "dispute|claim * rejected|denied|refused|declined|lost", .did(.disputeLost), keepsWords: true,
            teachesSpelling: false),
        SlotRule(
            "partial|partially refund|refunds|refunded|refunding", .did(.partialRefund), keepsWords: true,
            teachesSpelling: false),
        SlotRule(
            "awaiting|waiting|pending|await shipment|shipping|ship|dispatch|dispatching|sending",
            .shown(.awaitingShipment)),
        SlotRule("awaiting|waiting|pending delivery", .shown(.shipped)),
        SlotRule("awaiting|waiting|yet to be shipped|sent|dispatched", .didNot(.shipped)),
        SlotRule("yet to ship|dispatch|send|post", .didNot(.shipped)),
        // "I want to cancel before they ship it": it hasn't shipped yet.
        SlotRule("before dispatch|dispatching|shipping|shipment", .didNot(.shipped)),
        SlotRule("before it|they ship|ships|send|sends|dispatch|dispatches", .didNot(.shipped)),
        SlotRule("sent me * wrong|different|broken|damaged|fake|defective", .did(.delivered)),
        SlotRule("without|no shipping|dispatch|dispatching", .didNot(.shipped)),
        SlotRule("unshipped|undispatched", .didNot(.shipped)),
        SlotRule("late sending|shipping|dispatching", .didNot(.shipped)),
        SlotRule("processing|preparing|packing", .shown(.awaitingShipment)),
        SlotRule("being processed|prepared|packed", .shown(.awaitingShipment)),
        SlotRule("not|never|nt sent|shipped|dispatched|posted", .didNot(.shipped)),
        SlotRule("not|never|nt ship|dispatch|send|post", .didNot(.shipped)),
        SlotRule("shipped|dispatched|shiped|shippped", .shown(.shipped), negated: .didNot(.shipped)),
        SlotRule("posted|mailed it|them|my|the|out", .did(.shipped), negated: .didNot(.shipped)),
        SlotRule(
            "was|been|already|has|have|is|it|order|package|parcel|item|seller|they|just sent|posted|mailed",
            .did(.shipped), negated: .didNot(.shipped), unlessFollowedBy: sentMoney),
        SlotRule("gone|went out", .did(.shipped), negated: .didNot(.shipped)),
        SlotRule("marked|marks * sent|shipped|dispatched|posted", .did(.shipped), negated: .didNot(.shipped)),
        SlotRule("in transit|transport", .shown(.shipped)),
        SlotRule("on the|its|his|her|my way", .did(.shipped)),
        SlotRule("out for delivery", .did(.shipped)),
        SlotRule("left|leaving|leave the|their warehouse|country|china|facility|sorting|depot", .did(.shipped)),
        SlotRule("post office", .did(.shipped)),
        // Tracking, customs and the courier are clues to the question as well as to the status.
        SlotRule("tracking", .did(.shipped), negated: .didNot(.shipped), keepsWords: true),
        SlotRule("customs", .did(.shipped), keepsWords: true),
        SlotRule("courier|postman", .did(.shipped), keepsWords: true),
        SlotRule("completed", .shown(.delivered), unlessFollowedBy: ["the", "payment", "my", "a"]),
        SlotRule(
            "delivered|deliverd|arrived|arived", .shown(.delivered), negated: .didNot(.delivered),
            unlessFollowedBy: ["at", "to"], unlessPrecededBy: supposing, negatedKeepsWords: true),
        SlotRule(
            "received|recieved|recived", .did(.delivered), negated: .didNot(.delivered),
            unlessFollowedBy: notAboutTheParcel, negatedKeepsWords: true),
        SlotRule(
            "got|have it|them", .did(.delivered), negated: .didNot(.delivered), unlessFollowedBy: notAboutTheParcel,
            negatedKeepsWords: true),
        SlotRule(
            "got the|my item|items|package|parcel|order|goods|product|products|stuff|thing|things",
            .did(.delivered), negated: .didNot(.delivered), negatedKeepsWords: true),
        SlotRule("got|received * broken|damaged|wrong|defective|fake|different|cracked|smashed", .did(.delivered)),
        // "does it come back to my card" is the money returning, not the parcel arriving.
        SlotRule(
            "it|package|parcel|order|item|everything|thing|box came|come", .did(.delivered),
            negated: .didNot(.delivered), unlessFollowedBy: ["back"], unlessPrecededBy: supposing,
            negatedKeepsWords: true),
        SlotRule("not|never|nt here|come|came|arrive", .didNot(.delivered), keepsWords: true),
        SlotRule("in my hands", .did(.delivered)),
        SlotRule("opened the box|parcel|package", .did(.delivered)),
        SlotRule("was|been left with|at|outside|by", .did(.delivered)),
        SlotRule("i|we got", .did(.delivered), unlessFollowedBy: notAboutTheParcel),
        // Being paid is income, not a payment for an order ("when do I get paid").
        SlotRule(
            "paid|payed", .did(.paid), negated: .didNot(.paid),
            unlessPrecededBy: ["get", "got", "gets", "getting", "was", "were", "be", "been", "being"]),
        SlotRule("pay|paying", nil, negated: .didNot(.paid), unlessFollowedBy: howPaid),
    ]

    static let payment: [SlotRule<String>] = [
        // Paying cash on delivery is the method, not a payment made before shipping.
        SlotRule("paid|payed|pay|paying cash on|at delivery", "cash_on_delivery"),
        SlotRule("cash|pay|paid|paying|payment on|at delivery", "cash_on_delivery"),
        SlotRule("cod", "cash_on_delivery"),
        SlotRule("western union", "western_union"),
        SlotRule("westernunion", "western_union"),
        SlotRule("bank|wire transfer|wire|transfered|transferred", "bank_transfer"),
        SlotRule("wire|wired|sepa", "bank_transfer"),
        SlotRule("credit|debit|bank|visa|master|prepaid card|cards", "card"),
        SlotRule(
            "card|visa|mastercard|maestro|amex|debit|creditcard|debitcard", "card", negated: nil,
            unlessFollowedBy: []),
        SlotRule("american express", "card"),
        SlotRule("paypal|gpay|applepay|googlepay|ewallet|wallet|qiwi|webmoney|skrill|payoneer", "e_wallet"),
        SlotRule("google|apple|samsung|g pay|wallet", "e_wallet"),
        SlotRule("e wallet", "e_wallet"),
        SlotRule("cash", "cash", negated: nil, unlessFollowedBy: ["back"]),
    ]

    /// Every word the slot rules listen for, so spelling correction can reach them.
    static let words: Set<String> = {
        var words: Set<String> = []
        for pattern in status.filter(\.teachesSpelling).map(\.pattern) + payment.map(\.pattern) {
            for case .word(let alternatives) in pattern.elements { words.formUnion(alternatives) }
        }
        return words
    }()

    static let statusIndex = PhraseIndex(status.map(\.pattern))
    static let paymentIndex = PhraseIndex(payment.map(\.pattern))

    private static let negators: Set<String> = [
        "not", "never", "without", "didnt", "hasnt", "havent", "isnt", "wasnt", "doesnt", "dont", "hadnt", "arent",
        "werent", "nt", "nothing", "neither", "none",
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
        "with", "via", "using", "through", "in", "on", "me", "seller", "aliexpress", "said", "showing",
        "please", "thanks", "thank", "you", "of", "course", "guess", "believe", "pretty", "sure", "mine", "to",
        "be", "honest", "wait", "hm", "er", "ah", "paid", "pay", "if", "remember", "correctly", "yet", "anymore",
        "since", "ago", "last", "week", "today", "yesterday",
        "days", "according", "tracking", "page", "there",
    ]
}
