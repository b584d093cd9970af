/// Word lists for matching: words that carry no meaning here, and words and phrases that mean the same thing here.
enum Lexicon {
    /// Words dropped before matching. Question words, negations and "back" stay: they change what is asked.
    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "me", "my", "mine", "myself", "we", "our", "us", "your", "it", "its",
        "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing", "done",
        "have", "has", "had", "having", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into",
        "about", "and", "or", "but", "so", "if", "then", "this", "that", "these", "those", "there", "here",
        "can", "could", "would", "should", "will", "shall", "may", "might", "must", "please", "pls", "plz",
        "just", "really", "very", "some", "any", "all", "also", "too", "now", "ok", "okay", "um", "uh",
        "he", "she", "they", "them", "their", "his", "her", "him", "one", "up", "out", "as", "like",
        "im", "ive", "id", "dear", "sir", "madam", "kindly",
        "tell", "know", "let", "get", "gets", "getting", "got", "gotten", "going", "make", "way", "thing", "something",
        "already", "even", "only", "much", "many", "more", "most", "own", "same", "app", "website", "site",
        "again", "which", "what", "who", "whom", "whose", "able", "possible", "ways", "well",
        "yes", "yeah", "exactly", "oh", "ah", "wow", "via", "you", "ya", "u", "through", "someone", "somebody",
        "anyone", "anything", "sure",
        // Words that only join a story's clauses: "since the seller never shipped, can I cancel".
        "since", "because", "cause", "though", "although", "while",
        // When something happened is the situation's business (a date), not a clue to what is asked.
        "yesterday", "ago", "recently", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]

    /// Words that mean the same thing in this domain, mapped to one concept before stemming.
    static let concepts: [String: String] = {
        var table: [String: String] = [:]
        for (concept, words) in conceptWords {
            for word in words.split(separator: " ") { table[String(word)] = concept }
        }
        return table
    }()

    /// Each concept with words that stand for it; a concept with many words takes more than one row.
    static let conceptWords: [(String, String)] = [
        ("seller", "seller sellers merchant merchants vendor vendors supplier suppliers store stores shop shops"),
        ("seller", "retailer shopkeeper trader"),
        ("parcel", "parcel parcels package packages packet pkg shipment shipments"),
        ("item", "item items product products goods stuff article articles"),
        ("order", "order orders ordered purchase purchases purchased bought buy buying"),
        ("refund", "refund refunds refunded refunding reimburse reimbursed reimbursement repay repayment repaid"),
        ("refund", "moneyback"),
        ("cancel", "cancel cancels cancelled canceled cancelling canceling cancellation cancelation cancellations"),
        ("cancel", "undo abort revoke retract annul annuls annulled annulling annulment void voided rescind"),
        ("reply", "reply replies replied replying respond responds responded responding response responses answer"),
        ("reply", "answers answered answering"),
        // The seller saying yes: "the seller okayed my cancellation" is the approval the refund clock waits for;
        // asking for approval ("how long does the seller have to accept") is another question.
        ("approved", "approved accepted agreed okayed oked"),
        ("approve", "approve approves approving approval accept accepts accepting agree agrees"),
        ("ignore", "ignore ignores ignored ignoring ghost ghosting ghosted silent silence unresponsive unreachable"),
        ("decline", "decline declines declined declining refuse refuses refused refusing reject rejects rejected"),
        ("decline", "rejecting deny denies denied"),
        ("ship", "ship ships shipped shipping dispatch dispatched dispatching"),
        ("send", "send sends sent sending post posted mail mailed"),
        ("arrive", "arrive arrives arrived arriving arrival came come comes coming reach reached show shows showed"),
        ("arrive", "shown showing appear appears appeared appearing reflect reflected credited visible"),
        ("receive", "receive receives received receiving recieve recieved"),
        ("penalty", "penalty penalties penalize penalized penalise punish punished punishment fee fees fine fined"),
        ("penalty", "consequence consequences ban banned"),
        ("message", "message messages messaged msg text texts write writing wrote note draft template wording"),
        ("dispute", "dispute disputes disputing claim claims complaint complaints complain escalate"),
        ("defect", "damaged broken defective faulty fake counterfeit cracked torn knockoff replica imitation smashed"),
        ("defect", "shattered"),
        ("late", "late delayed delay slow slowly forever overdue ages"),
        ("wait", "wait waiting waited pending"),
        ("time", "time duration timeline timeframe period long days weeks hours eta"),
        ("money", "money cash funds payment"),
        ("thank", "thank thanks thx ty cheers appreciate appreciated grateful thankful gratitude gracias merci danke"),
        ("thank", "arigato obrigado"),
        ("hello", "hi hey hiya heyo howdy greetings salutations salutation yo sup wassup hallo hola aloha bonjour"),
        ("hello", "ahoy namaste shalom"),
        ("goodbye", "bye goodbye farewell fairwell cya goodnight later adios sayonara syonara ciao tata buhbye byebye"),
        ("goodbye", "tootles peace"),
        ("chat", "chat chatting chatted talk talking talked speak speaking spoke conversation converse conversing"),
        ("chat", "conversed"),
        ("pleasure", "pleasure pleased enjoyed enjoy enjoyable pleasant lovely nice glad happy fun great cool awesome"),
        ("pleasure", "excellent wonderful fantastic amazing sweet"),
        ("sort", "sort sorts kind kinds type types"),
        ("capability", "capable capabilities abilities ability skills"),
        // Knowing about a subject: "what topics are you versed in" asks what the assistant covers.
        ("knowledge", "knowledgeable knowledgable versed familiar expert"),
        // Bookings and shopping trips are other errands: "cancel my reservation" is not an order to cancel.
        ("booking", "booking bookings booked reservation reservations reserved"),
        ("shopping", "shopping groceries grocery"),
        ("checkbook", "checks checkbook checkbooks cheque cheques chequebook"),
        // A language named is a question of translation, never small talk: "what is spanish for hello".
        ("language", "language languages translate french spanish italian german portuguese russian chinese japanese"),
        ("language", "korean arabic hindi dutch english"),
        ("ask", "ask asking question questions query queries"),
        ("topic", "topic topics subject subjects category categories"),
        ("information", "information info"),
        ("bot", "bot assistant ai chatbot"),
        ("mean", "mean means meaning meant"),
        ("status", "status statuses state"),
        ("missing", "missing lost disappeared vanished"),
        ("start", "start starts started starting begin begins beginning initiate initiating commence launch"),
        ("see", "see sees seeing seen saw find finding found view viewing locate spot notice noticed"),
        ("account", "account accounts statement statements balance"),
        // Wanting something ("I want a refund") asks for it; asking when it comes is another question.
        ("want", "want wants wanna need needs demand"),
        // Other shops: an order from one of them is not ours, however much it reads like an AliExpress order.
        (otherShop, "amazon ebay temu shein walmart etsy taobao lazada shopee mercadolibre bestbuy zalando asos"),
        (otherShop, "wayfair"),
        // Past requests: "I requested a refund" means one is on its way, unlike "how do I request a refund".
        ("requested", "requested asked applied claimed filed submitted"),
    ]

    /// Phrases that stand for a concept, e.g. "money back" for refund. Longer phrases first. A phrase can stand
    /// for more than one term: "my refund" is a refund the shopper already has ("owned"), which asks when or
    /// where it comes rather than how to get one.
    static let phrases: [(pattern: PhrasePattern, terms: [String])] = phraseSource.map {
        (PhrasePattern($0.0), $0.1.split(separator: " ").map(String.init))
    }

    private static let phraseSource: [(String, String)] = [
        ("would|d like", "want"), ("my|our refund|refunds", "owned refund"),
        // Idioms that say nothing here: "how do I go about a refund" asks how to get one.
        ("go about|for", ""),
        ("money|funds * back", "refund"), ("fee|fees|cost|costs|postage * back", "refund"),
        ("money|funds return|returned|refunded", "refund"),
        ("return|returned|returns|returning the|my|your|our money|funds", "refund"), ("pay|paid me back", "refund"),
        ("pay|paid|paying back", "refund"), ("back my money|funds", "refund"),
        ("send|sent|ship|shipping|give|bring|take it|them|item|product|parcel|package back", "return"),
        ("send|sent|ship|give|bring|take back", "return"),
        // An order that was cancelled (by the seller, the system or the shopper) asks what happens next, not how
        // to cancel: "my order was cancelled, where is my money".
        ("was|were|got|been|is|has|have|had cancelled|canceled|closed", "cancelled"),
        ("shipment|order|parcel|package cancelled|canceled|closed", "order cancelled"),
        ("seller|sellers|system|aliexpress|they|store|shop cancelled|canceled", "seller cancelled"),
        ("buyer|buyers|purchase protection", "buyerprotection"), ("call off", "cancel"),
        (
            "stop the|my|this|that seller|vendor|supplier|shop|store sending|shipping|dispatching|send|ship|dispatch",
            "cancel"
        ),
        ("stop the|my|this|that seller|vendor|supplier|shop|store from sending|shipping|dispatching", "cancel"),
        ("stop it|this|that", "cancel"), ("stop the|my|this order|orders|purchase", "cancel order"),
        ("no|without answer|answers|reply|replies|response|responses", "ignore"),
        ("heard nothing|nothing back", "ignore"), ("turned|turn|turns down", "decline"), ("said|says no", "decline"),
        ("show|showed|shown|turn|turned up", "arrive"), ("get|got|getting back to me", "reply"),
        ("how long|soon|fast|quickly", "time"), ("how many days|weeks|hours", "time"),
        ("not as described", "defect"),
        // An item that came broken was received damaged; it is not a refund arriving.
        (
            "came|arrived|arrives|come * broken|damaged|smashed|cracked|shattered|torn|defective|faulty",
            "receive defect"
        ), ("cheap|bad|poor copy|quality|imitation", "defect"),
        ("wrong item|size|colour|color|product|thing", "defect"),
        ("how are you|ya doing|doin", "hello"), ("what is up", "hello"), ("what up", "hello"),
        ("good morning|afternoon|evening", "hello"),
        ("see you|ya", "goodbye"), ("take care", "goodbye"), ("good night|bye", "goodbye"),
        ("talk to you later", "goodbye"), ("peace out", "goodbye"), ("until next time", "goodbye"),
        ("how is|s it|things going|hanging", "hello"),
        ("how is|s|has your day|morning|evening|week going|been", "hello"),
        ("how your day|morning|evening|week going|been", "hello"), ("how it|things going|hanging", "hello"),
        ("are you good|well|ok|okay|alright|fine", "hello"), ("are you doing good|well|ok|okay|alright|fine", "hello"),
        ("signing|sign|log|logging off|out", "goodbye"), ("gotta|must go|run|dash|split|bounce", "goodbye"),
        ("got|have|has|need to go|run|dash|split|bounce", "goodbye"), ("done for today|now", "goodbye"),
        ("done for the day", "goodbye"), ("how are|r|is you|ya|u", "hello"),
        ("how you|ya|u been|doing|doin|are", "hello"),
        ("how have|hows you|ya|u been", "hello"), ("hows are|it you|ya|u", "hello"),
        ("have a good|nice|great|lovely day|night|evening|weekend|one", "goodbye"),
        ("good|nice|great talk|chat|chatting|talking|conversation", "pleasure"), ("what can you|u do", "capability"),
        // Greetings said another way: "good to see you" meets, "see you" leaves.
        ("good|nice|great|lovely to see you|ya", "hello"),
        // Asked of the assistant they greet; asked of an order they only lead into the question ("how is everything
        // with my refund"), so they drop out.
        ("how is|s|are everything|life|things with|for you|u|ya", "hello"),
        ("how|hows everything|life with|for you|u|ya", "hello"),
        ("what|whats is going on with|for you|u|ya", "hello"), ("what|whats going on with|for you|u|ya", "hello"),
        ("is|are everything|things going|ok|okay|alright|good|fine|well with|for you|u|ya", "hello"),
        ("how is|s|are everything|things going with|for you|u|ya", "hello"),
        ("how|hows everything going with|for you|u|ya", "hello"),
        ("how is|s|are everything|things with|about|for", ""), ("how|hows everything with|about|for", ""),
        ("how is|s|are everything|things going with|about|for", ""), ("how|hows everything going with|about|for", ""),
        ("what|whats is going on with|about|for", ""), ("what|whats going on with|about|for", ""),
        ("is|are everything|things going|ok|okay|alright|good|fine|well with|about|for", ""),
        ("how is|s|are everything|life|things", "hello"),
        ("how goes it", "hello"), ("how do you|u feel", "hello"),
        ("how is|s|was your day|morning|evening|week", "hello"),
        ("whats up", "hello"), ("what|whats is going on", "hello"), ("what|whats going on", "hello"),
        ("how|hows everything|life", "hello"), ("how you|ya|u have been", "hello"),
        ("is|are everything|things going|ok|okay|alright|good|fine|well", "hello"),
        ("how is|s|are the|my|this ai|bot|assistant|chatbot doing|today", "hello"),
        ("are you|u okay|feeling", "hello"), ("have you|u been good|well|ok|okay|alright|fine", "hello"),
        ("have|has|got|wanted|need to say|saying hello|hi|hey", "hello"),
        ("have|has|got|wanted|need to say|saying goodbye|bye", "goodbye"),
        ("must|gotta|wanna|am say|saying hello|hi|hey", "hello"),
        ("must|gotta|wanna|am say|saying goodbye|bye", "goodbye"),
        ("why hello|hi|hey", "hello"), ("why thank|thanks", "thank"),
        // Leaving said another way.
        ("take it easy", "goodbye"), ("out|outta of here", "goodbye"), ("outta here", "goodbye"),
        ("got|have|has|need to get going", "goodbye"), ("must|gotta get going", "goodbye"),
        ("time to say|saying goodbye|bye", "goodbye"),
        // Thanks said another way.
        ("good|great|nice job|work", "thank"), ("that will|ll work|do", "thank"),
        ("you|u are|re the best|greatest", "thank"),
        ("can|could not|never thank you|u enough", "thank"), ("so|very|too kind|thoughtful|sweet|generous", "thank"),
        ("what exactly|else|all|more can you|u do", "capability"),
        // Asking to buy something is an errand, not a question about an order already made; not wanting it any
        // more is ("i don't want to buy it any more, can i cancel").
        ("not want|wanna|need to buy|purchase|order", "not want order"),
        ("want|wanna|wanted|need|needs to buy|purchase", "shopping"), ("you|u to buy|order|purchase", "shopping"),
        ("day|days|time off", "timeoff"),
        // Asking what the assistant is ("are you a bot") is chit-chat we leave alone, unlike asking what it does.
        ("are|r you|u a|an|real bot|ai|robot|human|person|machine|computer", "identity"),
        ("are|r you|u bot|ai|robot|human|real", "identity"),
        ("you|u are|re a|an|real bot|ai|robot|human|person|machine|computer", "identity"),
        ("what can you|u answer", "capability"), ("good looking out", "thank"),
        ("what|which things|stuff can you|u do|handle", "capability"),
        ("what|which things|stuff do you|u know", "capability"),
        ("what are you|u able|capable to|of do|answer|handle", "capability"),
        ("what do you|u have answers|replies for|to", "capability"),
        // Praise for the assistant's answer thanks it: "your answer was helpful".
        (
            "your answer|answers|reply|replies|response was|is|were good|great|nice|helpful|useful|enjoyable|perfect|excellent|pleasant",
            "thank"
        ),
        ("your answer|answers|reply|replies|response pleased|helped me", "thank"),
    ]

    /// The phrases, indexed by first word.
    static let phraseIndex = PhraseIndex(phrases.map(\.pattern))

    /// The shop this assistant is about.
    static let shopName = "aliexpress"

    /// The concept of any other online shop or marketplace.
    static let otherShop = "othershop"

    /// The name the shopper gave their way of paying, as its maker spells it ("PayPal", "Apple Pay"), when the
    /// words that told the payment method (normalised, as the slot reader matched them) hold one; nil for a kind
    /// of payment ("debit card", "bank transfer"), which the method's own label says as well.
    static func paymentName(in evidence: String) -> String? {
        let words = evidence.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if let name = paymentNames[word + " " + next] ?? paymentNames[word] { return name }
        }
        return nil
    }

    private static let paymentNames: [String: String] = [
        "paypal": "PayPal", "visa": "Visa", "mastercard": "Mastercard", "master card": "Mastercard",
        "maestro": "Maestro", "amex": "American Express", "american express": "American Express",
        "applepay": "Apple Pay", "apple pay": "Apple Pay", "googlepay": "Google Pay", "google pay": "Google Pay",
        "gpay": "Google Pay", "g pay": "Google Pay", "samsung pay": "Samsung Pay", "qiwi": "QIWI",
        "webmoney": "WebMoney", "skrill": "Skrill", "payoneer": "Payoneer", "western union": "Western Union",
    ]

    /// Whether `terms` name another shop without naming this one ("cheaper than on amazon" names both).
    static func namesOtherShop(_ terms: [String]) -> Bool {
        terms.contains(otherShop) && !terms.contains(shopName)
    }

    /// Concepts of other errands that small talk's words can't make small talk: a language (translation), a
    /// booking, shopping, days off, what the assistant is.
    static let otherErrands: Set<String> = ["language", "booking", "shopping", "checkbook", "timeoff", "identity"]

    /// Terms that qualify the term beside them rather than say something of their own; they never pair.
    static let markers: Set<String> = ["owned"]

    /// Concepts that make a sentence about an online order; domain intents need one of them.
    static let anchors: Set<String> = [
        "order", "cancel", "refund", "seller", "parcel", "item", "ship", "dispute", "return", "aliexpress",
        "deliver", "delivery", "courier", "track", "custom", "orderstatus", "buyerprotection", "cancelled",
    ]
}
