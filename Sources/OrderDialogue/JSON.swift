import OrderUnderstanding

/// Writes the contract's JSON objects, keys in the contract's order.
public enum JSON {
    /// A JSON value.
    public indirect enum Value: Sendable {
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])
    }

    /// One line of JSON for `value`.
    public static func encode(_ value: Value) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    private static func write(_ value: Value, to out: inout String) {
        switch value {
        case .string(let text): quote(text, to: &out)
        case .number(let number):
            if number.isFinite {
                out += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
            } else {
                out += "null"
            }
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                write(item, to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out += ", " }
                quote(key, to: &out)
                out += ": "
                write(item, to: &out)
            }
            out += "}"
        }
    }

    private static func quote(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// The slots as a JSON object.
    public static func slots(_ slots: SlotValues) -> Value {
        .object(slots.pairs.map { ($0.name, .string($0.value)) })
    }

    /// `value`, or null.
    public static func string(_ value: String?) -> Value { value.map(Value.string) ?? .null }
}
