/// Reads replies the way a careful reader checks them: the dates written in them, the numbers, the fact ids and
/// the placeholders. Written apart from the code that writes replies (its own weekday and leap-year arithmetic),
/// so it is a second witness rather than the same code read twice.
enum ReplyScan {
    /// A date as replies write it: "Wednesday 2 December 2026".
    struct WrittenDate: Equatable {
        let weekday: Int  // 1 Monday … 7 Sunday
        let day: Int
        let month: Int
        let year: Int
        /// The words it took, from the first.
        let words: Range<Int>

        var key: (Int, Int, Int) { (year, month, day) }
    }

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// The words of `text` split at spaces, with the punctuation around them taken off.
    static func words(_ text: Substring) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { word in
            var word = word
            while let first = word.first, "(\"“".contains(first) { word = word.dropFirst() }
            while let last = word.last, ".,;:)!?\"”".contains(last) { word = word.dropLast() }
            return word
        }
    }

    /// Every "Weekday D Month YYYY" in `words`.
    static func dates(in words: [Substring]) -> [WrittenDate] {
        var found: [WrittenDate] = []
        var i = 0
        while i + 3 < words.count {
            if let weekday = weekdays.firstIndex(of: words[i].lowercased()), let day = Int(words[i + 1]),
                let month = months.firstIndex(of: words[i + 2].lowercased()), let year = Int(words[i + 3])
            {
                found.append(
                    WrittenDate(weekday: weekday + 1, day: day, month: month + 1, year: year, words: i..<i + 4))
                i += 4
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether the date exists and falls on the weekday written beside it.
    static func isReal(_ date: WrittenDate) -> Bool {
        guard date.year > 0, date.year < 1_000_000, (1...12).contains(date.month) else { return false }
        let leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[date.month - 1]).contains(date.day) else { return false }
        return weekday(year: date.year, month: date.month, day: date.day) == date.weekday
    }

    /// The weekday (1 Monday … 7 Sunday) by Zeller's congruence.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let (m, y) = month < 3 ? (month + 12, year - 1) : (month, year)
        let h = (day + (13 * (m + 1)) / 5 + y % 100 + (y % 100) / 4 + (y / 100) / 4 + 5 * (y / 100)) % 7
        // h: 0 Saturday, 1 Sunday, 2 Monday …
        return (h + 5) % 7 + 1
    }

    /// Each `F` followed by digits that starts a word ("F6", "(F12)"), as its number.
    static func factNumbers(in text: String) -> [Int] {
        var numbers: [Int] = []
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() where scalar == "F" {
            if i > 0, scalars[i - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[i - 1]) { continue }
            var digits = ""
            var j = i + 1
            while j < scalars.count, ("0"..."9").contains(scalars[j]) {
                digits.unicodeScalars.append(scalars[j])
                j += 1
            }
            if let number = Int(digits.prefix(9)), j == scalars.count || !scalars[j].properties.isAlphabetic {
                numbers.append(number)
            }
        }
        return numbers
    }

    /// Every run of ASCII digits in `text`.
    static func numbers(in text: Substring) -> [Substring] {
        var runs: [Substring] = []
        var start: String.Index?
        for index in text.indices {
            let isDigit = text[index].isASCII && text[index].isNumber
            if isDigit, start == nil { start = index }
            if !isDigit, let begun = start {
                runs.append(text[begun..<index])
                start = nil
            }
        }
        if let begun = start { runs.append(text[begun...]) }
        return runs
    }

    /// Every `{name}` in `text` whose name is a template's: lower-case letters and underscores.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var open: String.Index?
        for index in text.indices {
            switch text[index] {
            case "{": open = index
            case "}":
                if let begun = open {
                    let name = text[text.index(after: begun)..<index]
                    if !name.isEmpty, name.allSatisfy({ $0 == "_" || ("a"..."z").contains($0) }) {
                        found.append(String(text[begun...index]))
                    }
                }
                open = nil
            default: break
            }
        }
        return found
    }

    /// The control characters of `text` other than the line break, as `U+001B`.
    static func controlCharacters(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        }.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }
}
