import ArgumentParser
import Foundation
import OrderUnderstanding

/// `orderhelp eval`: scores classification on labelled TSV files.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score classification on labelled files (text<TAB>intents[<TAB>slots]).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Labelled TSV files, as in shared/eval.")
    var files: [String]

    @Flag(name: .long, help: "Write the numbers as JSON.")
    var json = false

    @Option(name: .customLong("min-accuracy"), help: "Exit 1 if in-scope accuracy is below this fraction (0–1), or if there are no in-scope lines.")
    var minAccuracy: Double?

    @Option(name: .customLong("max-false-accepts"), help: "Exit 1 if the false-accept rate is above this fraction (0–1), or if there are no out-of-scope lines.")
    var maxFalseAccepts: Double?

    @Option(name: .long, help: "How many of the worst confusions to list.")
    var worst = 10

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let assistant = try global.loadAssistant()
        var score = EvalScore()
        for file in files {
            for row in try LabelledFile.read(file) {
                score.add(row, result: assistant.classify(row.text, today: global.effectiveToday))
            }
        }
        Output.write(json ? score.json() + "\n" : score.report(worst: worst))
        if let minAccuracy {
            guard let accuracy = score.accuracy else {
                throw Failure(.checkFailed, "orderhelp: --min-accuracy has nothing to measure: the files have no in-scope lines")
            }
            if accuracy < minAccuracy {
                throw Failure(.checkFailed, "orderhelp: accuracy \(percent(accuracy)) is below --min-accuracy \(percent(minAccuracy))")
            }
        }
        if let maxFalseAccepts {
            guard let rate = score.falseAcceptRate else {
                throw Failure(.checkFailed,
                              "orderhelp: --max-false-accepts has nothing to measure: the files have no out-of-scope (none) lines")
            }
            if rate > maxFalseAccepts {
                throw Failure(.checkFailed,
                              "orderhelp: false accepts \(percent(rate)) are above --max-false-accepts \(percent(maxFalseAccepts))")
            }
        }
    }
}

/// One labelled line: the text, the intents that would be right, and the slots expected if the file says.
struct LabelledRow {
    let text: String
    let intents: Set<String>
    let slots: SlotValues?
    let location: String

    static let none = "none"

    /// True when only "out of scope" is right.
    var isNegative: Bool { intents == [Self.none] }
}

/// Reads the TSV format of shared/eval.
enum LabelledFile {
    static func read(_ path: String) throws -> [LabelledRow] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(.badInput, "\(path): cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        var rows: [LabelledRow] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let location = "\(path):\(index + 1)"
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, !columns[1].isEmpty else {
                throw Failure(.badInput, "\(location): expected text<TAB>intents, found no intent column")
            }
            var slots: SlotValues?
            if columns.count >= 3 {
                var values = SlotValues()
                for pair in columns[2].split(separator: ";") where !pair.isEmpty {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, values.set(parts[0], to: parts[1]) else {
                        throw Failure(.badInput, "\(location): bad slot '\(pair)'; write slot=value, e.g. status=shipped")
                    }
                }
                slots = values
            }
            rows.append(LabelledRow(text: columns[0], intents: Set(columns[1].split(separator: "|").map(String.init)),
                                    slots: slots, location: location))
        }
        return rows
    }
}

/// A fraction as a percentage with one decimal; "n/a" when there was nothing to measure.
func percent(_ fraction: Double?) -> String {
    fraction.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a"
}
