import OrderPolicy
import OrderUnderstanding

/// What generated conversations are made of: the intents' own examples, and the ways shoppers name a status, a
/// payment method and a day, written out here so a generator can combine them.
public struct Vocabulary: Sendable {
    /// Every example of every intent, the out-of-scope ones included.
    public let examples: [String]

    /// The vocabulary of `catalog`'s intents.
    public init(catalog: IntentCatalog) {
        examples = (catalog.intents + [catalog.outOfScope].compactMap { $0 }).flatMap { $0.examples.map(\.text) }
    }

    /// Status words, as the order page and shoppers say them, for every status.
    static let statuses = [
        "unpaid", "not paid yet", "i haven't paid yet", "awaiting payment", "payment is still being verified",
        "awaiting shipment", "pending shipping", "it's still processing", "paid but not shipped yet",
        "the seller hasn't shipped it", "shipped", "it has shipped", "in transit", "it's on the way",
        "out for delivery", "tracking says it's in customs", "it left the warehouse", "delivered", "it arrived",
        "i got the parcel", "completed", "it never arrived", "i haven't received it yet",
    ]

    /// Payment words, at least one for every method.
    static let payments = [
        "card", "visa", "paid with my debit card", "mastercard", "amex", "paypal", "google pay", "apple pay",
        "e-wallet", "qiwi", "bank transfer", "wire transfer", "western union", "cash", "cash on delivery", "COD",
        "i paid by bank transfer", "paid with paypal",
    ]

    /// Things that happen to an order, each followed by a day in `day(_:)`.
    static let datedEvents = [
        "i paid", "i paid for it", "i sent the cancellation request", "i asked to cancel",
        "the seller approved the cancellation", "the seller approved my refund", "the seller declined my request",
        "i sent the item back", "the warehouse received my return", "the return reached the seller's warehouse",
        "it shipped", "it arrived", "i opened a dispute", "the seller hasn't answered since",
    ]

    /// Answers to "which status?" or "how did you pay?" by number or ordinal, and yes or no to "has it shipped?".
    static let picks = ["1", "2", "3", "4", "5", "6", "7", "0", "the second one", "option 3", "number 4", "first"]
    static let yesNo = ["yes", "no", "no, not yet", "yep it shipped", "nope", "yes it has", "not yet", "yeah"]

    /// Replies that answer nothing, which count towards the compact summary.
    static let unreadable = ["banana", "asdf", "what?", "hmm", "idk", "i don't know", "?", "...", "maybe"]

    /// Corrections of what was said before.
    static let corrections = [
        "sorry, it's actually shipped", "actually it was delivered", "no, i paid by card", "wait, i haven't paid yet",
        "oops, i meant paypal", "actually it already shipped this morning", "sorry, it's still awaiting shipment",
    ]

    /// Short follow-ups that lean on the last answer.
    static let followUps = [
        "how long will that take?", "and where does the money go?", "what if it shipped?",
        "and if i paid last monday?", "ok and when do i get my money", "what should i write to them?",
        "and then?", "can i open a dispute instead?", "how long does the seller have?",
    ]

    /// Single words that could mean several questions, answered with numbered choices.
    static let ambiguous = ["refund", "cancel", "seller", "dispute", "money", "return"]

    /// Said before or after a line.
    static let prefixes = ["", "", "", "ok ", "hi, ", "um ", "so ", "well, ", "please ", "hey ", "Hello! ", "also, "]
    static let suffixes = ["", "", "", "?", " please", " thanks", "!!", "...", " lol", ".", " asap"]

    /// Small talk and lines from other domains.
    static let other = [
        "hi", "thanks!", "bye", "what can you do", "cancel my netflix", "what's the weather",
        "are you a bot?", "order 8123456789012345", "#3021554477", "my order number is 80123456",
    ]

    /// Lines that are hard on a reader: Unicode, escapes, a template's braces, numbers everywhere.
    static let hostile = [
        "ünïcødé “refund” 😀 paid by paypal", "\u{1B}[2J\u{7}cancel\u{8}\u{8} my order", "where is my {refund_window}",
        "#<order number>", "F99 F0 F17", "refund\tin\ttabs", "\u{202E}dnufer", "cancel\u{0}nul", "my order\r",
        "1. 2. 3. 4.", "I paid 10 days ago and waited 100 hours", "24/7 refund 72 48 3 20",
    ]

    /// Slash commands, well and badly formed; `{save}` becomes a path in a scratch folder.
    static let commands = [
        "/why", "/reset", "/help", "/why", "/save {save}", "/WHY", "/sav", "/nope", "/save",
        "/reset now", "/", "/\u{1B}[2Jwhy\u{7}", "/why\tnow",
    ]

    /// A day, in one of the ways the date reader knows, some of them impossible or still to come.
    static func day<C: ChoiceSource>(_ choices: inout C, today: CalendarDate) -> String {
        let day = choices.chance(90) ? 1 + choices.choose(31) : choices.pick([0, 32, 99])
        let month = choices.chance(95) ? 1 + choices.choose(12) : 13
        let year = today.year + choices.pick([0, 0, 0, -1, 1, -2])
        let monthName = CalendarDate.monthNames[(month - 1) % 12]
        let short = String(monthName.prefix(3)).lowercased()
        let ordinal = "\(day)" + choices.pick(["", "st", "nd", "rd", "th"])
        let weekday = choices.pick(CalendarDate.Weekday.allCases).name
        let count =
            choices.chance(70)
            ? "\(choices.choose(40))"
            : choices.pick([
                "a", "an", "one", "two", "three",
                "ten", "couple",
            ])
        switch choices.choose(20) {
        case 0: return choices.pick(["today", "tonight", "yesterday", "the day before yesterday"])
        case 1: return choices.pick(["this morning", "this afternoon", "this evening", "last night", "last week"])
        case 2: return "\(count) \(choices.pick(["days", "day", "weeks", "week", "months", "hours", "mins"])) ago"
        case 3:
            return
                "\(choices.pick(["last", "on", "past", "this"])) \(choices.chance(50) ? weekday : String(weekday.prefix(3)))"
        case 4: return "on \(day)/\(month)"
        case 5: return "on \(day)/\(month)/\(year)"
        case 6: return "on \(day).\(month).\(year)"
        case 7: return "on \(year)-\(pad(month))-\(pad(day))"
        case 8: return "on \(month)/\(day)/\(year % 100)"
        case 9: return "on \(monthName) \(ordinal)"
        case 10: return "on \(short) \(ordinal) \(year)"
        case 11: return "on \(ordinal) \(monthName)"
        case 12: return "on the \(ordinal) of \(monthName) \(year)"
        case 13: return "on the \(day)\(choices.pick(["st", "nd", "rd", "th"]))"
        case 14: return "on \(day)-\(month)-\(year)"
        case 15: return "\(choices.choose(400)) days ago"
        case 16: return "on \(day)/\(month)/\(choices.pick(["0", "00", "99", "0001", "1999", "2100", "99999"]))"
        default:
            return choices.pick([
                "yesterday", "3 days ago", "two weeks ago", "last friday", "on november 20",
                "20/11", "2026-11-20", "on the 20th",
            ])
        }
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
