/// Splits a message into sentences, so a long message can be read a sentence at a time.
enum Sentences {
    /// A sentence needs at least this many characters to be read on its own.
    static let minLength = 8

    /// The sentences of `text`, cut at `.`, `!`, `?`, `;` and line breaks; fragments too short to mean anything
    /// are dropped.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text.prefix(Normalizer.maxCharacters) {
            if ".!?;\n".contains(character) {
                if current.count >= minLength { sentences.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if current.count >= minLength { sentences.append(current) }
        return sentences
    }
}
