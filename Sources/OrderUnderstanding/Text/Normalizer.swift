/// Turns raw text into lowercase word tokens: folds accents and apostrophes, expands contractions, drops punctuation.
public enum Normalizer {
    /// Text longer than this is cut before matching, so the cost of one line stays bounded.
    public static let maxCharacters = 2_000

    /// The words of `text`, lowercased and folded; digits stay as tokens of their own.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        var seen = 0
        func flush() {
            guard !word.isEmpty else { return }
            tokens.append(contentsOf: expand(word))
            word = ""
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > maxCharacters { break }
            if let folded = fold(scalar) {
                if let last = word.unicodeScalars.last, isDigit(last) != isDigit(folded), folded != "'" {
                    flush()
                }
                word.unicodeScalars.append(folded)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// A letter or digit folded to plain lowercase ASCII where one exists; `'` for apostrophes; nil for separators.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 32)
        case 0x61...0x7A, 0x30...0x39: return scalar
        case 0x27, 0x2019, 0x2018, 0x60, 0xB4, 0x2BC: return "'"
        default: break
        }
        if scalar.value < 0x80 { return nil }
        if let plain = latinFolds[scalar] { return plain }
        let properties = scalar.properties
        if properties.isAlphabetic {
            return properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
        return properties.numericType != nil ? scalar : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Splits a word with apostrophes into the words it stands for ("hasn't" → "has not").
    private static func expand(_ word: String) -> [String] {
        let trimmed = word.split(separator: "'", omittingEmptySubsequences: true)
        guard trimmed.count > 1 else { return trimmed.map(String.init) }
        if let whole = contractions[word] { return whole }
        let stem = String(trimmed[0]), tail = trimmed[1...].joined()
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
