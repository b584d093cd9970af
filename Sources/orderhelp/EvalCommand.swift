import ArgumentParser
import Foundation
import OrderUnderstanding

/// `orderhelp eval`: scores classification on labelled TSV files.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score classification on labelled files (text<TAB>intents[<TAB>slots]).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Labelled TSV files, as in shared/eval.", completion: .file(extensions: ["tsv"]))
    var files: [String]

    @Flag(name: .long, help: "Write the numbers as JSON.")
    var json = false

    @Option(
        name: .customLong("min-accuracy"),
        help: "Exit 1 if in-scope accuracy is below this fraction from 0 to 1, or if there are no in-scope lines.")
    var minAccuracy: Double?

    @Option(
        name: .customLong("max-false-accepts"),
        help:
            "Exit 1 if the false-accept rate is above this fraction from 0 to 1, or if there are no out-of-scope lines."
    )
    var maxFalseAccepts: Double?

    @Option(name: .long, help: "How many of the worst confusions to list.")
    var worst = 10

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let assistant = try global.loadAssistant()
        var score = EvalScore()
        for file in files {
            for row in try LabelledFileReader.read(file) {
                score.add(row, result: assistant.classify(row.text, today: global.effectiveToday))
            }
        }
        Output.write(json ? score.json() + "\n" : score.report(worst: worst))
        if let minAccuracy {
            guard let accuracy = score.accuracy else {
                throw Failure(
                    .checkFailed, "orderhelp: --min-accuracy has nothing to measure: the files have no in-scope lines")
            }
            if accuracy < minAccuracy {
                throw Failure(
                    .checkFailed,
                    "orderhelp: accuracy \(EvalScore.percent(accuracy)) is below --min-accuracy \(EvalScore.percent(minAccuracy))"
                )
            }
        }
        if let maxFalseAccepts {
            guard let rate = score.falseAcceptRate else {
                throw Failure(
                    .checkFailed,
                    "orderhelp: --max-false-accepts has nothing to measure: the files have no out-of-scope (none) lines"
                )
            }
            if rate > maxFalseAccepts {
                throw Failure(
                    .checkFailed,
                    "orderhelp: false accepts \(EvalScore.percent(rate)) are above --max-false-accepts \(EvalScore.percent(maxFalseAccepts))"
                )
            }
        }
    }
}
