// `_nfd` is the standard library's canonical decomposition, the one swift-foundation uses; Swift has no public
// spelling of it yet, and stripping accents exactly as BERT does needs it.
@_spi(_Unicode) import Swift

/// Splits text into words as BERT's uncased tokenizer does before WordPiece (Hugging Face's BertNormalizer and BertPreTokenizer).
///
/// Control and format characters are dropped, whitespace separates, each punctuation mark and CJK ideograph is
/// a word of its own, and letters are decomposed, stripped of their nonspacing marks and lowercased
/// ("Réfund!!" → `refund`, `!`, `!`). ASCII, the common case, never leaves the fast path.
enum BertWords {
    /// A word longer than this many characters is unknown to WordPiece.
    static let maxWordCharacters = 100
    /// Free bytes before each word in the buffer, so WordPiece can write `##` in front of a piece in place.
    static let prefixRoom = 2

    /// Calls `body` with each word of the first `limit` characters of `text`: the buffer (the word's UTF-8
    /// starts at `prefixRoom`) and its byte count, nil for a word too long; `body` returns false to stop.
    static func forEach(in text: String, limit: Int, _ body: (UnsafeMutablePointer<UInt8>, Int?) -> Bool) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefixRoom + 4 * maxWordCharacters + 4) { raw in
            let buffer = raw.baseAddress!
            var bytes = 0
            var characters = 0
            var seen = 0
            var going = true
            func flush() {
                guard characters > 0 else { return }
                going = body(buffer, characters > maxWordCharacters ? nil : bytes)
                bytes = 0
                characters = 0
            }
            func append(_ byte: UInt8) {
                characters += 1
                if characters <= maxWordCharacters {
                    buffer[prefixRoom + bytes] = byte
                    bytes += 1
                }
            }
            func append(_ scalar: Unicode.Scalar) {
                characters += 1
                guard characters <= maxWordCharacters else { return }
                UTF8.encode(scalar) {
                    buffer[prefixRoom + bytes] = $0
                    bytes += 1
                }
            }
            func appendFolded(_ scalar: Unicode.Scalar) {
                for part in String(scalar)._nfd where part.properties.generalCategory != .nonspacingMark {
                    for lower in part.properties.lowercaseMapping.unicodeScalars {
                        if isPunctuation(lower) {
                            flush()
                            append(lower)
                            flush()
                        } else {
                            append(lower)
                        }
                    }
                }
            }
            for scalar in text.unicodeScalars {
                seen += 1
                guard seen <= limit, going else { break }
                let value = scalar.value
                if value < 0x80 {
                    let byte = UInt8(value)
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: append(byte)
                    case 0x41...0x5A: append(byte | 0x20)
                    case 0x20, 0x09, 0x0A, 0x0D: flush()
                    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                        flush()
                        append(byte)
                        flush()
                    default: break  // other control characters are dropped, not separators
                    }
                } else if value == 0xFFFD || isOther(scalar) {
                    continue
                } else if scalar.properties.isWhitespace {
                    flush()
                } else if isIdeograph(value) {
                    flush()
                    appendFolded(scalar)
                    flush()
                } else {
                    appendFolded(scalar)
                }
            }
            if going { flush() }
        }
    }
}

extension BertWords {
    /// Unicode's "other" categories, which BertNormalizer removes (tab, newline and return are whitespace).
    fileprivate static func isOther(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned: true
        default: false
        }
    }

    /// ASCII symbols and Unicode's punctuation categories, which BertPreTokenizer splits off one at a time.
    fileprivate static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        case 0..<0x80: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }

    /// The CJK blocks BertNormalizer puts spaces around, so each ideograph is a word.
    fileprivate static func isIdeograph(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            true
        default: false
        }
    }
}
