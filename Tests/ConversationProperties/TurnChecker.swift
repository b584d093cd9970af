import Foundation
import OrderDialogue
import OrderPolicy

/// Checks each turn of one conversation against the properties, remembering what the shopper has told so far.
/// Its expectations are written out here, from CONTRACT.md and POLICY-FACTS.md, not read from the code.
public struct TurnChecker {
    /// The properties to check.
    public let checks: Set<Property>
    /// The slots the shopper said or implied since the start or the last `/reset`.
    private var told: Set<String> = []
    /// How many turns gave each property something to check (a date to read, a slot told earlier …): a
    /// property that never had anything to check proves nothing.
    public private(set) var exercised: [Property: Int] = [:]

    /// The slots a line says something about on its own (status: an event; payment: a method), whatever the
    /// conversation made of it.
    private let speaksOf: (String) -> Set<String>

    /// A checker of `checks`; `speaksOf` tells which slots a line talks about.
    public init(checks: Set<Property> = Set(Property.allCases), speaksOf: @escaping (String) -> Set<String>) {
        self.checks = checks
        self.speaksOf = speaksOf
    }

    /// Every number of the policy as POLICY-FACTS.md writes it: 24–48 hours, 72 hours, 7 and 3–20 business days.
    static let policyNumbers: Set<String> = ["24", "48", "72", "7", "3", "20"]
    /// The contract's `chat --json` keys.
    static let jsonKeys: Set<String> = [
        "reply", "intent", "intents", "confidence", "slots", "slot_sources", "asking", "facts",
    ]
    /// The contract's intent names.
    static let intents: Set<String> = [
        "cancel_order", "refund_time", "seller_not_responding", "seller_declined", "get_refund", "refund_method",
        "return_item", "open_dispute", "cancel_return_dispute", "cancellation_penalty", "cancellation_reason",
        "message_template", "shipping_time", "refuse_delivery", "order_status_help",
        "greeting", "goodbye", "thanks", "help",
    ]
    /// The contract's slots and their values.
    static let slotValues: [String: Set<String>] = [
        "status": ["unpaid", "awaiting_shipment", "shipped", "delivered"],
        "payment": ["card", "e_wallet", "bank_transfer", "western_union", "cash", "cash_on_delivery"],
    ]
    static let sources: Set<String> = ["said", "inferred", "assumed", "earlier"]

    /// The properties `turn`, the reply to `line`, breaks; `number` counts turns from 1.
    public mutating func check(line: String, turn: Turn, number: Int) -> [Violation] {
        var found: [Violation] = []
        func fail(_ property: Property, _ message: String) {
            if checks.contains(property) { found.append(Violation(property: property, turn: number, message: message)) }
        }
        let typed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        let command = typed.first == "/" ? typed.split(separator: " ").first.map { $0.lowercased() } : nil
        let echoes = { (text: String) in line.contains(text) }
        func exercise(_ property: Property, _ condition: Bool = true) {
            if condition { exercised[property, default: 0] += 1 }
        }
        exercise(.oneReply)
        exercise(.json)
        exercise(.noPlaceholder, line.contains("{") || turn.reply.contains("{") || !turn.facts.isEmpty)
        exercise(.noControlCharacter, !ReplyScan.controlCharacters(in: line).isEmpty)
        exercise(.factIDs, !turn.facts.isEmpty)

        // Exactly one reply: not empty (the front end writes /save's), each question answered once.
        if case .save? = turn.command {
        } else if turn.reply.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            fail(.oneReply, "the reply is empty")
        }
        if Set(turn.intents).count != turn.intents.count {
            fail(.oneReply, "an intent is answered twice: \(turn.intents)")
        }
        let paragraphs = turn.reply.components(separatedBy: "\n\n").filter { $0.count > 20 }
        if Set(paragraphs).count != paragraphs.count { fail(.oneReply, "a paragraph is repeated in \"\(turn.reply)\"") }

        if checks.contains(.json) { for message in Self.jsonProblems(turn) { fail(.json, message) } }

        for placeholder in ReplyScan.placeholders(in: turn.reply) where !echoes(placeholder) {
            fail(.noPlaceholder, "\(placeholder) in \"\(turn.reply)\"")
        }
        // The renderer's word for a template it could not fill is the same bug, caught before it showed braces.
        for opening in Conversation.unfilledTemplateReplies
        where turn.reply.contains(opening) && !line.contains(opening) {
            fail(.noPlaceholder, "a template could not be filled: \"\(turn.reply)\"")
        }
        let controls = ReplyScan.controlCharacters(in: turn.reply)
        if !controls.isEmpty { fail(.noControlCharacter, "\(controls.joined(separator: " ")) in the reply") }

        for fact in turn.facts where !(1...17).contains(fact.number) { fail(.factIDs, "the turn names \(fact)") }
        for number in ReplyScan.factNumbers(in: turn.reply) where !(1...17).contains(number) && !echoes("F\(number)") {
            fail(.factIDs, "the reply names F\(number)")
        }

        var dates: [ReplyScan.WrittenDate] = []
        for sentence in Self.sentences(of: turn.reply) {
            let words = ReplyScan.words(sentence)
            let written = ReplyScan.dates(in: words)
            dates += written
            exercise(.realDates, !written.isEmpty)
            exercise(.deadlineAfterEvent, written.count > 1)
            // A deadline is written after the event it counts from ("paid on …, should ship by …"); the one
            // sentence that names a later day first is the question about a day still to come.
            if let first = written.first, !sentence.contains("still ahead of us") {
                for later in written.dropFirst() where later.key < first.key {
                    fail(
                        .deadlineAfterEvent,
                        "\(Self.spoken(later, in: words)) comes before "
                            + "\(Self.spoken(first, in: words)) in \"\(sentence)\"")
                }
            }
            if command == nil {
                let numbers = Self.numbers(words, dates: written, turn: turn)
                exercise(.policyNumbers, numbers.checked > 0)
                for (number, word) in numbers.strays {
                    fail(.policyNumbers, "\(number) (in \"\(word)\") is no policy number: \"\(turn.reply)\"")
                }
            }
        }
        for date in dates where !ReplyScan.isReal(date) {
            fail(
                .realDates,
                "\(date.day)/\(date.month)/\(date.year) written as weekday \(date.weekday) in \"\(turn.reply)\"")
        }

        if command == "/reset" { told = [] }
        // The shopper's own newer words may unsettle what they told ("it arrived", then "it never came"): the
        // slot, unknown now or only assumed, may be asked for again. A slot lost while the shopper said nothing
        // about it stays told.
        let unsettled = told.filter { turn.slots.value(of: $0) == nil || turn.slotSources[$0] == .assumed }
        if command == nil, !unsettled.isEmpty { told.subtract(unsettled.intersection(speaksOf(line))) }
        exercise(.notAskedAgain, !told.isEmpty && (turn.asking != nil || turn.reply.contains("?")))
        for (name, source) in turn.slotSources where source == .said || source == .inferred { told.insert(name) }
        if let asking = turn.asking?.rawValue, told.contains(asking) {
            fail(.notAskedAgain, "asks for \(asking), which the shopper already told: \"\(turn.reply)\"")
        }
        return found
    }

    /// The numbers outside dates, fact ids and the shopper's own order number: how many, and those that are not
    /// the policy's.
    static func numbers(
        _ words: [Substring], dates: [ReplyScan.WrittenDate],
        turn: Turn
    ) -> (checked: Int, strays: [(Substring, Substring)]) {
        let inDates = Set(dates.flatMap(\.words))
        var checked = 0
        var strays: [(Substring, Substring)] = []
        func isMonth(_ at: Int) -> Bool {
            words.indices.contains(at) && ReplyScan.months.contains(words[at].lowercased())
        }
        for (index, word) in words.enumerated() where !inDates.contains(index) {
            if let number = turn.slots.orderNumber, word == "#" + number { continue }
            // A date that can't be written whole: "February 2027 has no day 31", "no recent month has a day 31".
            if isMonth(index - 1) || isMonth(index + 1) || (index > 0 && words[index - 1] == "day") { continue }
            if word.first == "F", ReplyScan.factNumbers(in: String(word)).count == 1 { continue }
            for number in ReplyScan.numbers(in: word) {
                checked += 1
                if !policyNumbers.contains(String(number)) { strays.append((number, word)) }
            }
        }
        return (checked, strays)
    }

    /// The reply cut into lines and sentences, without the numbers of numbered lists ("  2. shipped").
    static func sentences(of reply: String) -> [Substring] {
        reply.split(separator: "\n").flatMap { line -> [Substring] in
            var text = line.drop { $0 == " " }
            let marker = text.prefix { $0.isASCII && $0.isNumber }
            if !marker.isEmpty, text.dropFirst(marker.count).hasPrefix(". ") { text = text.dropFirst(marker.count + 2) }
            return text.split(separator: ";").flatMap { $0.split(separator: ". ") }
        }
    }

    private static func spoken(_ date: ReplyScan.WrittenDate, in words: [Substring]) -> String {
        words[date.words].joined(separator: " ")
    }

    /// What is wrong with the turn's JSON line, read back by Foundation's parser.
    static func jsonProblems(_ turn: Turn) -> [String] {
        let line = turn.json
        guard !line.contains("\n") else { return ["the JSON object spans several lines"] }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            return ["not a JSON object: \(line.prefix(300))"]
        }
        var problems: [String] = []
        if Set(object.keys) != jsonKeys { problems.append("keys \(object.keys.sorted()), not the contract's") }
        if let reply = object["reply"] as? String {
            if reply != turn.reply { problems.append("the reply does not survive the JSON round trip") }
        } else {
            problems.append("reply is not a string")
        }
        let intent = object["intent"]
        let intents = object["intents"] as? [String]
        if intents == nil { problems.append("intents is not a list of strings") }
        for name in intents ?? [] where !Self.intents.contains(name) {
            problems.append("unknown intent \(name) in intents")
        }
        if let name = intent as? String {
            if !Self.intents.contains(name) { problems.append("unknown intent \(name)") }
            if let first = intents?.first, first != name {
                problems.append("intent \(name) is not the first of \(intents!)")
            }
        } else if !(intent is NSNull) {
            problems.append("intent is neither a string nor null")
        } else if !(intents ?? []).isEmpty {
            problems.append("intent is null but intents is \(intents!)")
        }
        // Foundation reads 1 and true both as NSNumber; its type code tells a boolean ("c") from a number.
        if let confidence = object["confidence"] as? NSNumber, String(cString: confidence.objCType) != "c" {
            if !(0...1).contains(confidence.doubleValue) { problems.append("confidence \(confidence) is outside 0…1") }
            if abs(confidence.doubleValue - turn.confidence) > 1e-9 {
                problems.append("confidence \(turn.confidence) reads back as \(confidence)")
            }
        } else {
            problems.append("confidence is not a number")
        }
        let slots = object["slots"] as? [String: String]
        let sources = object["slot_sources"] as? [String: String]
        if slots == nil { problems.append("slots is not an object of strings") }
        if sources == nil { problems.append("slot_sources is not an object of strings") }
        for (name, value) in slots ?? [:] {
            if name == "order_number" {
                if value.isEmpty || !value.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    problems.append("order_number \(value)")
                }
            } else if slotValues[name]?.contains(value) != true {
                problems.append("slot \(name)=\(value) is not in the contract")
            }
        }
        // What the turn holds comes back as it is.
        if (intent as? String) != turn.intent || (intents ?? []) != turn.intents {
            problems.append("intent \(String(describing: intent)) and intents \(intents ?? []) are not the turn's")
        }
        if let slots, slots != Dictionary(uniqueKeysWithValues: turn.slots.pairs.map { ($0.name, $0.value) }) {
            problems.append("slots \(slots) are not the turn's \(turn.slots.pairs)")
        }
        if let slots, let sources {
            if Set(slots.keys) != Set(sources.keys) {
                problems.append("slot_sources \(sources) does not match slots \(slots)")
            }
            for (name, source) in sources where !Self.sources.contains(source) {
                problems.append("\(name) comes from \(source)")
            }
        }
        if let asking = object["asking"] {
            if !(asking is NSNull), !["status", "payment"].contains(asking as? String ?? "") {
                problems.append("asking is \(asking)")
            }
            if (asking as? String) != turn.asking?.rawValue { problems.append("asking is not the turn's") }
        } else {
            problems.append("no asking key")
        }
        if let facts = object["facts"] as? [String] {
            let numbers = facts.compactMap { $0.first == "F" ? Int($0.dropFirst()) : nil }
            if numbers.count != facts.count || numbers.contains(where: { !(1...17).contains($0) }) {
                problems.append("facts \(facts) are not all F1–F17")
            }
            if numbers != numbers.sorted() || Set(numbers).count != numbers.count {
                problems.append("facts \(facts) are not sorted and unique")
            }
            if numbers != turn.facts.map(\.number) { problems.append("facts \(facts) are not the turn's") }
        } else {
            problems.append("facts is not a list of strings")
        }
        return problems
    }
}
