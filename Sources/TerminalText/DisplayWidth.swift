/// How many terminal columns text takes: wide East Asian characters and emoji take two, combining marks none.
public enum DisplayWidth {
    /// The columns `text` takes on a terminal.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one user-perceived character takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // An emoji drawn as a picture is two columns wide, whether by default ("😀", a flag) or asked for with
        // the variation selector ("❤️"); a ZWJ family is one character, so it counts once.
        if scalars.contains(where: \.properties.isEmojiPresentation)
            || (first.properties.isEmoji && scalars.contains("\u{FE0F}"))
        {
            return 2
        }
        if isWide(first) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: return 1
        }
    }

    /// East Asian wide and fullwidth characters (Unicode's EastAsianWidth W and F), by block.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F,  // Hangul initial consonants
            0x2E80...0x303E,  // CJK radicals, punctuation
            0x3041...0x33FF,  // kana, bopomofo, CJK compatibility
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xA000...0xA4CF,  // Yi
            0xA960...0xA97F,  // Hangul extended A
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFE10...0xFE19,  // vertical forms
            0xFE30...0xFE6F,  // CJK compatibility forms, small forms
            0xFF00...0xFF60,  // fullwidth forms
            0xFFE0...0xFFE6,  // fullwidth signs
            0x1F300...0x1F64F,  // pictographs and emoticons, even without emoji presentation
            0x1F900...0x1F9FF,  // supplemental symbols and pictographs
            0x20000...0x2FFFD,  // CJK extensions B–F
            0x30000...0x3FFFD:  // CJK extension G
            return true
        default:
            return false
        }
    }
}
