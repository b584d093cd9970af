import OrderDialogue
import OrderPolicy

/// Makes up conversations: questions from the intents' examples with a story of statuses, payments and dated
/// events around them, answers to the assistant's follow-up questions, corrections, short follow-ups, fillers,
/// typos, slash commands and hostile lines. Each line is chosen after seeing the last reply, so follow-ups get
/// answered (or not) as a shopper would.
public struct ConversationGenerator: Sendable {
    public let vocabulary: Vocabulary
    /// The file `/save` lines name.
    public let savePath: String

    public init(vocabulary: Vocabulary, savePath: String) {
        self.vocabulary = vocabulary
        self.savePath = savePath
    }

    /// At most this many lines make a conversation.
    public var maxLength = 10

    /// How many lines a conversation has.
    public func length<C: ChoiceSource>(_ choices: inout C) -> Int { 1 + choices.choose(maxLength) }

    /// The day the conversation takes as today: any day of 2024–2028, often one at a month's or year's end, a
    /// leap day or a weekend, where date arithmetic goes wrong first.
    public func today<C: ChoiceSource>(_ choices: inout C) -> CalendarDate {
        if choices.chance(30) {
            return choices.pick(
                [
                    "2026-11-27", "2024-02-29", "2028-02-29", "2025-01-01", "2026-12-31", "2027-03-01",
                    "2026-11-28", "2026-11-29", "2025-03-31", "2024-12-30",
                ].map { CalendarDate($0)! })
        }
        return CalendarDate(year: 2024, month: 1, day: 1)!.adding(days: choices.choose(5 * 365 + 1))
    }

    /// A conversation made up from `choices` and played, every turn checked, then saved and replayed.
    public func play<C: ChoiceSource>(
        _ choices: inout C, assistant: Assistant, saveFile: String? = nil,
        checks: Set<Property> = Set(Property.allCases),
        stopWhenExhausted: (C) -> Bool = { _ in false }
    ) -> ConversationPlay {
        let today = today(&choices)
        var play = ConversationPlay(assistant: assistant, today: today, saveFile: saveFile, checks: checks)
        for _ in 0..<length(&choices) where !play.ended {
            play.say(line(after: play.turns.last, today: today, &choices))
            if stopWhenExhausted(choices) { break }
        }
        play.saveAndReplay()
        return play
    }

    /// The next line, after `last` (nil at the start).
    public func line<C: ChoiceSource>(after last: Turn?, today: CalendarDate, _ choices: inout C) -> String {
        if let last, let answer = answer(to: last, today: today, &choices) { return answer }
        var text: String
        switch choices.choose(24) {
        case 0...6: text = question(today: today, &choices)
        case 7, 8: text = story(today: today, &choices)
        case 9: text = choices.pick(Vocabulary.statuses)
        case 10: text = choices.pick(Vocabulary.payments)
        case 11: text = choices.pick(Vocabulary.corrections)
        case 12, 13: text = choices.pick(Vocabulary.followUps)
        case 14: text = choices.pick(Vocabulary.ambiguous)
        case 15, 16: return command(&choices)
        case 17: text = choices.pick(Vocabulary.other)
        case 18: text = choices.pick(Vocabulary.hostile)
        case 19: return choices.pick(["", "   ", "\t", " \t "])
        case 20: return long(&choices)
        case 21: return String(decoding: choices.bytes(upTo: 64).filter { $0 != 0x0A }, as: UTF8.self)
        case 22: text = choices.pick(Vocabulary.unreadable)
        default: text = "\(choices.pick(Vocabulary.datedEvents)) \(Vocabulary.day(&choices, today: today))"
        }
        return decorate(text, &choices)
    }

    /// A reply to the assistant's question or choices, about half the time.
    private func answer<C: ChoiceSource>(to last: Turn, today: CalendarDate, _ choices: inout C) -> String? {
        let offersChoices = last.asking == nil && last.reply.contains("\n  1. ")
        guard last.asking != nil || offersChoices, choices.chance(60) else { return nil }
        if choices.chance(15) { return choices.pick(Vocabulary.unreadable) }
        if last.reply.contains("shipped it yet") { return decorate(choices.pick(Vocabulary.yesNo), &choices) }
        switch last.asking {
        case .status?:
            return choices.chance(40)
                ? choices.pick(Vocabulary.picks) : decorate(choices.pick(Vocabulary.statuses), &choices)
        case .payment?:
            return choices.chance(40)
                ? choices.pick(Vocabulary.picks) : decorate(choices.pick(Vocabulary.payments), &choices)
        case nil:
            return choices.chance(70) ? choices.pick(Vocabulary.picks) : question(today: today, &choices)
        }
    }

    /// An example of some intent, alone or with a story before or after it.
    private func question<C: ChoiceSource>(today: CalendarDate, _ choices: inout C) -> String {
        let example = choices.pick(vocabulary.examples)
        guard choices.chance(50) else { return decorate(example, &choices) }
        let told = story(today: today, &choices)
        return decorate(choices.chance(60) ? "\(told), \(example)" : "\(example). \(told)", &choices)
    }

    /// What happened to the order: a dated event, a status, a payment, an order number, or several of them.
    private func story<C: ChoiceSource>(today: CalendarDate, _ choices: inout C) -> String {
        var parts: [String] = []
        for _ in 0...choices.choose(3) {
            switch choices.choose(5) {
            case 0, 1: parts.append("\(choices.pick(Vocabulary.datedEvents)) \(Vocabulary.day(&choices, today: today))")
            case 2: parts.append(choices.pick(Vocabulary.statuses))
            case 3: parts.append("i paid with \(choices.pick(Vocabulary.payments))")
            default: parts.append("my order is \(choices.pick(["8123456789012345", "#3021554477", "123", "80123456"]))")
            }
        }
        return parts.joined(separator: choices.pick([" and ", ", ", ". ", " but "]))
    }

    private func command<C: ChoiceSource>(_ choices: inout C) -> String {
        choices.pick(Vocabulary.commands).replacingOccurrences(of: "{save}", with: savePath)
    }

    /// A very long line: an example said over and over, up to a few thousand characters.
    private func long<C: ChoiceSource>(_ choices: inout C) -> String {
        let example = choices.pick(vocabulary.examples)
        return Array(repeating: example, count: 1 + choices.choose(6000) / max(example.count, 1)).joined(separator: " ")
    }

    /// `text` with a filler before or after it, and sometimes a typo.
    private func decorate<C: ChoiceSource>(_ text: String, _ choices: inout C) -> String {
        var line = choices.pick(Vocabulary.prefixes) + text + choices.pick(Vocabulary.suffixes)
        if choices.chance(20) { line = typo(in: line, &choices) }
        if choices.chance(10) { line = line.uppercased() }
        return line
    }

    /// One word of `text` misspelt: two letters swapped, one dropped or one doubled.
    private func typo<C: ChoiceSource>(in text: String, _ choices: inout C) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map { Array($0) }
        let long = words.indices.filter { words[$0].count >= 4 }
        guard !long.isEmpty else { return text }
        let index = choices.pick(long)
        let at = 1 + choices.choose(words[index].count - 2)
        switch choices.choose(3) {
        case 0: words[index].swapAt(at, at - 1)
        case 1: words[index].remove(at: at)
        default: words[index].insert(words[index][at], at: at)
        }
        return words.map { String($0) }.joined(separator: " ")
    }
}
