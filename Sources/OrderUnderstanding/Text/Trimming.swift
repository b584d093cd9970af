extension StringProtocol {
    /// The text without spaces and tabs at its end.
    public func trimmingTrailingBlanks() -> String {
        let text = String(self)
        var end = text.utf8.endIndex
        while end > text.utf8.startIndex {
            let before = text.utf8.index(before: end)
            guard text.utf8[before] == 0x20 || text.utf8[before] == 0x09 else { break }
            end = before
        }
        return String(text[..<end])
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
