extension StringProtocol {
    /// The text with control characters (C0, DEL and C1) replaced by U+FFFD, so nothing a user typed or a file
    /// held can drive the terminal when it is echoed. `keepingLayout` keeps line breaks and tabs.
    public func replacingControlCharacters(keepingLayout: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingLayout, 0x09 where keepingLayout: result.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
