import Foundation

/// Writes a Swift file that holds the name and text of each `*.yaml` file of a folder: `embed-intents OUTPUT FOLDER`.
/// The EmbedIntents build-tool plugin runs it at build time, so the binary carries `intents/*.yaml`.
/// It does not parse YAML: the program reads the text the same way whether it came from a file or from here.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let output = arguments.first, let folder = arguments.last else {
    FileHandle.standardError.write(Data("usage: embed-intents OUTPUT FOLDER\n".utf8))
    exit(2)
}

/// `text` as a Swift string literal: every character kept, quotes, backslashes and control characters escaped.
func literal(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            result += "\\u{\(String(scalar.value, radix: 16))}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

var source = """
    // Generated at build time by embed-intents (the EmbedIntents plugin) from intents/*.yaml. Do not edit.

    extension BundledIntents {
        static let generated: [(name: String, text: String)] = [

    """
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    .sorted()
for name in names {
    let path = (folder as NSString).appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(path):1: error: cannot read the file as UTF-8 text\n".utf8))
        exit(1)
    }
    source += "        (name: \(literal(name)), text: \(literal(text))),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-intents: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
