/// A light suffix stripper, so "cancelled", "cancelling" and "cancellation" meet at "cancel".
enum Stemmer {
    /// The stem of a lowercase word.
    static func stem(_ word: String) -> String {
        var chars = Array(word.utf8)
        guard chars.count > 3, chars.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        func ends(_ suffix: String, minStem: Int) -> Bool {
            let s = Array(suffix.utf8)
            return chars.count - s.count >= minStem && chars.suffix(s.count).elementsEqual(s)
        }
        func drop(_ n: Int) { chars.removeLast(n) }
        var stripped = false
        if ends("ies", minStem: 2) {
            drop(3)
            chars.append(0x79)
        } else if ends("sses", minStem: 2) {
            drop(2)
        } else if ends("xes", minStem: 2) || ends("ches", minStem: 2) || ends("shes", minStem: 2) {
            drop(2)
        } else if ends("s", minStem: 3), !ends("ss", minStem: 0), !ends("us", minStem: 0), !ends("is", minStem: 0) {
            drop(1)
        }

        if ends("ations", minStem: 4) {
            drop(6)
            stripped = true
        } else if ends("ation", minStem: 4) {
            drop(5)
            stripped = true
        } else if ends("ing", minStem: 3) {
            drop(3)
            stripped = true
        } else if ends("ed", minStem: 3) {
            drop(2)
            stripped = true
        } else if ends("ment", minStem: 3) {
            drop(4)
            stripped = true
        } else if ends("ly", minStem: 4) {
            drop(2)
        }
        if stripped, chars.count >= 2, chars[chars.count - 1] == chars[chars.count - 2],
            chars[chars.count - 1] != 0x73
        {
            drop(1)
        }
        if chars.count > 3, chars.last == 0x65 { drop(1) }
        return String(decoding: chars, as: UTF8.self)
    }
}
