import ArgumentParser
import Foundation
import OrderDialogue
import OrderPolicy
import OrderUnderstanding

/// `orderhelp replay`: replays transcripts and checks every turn.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcript files (or every *.txt under a folder) and check each turn.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Transcript files or folders.", completion: .file(extensions: ["txt"]))
    var paths: [String]

    @Flag(name: .long, help: "Rewrite the < lines of the given files from the actual replies.")
    var update = false

    @Flag(name: .long, help: "After the summary, list the intents, slot values and policy facts exercised and missed.")
    var coverage = false

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let assistant = try global.loadAssistant()
        let replayer = Replayer(assistant: assistant, today: global.effectiveToday)
        let files = try TranscriptFiles.expand(paths)
        var transcripts: [Transcript] = []
        var problems: [Problem] = []
        for file in files {
            do { transcripts.append(try TranscriptParser.parse(try TranscriptFiles.read(file), path: file)) } catch let
                problem as Problem
            { problems.append(problem) }
        }
        if !problems.isEmpty {
            for problem in problems { Output.error(problem.description) }
            throw Failure(.badInput, "orderhelp: \(problems.count) transcript(s) are malformed; nothing was replayed")
        }
        var passed = 0
        var failed = 0
        var exercised = Coverage()
        for transcript in transcripts {
            let outcome = replayer.replay(transcript)
            exercised.add(outcome.turns)
            if update {
                let change = TranscriptUpdater.update(transcript, with: outcome)
                if let change { Output.write("\(transcript.path): \(change)\n") }
                try TranscriptUpdater.rewrite(transcript, with: outcome)
                outcome.meaningFailures == 0 ? (passed += 1) : (failed += 1)
                if outcome.meaningFailures > 0 {
                    outcome.failures.forEach { Output.write(Output.sanitized("\($0)") + "\n") }
                }
                continue
            }
            for failure in outcome.failures { Output.write(Output.sanitized("\(failure)") + "\n") }
            outcome.passed ? (passed += 1) : (failed += 1)
        }
        Output.write("\(passed) passed, \(failed) failed\n")
        if coverage { Output.write(exercised.report(intents: assistant.catalog.intents.map(\.name))) }
        if failed > 0 { throw ExitCode(ExitStatus.checkFailed.rawValue) }
    }
}
