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

/// Patterns indexed by their first word, so a sentence costs one look-up per word rather than one per pattern.
struct PhraseIndex: Sendable {
    private let patterns: [PhrasePattern]
    private let byFirstWord: [String: [Int]]

    /// Indexes `patterns`; a pattern's position in the list is its priority.
    init(_ patterns: [PhrasePattern]) {
        self.patterns = patterns
        var index: [String: [Int]] = [:]
        for (position, pattern) in patterns.enumerated() {
            guard case .word(let words)? = pattern.elements.first else { continue }
            for word in words { index[word, default: []].append(position) }
        }
        byFirstWord = index
    }

    /// The patterns (by position) that may match at `start`, in priority order.
    func candidates(_ tokens: [String], at start: Int) -> [Int] {
        byFirstWord[tokens[start]] ?? []
    }

    /// The first pattern, in priority order, that matches at `start`, and where its match ends.
    func firstMatch(_ tokens: [String], at start: Int) -> (pattern: Int, end: Int)? {
        for position in candidates(tokens, at: start) {
            if let end = patterns[position].match(tokens, at: start) { return (position, end) }
        }
        return nil
    }

    /// Every pattern match that starts somewhere in `tokens`, ordered by pattern priority, then position.
    func allStarts(_ tokens: [String]) -> [(pattern: Int, start: Int)] {
        var found: [(pattern: Int, start: Int)] = []
        for start in tokens.indices {
            for position in candidates(tokens, at: start) { found.append((position, start)) }
        }
        return found.sorted { ($0.pattern, $0.start) < ($1.pattern, $1.start) }
    }

    func match(_ pattern: Int, _ tokens: [String], at start: Int) -> Int? {
        patterns[pattern].match(tokens, at: start)
    }
}
