import ArgumentParser
import Foundation
import OrderDialogue
import OrderUnderstanding

/// `orderhelp classify`: one utterance per line in, one JSON object per line out, no conversation state.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify one utterance per stdin line, as JSON lines.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Also list the best N candidate intents with their scores (for intent authors).")
    var candidates = 0

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let assistant = try global.loadAssistant()
        let today = global.effectiveToday
        var reader = LineReader.pipe()
        while let line = reader.read(prompt: "") {
            let result = assistant.classify(line, today: today)
            var fields: [(String, JSON.Value)] = [
                ("text", .string(line)),
                ("intent", JSON.string(result.intent)),
                ("confidence", .number(result.confidence)),
                ("slots", JSON.slots(result.slots)),
            ]
            if candidates > 0 {
                fields.append(("terms", .array(result.terms.map(JSON.Value.string))))
                fields.append(
                    (
                        "candidates",
                        .array(
                            result.ranking.prefix(candidates).map {
                                .object([
                                    ("intent", .string($0.intent)),
                                    ("score", .number(Classification.rounded($0.score))),
                                ])
                            })
                    ))
            }
            Output.write(JSON.encode(.object(fields)) + "\n")
        }
    }
}
