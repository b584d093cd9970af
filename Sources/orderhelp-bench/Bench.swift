import Foundation
import OrderDialogue
import OrderPolicy
import OrderUnderstanding

/// Measures what the README promises: cold start to first answer, classification latency and throughput,
/// replay throughput and peak memory. Run it on a release build: `swift run -c release orderhelp-bench`.
@main
enum Bench {
    static func main() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let intents = root.appendingPathComponent("intents").path
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("orderhelp").path
        let options: BenchArguments
        do {
            options = try BenchArguments.parse(
                Array(CommandLine.arguments.dropFirst()),
                defaultFiles: defaultUtteranceFiles(root))
        } catch .help {
            print(BenchArguments.usage, terminator: "")
            return
        } catch .problems(let problems) {
            for problem in problems { FileHandle.standardError.write(Data("orderhelp-bench: \(problem)\n".utf8)) }
            FileHandle.standardError.write(Data("Run orderhelp-bench --help for usage.\n".utf8))
            exit(2)
        }
        let coldStart = options.coldStart

        print("orderhelp-bench (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print("")

        // 1. Cold start: a whole process, from exec to the first answer on stdout.
        if !coldStart {
            print(row("cold start", "skipped (--no-cold-start)"))
        } else if FileManager.default.isExecutableFile(atPath: binary) {
            let runs = (0..<31).map { _ in timeProcess(binary, input: "how do I cancel my order?\n") }
            print(
                row(
                    "cold start to first answer",
                    "median \(ms(median(runs.map(\.seconds)))), p90 \(ms(percentile(runs.map(\.seconds), 0.9))) over \(runs.count) runs"
                ))
            print(row("peak memory, one question", "\(runs.map(\.peakKB).max()! / 1024) MB (max RSS of the process)"))
        } else {
            print(row("cold start", "skipped: build orderhelp first (\(binary) not found)"))
        }

        // 2. In-process start-up, split by phase.
        var loads: [Double] = []
        var builds: [Double] = []
        var catalog = IntentLoader.load(directory: intents)
        var assistant = Assistant(catalog: catalog)
        for _ in 0..<15 {
            var start = now()
            catalog = IntentLoader.load(directory: intents)
            loads.append(now() - start)
            start = now()
            assistant = Assistant(catalog: catalog)
            builds.append(now() - start)
        }
        print(row("load intent files", "median \(ms(median(loads)))"))
        print(row("build matcher", "median \(ms(median(builds)))"))
        var start = now()

        // 3. Classification: latency per utterance and throughput on one core.
        var utterances = options.utterances
        if options.files.isEmpty {
            print(row("utterances", "../shared/eval not found: classifying the intent examples instead"))
            utterances = catalog.intents.flatMap(\.examples).map(\.text)
        }
        for text in utterances.prefix(500) { _ = assistant.matcher.classify(text) }  // warm up
        // Five rounds: a shared machine's noise shows as the spread between them; the median round is reported.
        var latencies: [Double] = []
        latencies.reserveCapacity(utterances.count * Self.rounds)
        var accepted = 0
        var rates: [Double] = []
        for _ in 0..<Self.rounds {
            accepted = 0
            start = now()
            for text in utterances {
                let t0 = now()
                if assistant.matcher.classify(text).intent != nil { accepted += 1 }
                latencies.append(now() - t0)
            }
            rates.append(Double(utterances.count) / (now() - start))
        }
        print(
            row(
                "classify latency",
                "p50 \(us(percentile(latencies, 0.5))), p99 \(us(percentile(latencies, 0.99))), max \(us(latencies.max() ?? 0))"
            ))
        print(
            row(
                "classify throughput",
                "median \(Int(median(rates))) utterances/s, rounds \(Int(rates.min()!))–\(Int(rates.max()!)) (\(utterances.count) utterances, \(accepted) accepted)"
            ))

        // 4. Replay: every transcript, many times over.
        let folder = root.appendingPathComponent("transcripts").path
        let transcripts = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
            .compactMap { name -> Transcript? in
                let path = folder + "/" + name
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
                return try? TranscriptParser.parse(text, path: path)
            }
        let replayer = Replayer(assistant: assistant, today: .reference)
        let turnsPerRound = transcripts.reduce(0) { $0 + $1.steps.count }
        var rounds = 0
        start = now()
        while now() - start < 1.0 || rounds < 3 {
            for transcript in transcripts { _ = replayer.replay(transcript) }
            rounds += 1
        }
        let replayTime = now() - start
        print(
            row(
                "replay throughput",
                "\(Int(Double(turnsPerRound * rounds) / replayTime)) turns/s (\(transcripts.count) transcripts, \(turnsPerRound) turns, \(rounds) rounds)"
            ))

        // 5. A long story full of events, as one turn: the worst case of reading the situation.
        let story = Self.longStory
        var storyTimes: [Double] = []
        for _ in 0..<200 {
            var conversation = assistant.conversation(today: .reference)
            let begin = now()
            _ = conversation.respond(to: story)
            storyTimes.append(now() - begin)
        }
        print(
            row(
                "a \(story.count)-character story, one turn",
                "median \(ms(median(storyTimes))), max \(ms(storyTimes.max()!))"))

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(row("peak memory, this benchmark", "\(usage.ru_maxrss / 1024) MB"))
    }

    /// About 2,000 characters of events, dates, payments and questions, as a shopper might pour them out.
    static let longStory: String = {
        let sentences = [
            "Hello, I ordered a lamp and a phone case on 20 november and paid with my visa card the same day.",
            "The seller did not ship anything for a week, so I asked to cancel on monday, but he ignored me.",
            "Then the tracking number was uploaded yesterday and the parcel left the warehouse, it is in customs now.",
            "My refund is not on its way, and I have not received anything, I paid by paypal for the second order.",
            "Actually the seller declined my cancellation and then shipped it, and the courier is coming tomorrow.",
            "I want to cancel. How long until the refund? What should I write to the seller? Can I refuse the parcel?",
        ]
        var text = ""
        for sentence in repeatElement(sentences, count: 4).joined() where text.count < 1_950 { text += sentence + " " }
        return String(text.prefix(2_000))
    }()

    private static func defaultUtteranceFiles(_ root: URL) -> [String] {
        let eval = root.deletingLastPathComponent().appendingPathComponent("shared/eval")
        return [
            "dev-utterances.tsv", "clinc-val-negatives.tsv", "clinc-val-smalltalk.tsv",
            "banking-train-refund.tsv", "banking-train-negatives.tsv",
        ].map { eval.appendingPathComponent($0).path }
    }

    /// Runs `binary` with `input` on stdin and returns the wall time to exit and its peak memory.
    private static func timeProcess(_ binary: String, input: String) -> (seconds: Double, peakKB: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--no-history"]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        let start = now()
        try? process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        var status: Int32 = 0
        var usage = rusage()
        wait4(process.processIdentifier, &status, 0, &usage)
        return (now() - start, usage.ru_maxrss)
    }

    /// Classification rounds over the whole utterance list.
    private static let rounds = 5

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    private static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
    }

    private static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
    private static func us(_ seconds: Double) -> String { String(format: "%.1f µs", seconds * 1e6) }
    private static func row(_ name: String, _ value: String) -> String {
        // A name longer than the column keeps all its words, with two spaces before the value.
        name.padding(toLength: max(30, name.count + 2), withPad: " ", startingAt: 0) + value
    }
}
