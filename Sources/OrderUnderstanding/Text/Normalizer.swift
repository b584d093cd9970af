/// Turns raw text into lowercase word tokens: folds accents and apostrophes, expands contractions, drops punctuation.
public enum Normalizer {
    /// Text longer than this is cut before matching, so the cost of one line stays bounded.
    public static let maxCharacters = 2_000

    /// The words of `text`, lowercased and folded; digits stay as tokens of their own.
    public static func tokens(_ text: String) -> [String] { sentences(text).tokens }

    /// Where `phrase` starts in `words`, its words next to each other and in order; nil when it is not there.
    public static func find(_ phrase: [String], in words: [String]) -> Int? {
        guard !phrase.isEmpty, words.count >= phrase.count else { return nil }
        return (0...(words.count - phrase.count)).first { start in
            phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
        }
    }

    /// The words of `text`, the index of the first word of each sentence (cut at `.`, `!`, `?`, `;` and
    /// line breaks), and whether each sentence ends with a question mark.
    static func sentences(_ text: String) -> (tokens: [String], starts: [Int], asks: [Bool]) {
        var tokens: [String] = []
        var starts: [Int] = [0]
        var asks: [Bool] = [false]
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var hasApostrophe = false
        var seen = 0
        func flush() {
            guard !word.isEmpty else { return }
            if hasApostrophe {
                tokens.append(contentsOf: expand(String(decoding: word, as: UTF8.self)))
            } else {
                tokens.append(String(decoding: word, as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
            hasApostrophe = false
        }
        func add(_ byte: UInt8) {
            if byte == 0x27 {
                hasApostrophe = true
            } else if let last = word.last, last != 0x27, isDigit(last) != isDigit(byte) {
                flush()
            }
            word.append(byte)
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > maxCharacters { break }
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x61...0x7A, 0x30...0x39: add(UInt8(value))
                case 0x41...0x5A: add(UInt8(value + 32))
                case 0x27, 0x60: add(0x27)
                case 0x2E, 0x21, 0x3F, 0x3B, 0x0A:
                    flush()
                    if starts.last != tokens.count {
                        starts.append(tokens.count)
                        asks.append(false)
                    }
                    // "really?!" and "what!?" both ask: the mark closes the sentence before the one just opened.
                    if value == 0x3F, asks.count >= 2 { asks[asks.count - 2] = true }
                default: flush()
                }
            } else if let folded = fold(scalar) {
                if folded.value < 0x80 {
                    add(UInt8(folded.value))
                } else {
                    word.append(contentsOf: Array(String(folded).utf8))
                }
            } else {
                flush()
            }
        }
        flush()
        if starts.last == tokens.count && starts.count > 1 {
            starts.removeLast()
            asks.removeLast()
        }
        return (tokens, starts, asks)
    }

    /// A non-ASCII letter or digit folded to plain lowercase ASCII where one exists; `'` for apostrophes;
    /// nil for separators.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2019, 0x2018, 0xB4, 0x2BC: return "'"
        default: break
        }
        if let plain = latinFolds[scalar] { return plain }
        let properties = scalar.properties
        if properties.isAlphabetic {
            return properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
        return properties.numericType != nil ? scalar : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Splits a word with apostrophes into the words it stands for ("hasn't" → "has not").
    private static func expand(_ word: String) -> [String] {
        let trimmed = word.split(separator: "'", omittingEmptySubsequences: true)
        guard trimmed.count > 1 else { return trimmed.map(String.init) }
        if let whole = contractions[word] { return whole }
        let stem = String(trimmed[0])
        let tail = trimmed[1...].joined()
        switch tail {
        case "t" where stem.hasSuffix("n"): return [String(stem.dropLast()), "not"]
        case "s", "d": return [stem]
        case "m": return [stem, "am"]
        case "re": return [stem, "are"]
        case "ve": return [stem, "have"]
        case "ll": return [stem, "will"]
        default: return [stem + tail]
        }
    }

    private static let contractions: [String: [String]] = [
        "can't": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"], "ain't": ["is", "not"],
    ]

    private static let latinFolds: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"),
            ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"),
            ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"), ("ĺļľŀłĹĻĽĿŁ", "l"),
            ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšŚŜŞŠß", "s"), ("ţťŧŢŤŦ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"),
            ("ŵŴ", "w"), ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"),
        ]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}
