import OrderPolicy

/// Finds the last day mentioned in a sentence.
public enum DateExtractor {
    /// The last date mentioned in `text`, if any.
    public static func mention(in text: String) -> DateMention? {
        let words = words(of: text)
        var found: DateMention?
        var i = 0
        while i < words.count {
            if let (mention, length) = match(words, at: i) {
                found = mention
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether `text` says nothing but a day ("3 days ago", "on the 20th I think"): every word outside the day
    /// is one that only places it.
    public static func standsAlone(_ text: String) -> Bool {
        let words = words(of: text)
        var found = false
        var i = 0
        while i < words.count {
            if let (_, length) = match(words, at: i) {
                found = true
                i += length
            } else {
                guard placingWords.contains(words[i]) else { return false }
                i += 1
            }
        }
        return found
    }

    /// Words that only place a day in time, around a date standing alone.
    private static let placingWords: Set<String> = [
        "on", "about", "around", "roughly", "approximately", "like", "just", "only", "since", "from", "at", "in",
        "the", "of", "or", "so", "maybe", "i", "think", "already", "that", "was", "it", "it's", "its", "back",
        "ago", "early", "late", "exactly", "and",
    ]

    private static func match(_ w: [String], at i: Int) -> (DateMention, Int)? {
        func word(_ k: Int) -> String? { i + k < w.count ? w[i + k] : nil }
        switch w[i] {
        case "today", "tonight": return (.daysAgo(0), 1)
        case "yesterday": return (.daysAgo(1), 1)
        default: break
        }
        if w[i] == "day", word(1) == "before", word(2) == "yesterday" { return (.daysAgo(2), 3) }
        if w[i] == "this", let part = word(1), ["morning", "afternoon", "evening"].contains(part) {
            return (.daysAgo(0), 2)
        }
        if w[i] == "last", word(1) == "night" { return (.daysAgo(1), 2) }
        if w[i] == "last", word(1) == "week" { return (.lastWeek, 2) }
        if let count = number(w[i]), let unit = word(1), word(2) == "ago" {
            if unit.hasPrefix("day") { return (.daysAgo(count), 3) }
            if unit.hasPrefix("week") { return (.daysAgo(7 * count), 3) }
            if unit.hasPrefix("month") { return (.daysAgo(30 * count), 3) }
            if unit.hasPrefix("hour") || unit.hasPrefix("min") { return (.daysAgo(0), 3) }
        }
        if ["last", "on", "past", "this", "from", "since"].contains(w[i]), let name = word(1),
            let weekday = weekday(name)
        {
            return (.lastWeekday(weekday), 2)
        }
        if let numeric = numericDate(w[i]) { return (numeric, 1) }
        // "november 20", "nov 20th 2026"
        if let month = month(w[i]), let day = word(1).flatMap(dayNumber) {
            let year = word(2).flatMap(yearNumber)
            return (.dayOfMonth(month: month, day: day, year: year), year == nil ? 2 : 3)
        }
        // "20 november", "20th of november 2026"
        if let day = dayNumber(w[i]) {
            let offset = word(1) == "of" ? 2 : 1
            if let month = word(offset).flatMap(month) {
                let year = word(offset + 1).flatMap(yearNumber)
                return (.dayOfMonth(month: month, day: day, year: year), offset + 1 + (year == nil ? 0 : 1))
            }
            // "on the 20th": an ordinal after "the" names a day of a recent month.
            if i > 0, w[i - 1] == "the", w[i].contains(where: \.isLetter) { return (.dayOfRecentMonth(day), 1) }
        }
        return nil
    }

    /// Lowercase words split at spaces and commas; `/` and `-` stay inside a word so "20/11" is one word.
    /// Read byte by byte: date words are ASCII, and splitting by `Character` cost a fifth of a long story's turn.
    private static func words(of text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            while word.last == 0x2E { word.removeLast() }
            words.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x3B, 0x21, 0x3F, 0x28, 0x29: flush()
            case 0x41...0x5A: word.append(byte + 32)
            default: word.append(byte)
            }
        }
        flush()
        return words
    }

    /// "20/11", "20/11/2026", "20.11.2026", "2026-11-20": day first unless that cannot be.
    private static func numericDate(_ word: String) -> DateMention? {
        guard let first = word.utf8.first, first >= 48, first <= 57 else { return nil }
        let separators: Set<Character> = ["/", "-", "."]
        let parts = word.split(whereSeparator: separators.contains).map(String.init)
        // A day, a month or a year has at most four digits: a longer number is no date, and a year of twenty
        // digits would overflow the calendar's arithmetic.
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count <= 4 && Int($0) != nil }),
            word.contains(where: separators.contains)
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        if parts[0].count == 4, numbers.count == 3 {
            return valid(month: numbers[1], day: numbers[2], year: numbers[0])
        }
        let year = numbers.count == 3 ? (numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]) : nil
        if numbers[0] > 12 || numbers[1] <= 12 { return valid(month: numbers[1], day: numbers[0], year: year) }
        return valid(month: numbers[0], day: numbers[1], year: year)
    }

    private static func valid(month: Int, day: Int, year: Int?) -> DateMention? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return .dayOfMonth(month: month, day: day, year: year)
    }

    private static func number(_ word: String) -> Int? {
        if let value = Int(word), value >= 0, value < 400 { return value }
        return numberWords[word]
    }

    private static let numberWords = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple": 2,
    ]

    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        let suffix = word.dropFirst(digits.count)
        guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(suffix), let day = Int(digits),
            (1...31).contains(day)
        else { return nil }
        return day
    }

    private static func yearNumber(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1990...2100).contains(year) else { return nil }
        return year
    }

    private static func month(_ word: String) -> Int? { months[word] }

    private static func weekday(_ word: String) -> CalendarDate.Weekday? { weekdays[word] }

    /// Month names, full and short ("november", "nov", "sept"), to their number.
    private static let months: [String: Int] = {
        var table = ["sept": 9]
        for (index, name) in CalendarDate.monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        return table
    }()

    /// Weekday names, full and short ("monday", "mon").
    private static let weekdays: [String: CalendarDate.Weekday] = {
        var table: [String: CalendarDate.Weekday] = [:]
        for day in CalendarDate.Weekday.allCases {
            table[day.name.lowercased()] = day
            table[String(day.name.lowercased().prefix(3))] = day
        }
        return table
    }()

    /// Whether normalised `tokens` can name a day at all: a digit, or a word a date is made of. A clause with
    /// none is not read for one, which keeps a long story cheap.
    public static func mayMention(_ tokens: [String]) -> Bool {
        tokens.contains { token in
            token.utf8.first.map { $0 >= 48 && $0 <= 57 } == true || dateWords.contains(token)
                || months[token] != nil || weekdays[token] != nil
        }
    }

    private static let dateWords: Set<String> = [
        "today", "tonight", "yesterday", "ago", "morning", "afternoon", "evening", "night", "week",
    ]
}
