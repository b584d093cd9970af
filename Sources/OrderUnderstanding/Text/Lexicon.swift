/// Word lists for matching: words that carry no meaning here, and words that mean the same thing here.
enum Lexicon {
    /// Words dropped before matching. Question words, negations and "back" stay: they change what is asked.
    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "me", "my", "mine", "myself", "we", "our", "us", "you", "your", "it", "its",
        "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing", "done",
        "have", "has", "had", "having", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into",
        "about", "and", "or", "but", "so", "if", "then", "this", "that", "these", "those", "there", "here",
        "can", "could", "would", "should", "will", "shall", "may", "might", "must", "please", "pls", "plz",
        "just", "really", "very", "some", "any", "all", "also", "too", "now", "ok", "okay", "um", "uh",
        "he", "she", "they", "them", "their", "his", "her", "him", "one", "up", "out", "as", "like",
        "want", "wanna", "need", "would", "im", "ive", "id", "hey", "dear", "sir", "madam", "kindly",
        "tell", "know", "let", "get", "got", "go", "going", "make", "way", "thing", "something", "still",
        "already", "yet", "again", "even", "only", "much", "many", "more", "most", "own", "same",
        "app", "website", "site",
    ]

    /// Words that mean the same thing in this domain, mapped to one canonical word before stemming.
    static let synonyms: [String: String] = [
        "merchant": "seller", "vendor": "seller", "supplier": "seller", "store": "seller", "shop": "seller",
        "retailer": "seller", "sellers": "seller", "shopkeeper": "seller", "trader": "seller",
        "parcel": "package", "packet": "package", "pack": "package", "pkg": "package", "shipment": "package",
        "purchase": "order", "purchased": "ordered", "bought": "ordered", "buy": "order", "orders": "order",
        "reimbursement": "refund", "reimburse": "refund", "reimbursed": "refunded", "repayment": "refund",
        "refunds": "refund", "refunding": "refund", "rufund": "refund",
        "undo": "cancel", "abort": "cancel", "revoke": "cancel", "cancellation": "cancel",
        "cancelation": "cancel", "cancelled": "cancel", "canceled": "cancel", "cancelling": "cancel",
        "canceling": "cancel", "cancels": "cancel",
        "respond": "reply", "responding": "reply", "response": "reply", "responded": "reply", "answer": "reply",
        "answering": "reply", "answered": "reply", "replied": "reply", "replies": "reply", "replying": "reply",
        "refuse": "decline", "refused": "decline", "reject": "decline", "rejected": "decline",
        "denied": "decline", "deny": "decline", "refusing": "decline", "rejecting": "decline",
        "declined": "decline", "declining": "decline",
        "dispatch": "ship", "dispatched": "ship", "sent": "ship", "send": "ship", "shipped": "ship",
        "shipping": "ship", "ships": "ship", "sending": "ship", "mailed": "ship", "posted": "ship",
        "fee": "penalty", "fees": "penalty", "fine": "penalty", "punishment": "penalty", "penalized": "penalty",
        "msg": "message", "text": "message", "chat": "message", "write": "message", "writing": "message",
        "cash": "money", "funds": "money", "payment": "money",
        "thanks": "thank", "thx": "thank", "ty": "thank", "cheers": "thank", "appreciate": "thank",
        "hi": "hello", "hallo": "hello", "hiya": "hello", "howdy": "hello", "greetings": "hello",
        "bye": "goodbye", "cya": "goodbye", "farewell": "goodbye",
        "quickly": "fast", "quick": "fast", "soon": "fast", "asap": "fast",
        "days": "day", "weeks": "week", "hours": "hour", "months": "month",
        "reciept": "receipt", "recieve": "receive", "recieved": "received",
    ]
}
