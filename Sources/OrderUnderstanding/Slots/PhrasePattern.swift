/// A short word pattern such as `"awaiting|waiting shipment|shipping"`: positions split by spaces,
/// alternatives by `|`, and `*` for a gap of up to two words.
struct PhrasePattern: Sendable {
    enum Element: Sendable {
        case word(Set<String>)
        case gap(Int)
    }

    let elements: [Element]

    /// Parses the compact pattern syntax.
    init(_ pattern: String) {
        elements = pattern.split(separator: " ").map { part in
            part == "*" ? .gap(2) : .word(Set(part.split(separator: "|").map(String.init)))
        }
    }

    /// The end index (exclusive) of a match starting at `start`, or nil.
    func match(_ tokens: [String], at start: Int) -> Int? {
        match(tokens, at: start, element: 0)
    }

    private func match(_ tokens: [String], at position: Int, element: Int) -> Int? {
        if element == elements.count { return position }
        switch elements[element] {
        case .word(let words):
            guard position < tokens.count, words.contains(tokens[position]) else { return nil }
            return match(tokens, at: position + 1, element: element + 1)
        case .gap(let most):
            for skip in 0...most where position + skip <= tokens.count {
                if let end = match(tokens, at: position + skip, element: element + 1) { return end }
            }
            return nil
        }
    }
}
