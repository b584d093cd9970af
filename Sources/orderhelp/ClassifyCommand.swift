import ArgumentParser
import Foundation
import OrderDialogue

/// `orderhelp classify`: one utterance per line in, one JSON object per line out, no conversation state.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Classify one utterance per stdin line, as JSON lines.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let matcher = try global.loadAssistant().matcher
        var reader = LineReader.pipe()
        while let line = reader.read(prompt: "") {
            let result = matcher.classify(line)
            Output.write(JSON.encode(.object([
                ("text", .string(line)),
                ("intent", JSON.string(result.intent)),
                ("confidence", .number(result.confidence)),
                ("slots", JSON.slots(result.slots)),
            ])) + "\n")
        }
    }
}
