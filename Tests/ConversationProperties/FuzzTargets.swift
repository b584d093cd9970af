import Foundation
import OrderDialogue
import OrderPolicy
import OrderUnderstanding

/// The fuzz targets: each takes one input and returns what it broke (a crash breaks the process itself).
/// `scripts/fuzz.sh` runs them under libFuzzer through `orderhelp-fuzz`; `FuzzRegressionTests` runs every input
/// in `Tests/Fixtures/fuzz/` that once broke something.
public struct FuzzTargets: Sendable {
    /// What an input is read as.
    public enum Target: String, CaseIterable, Sendable {
        /// A conversation: the bytes choose its lines (see `ConversationGenerator`), or are its lines.
        case conversation
        /// An intent file.
        case intents
        /// A transcript, parsed and replayed.
        case transcript
    }

    public let assistant: Assistant
    public let generator: ConversationGenerator
    /// The file `/save` writes to, in a scratch folder.
    public let saveFile: String

    /// A conversation longer than this many turns is cut, and a longer transcript is not replayed: each turn costs
    /// (a few hundred microseconds under AddressSanitizer), and the property tests play conversations of up to ten.
    public static let maxTurns = 4

    /// Targets for the intents of `assistant`, saving into `scratch`.
    public init(assistant: Assistant, scratch: String) {
        self.assistant = assistant
        saveFile = scratch + "/saved.txt"
        var generator = ConversationGenerator(vocabulary: Vocabulary(catalog: assistant.catalog), savePath: saveFile)
        generator.maxLength = Self.maxTurns
        self.generator = generator
    }

    /// What one input did: what it broke (empty when nothing), and how many turns it played, replays included.
    public struct Outcome: Sendable {
        public var problems: [String] = []
        public var turns = 0
    }

    /// What `data` did when read as `target`.
    public func run(_ target: Target, _ data: [UInt8]) -> Outcome {
        switch target {
        case .conversation: conversation(data)
        case .intents: intentFile(data)
        case .transcript: transcript(data)
        }
    }

    /// Most inputs are read as the choices that make up a conversation; one in eight is a conversation of raw
    /// lines, the bytes split where a pipe splits them.
    private func conversation(_ data: [UInt8]) -> Outcome {
        var choices = ByteChoices(data)
        let play: ConversationPlay
        if choices.choose(8) == 0 {
            let today = generator.today(&choices)
            var raw = ConversationPlay(assistant: assistant, today: today, saveFile: saveFile)
            for line in choices.rest.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(Self.maxTurns)
            where !raw.ended {
                raw.say(String(decoding: line, as: UTF8.self))
            }
            raw.saveAndReplay()
            play = raw
        } else {
            play = generator.play(&choices, assistant: assistant, saveFile: saveFile, stopWhenExhausted: \.isExhausted)
        }
        let problems = play.violations.map {
            "\($0)\n" + ConversationPlay.transcript(play.lines, today: play.today, violation: $0)
        }
        return Outcome(problems: problems, turns: play.turnsPlayed)
    }

    /// An intent file: read, its problems located inside it, and when it reads cleanly, talked to.
    private func intentFile(_ data: [UInt8]) -> Outcome {
        let text = String(decoding: data, as: UTF8.self)
        let catalog = IntentLoader.load(folder: "fuzz", files: [("fuzz.yaml", text)])
        var outcome = Outcome(
            problems: Self.misplaced(catalog.problems.map(\.location), file: "fuzz/fuzz.yaml", text: text))
        guard !catalog.hasErrors, let intent = catalog.intents.first else { return outcome }
        var conversation = Assistant(catalog: catalog, scorer: nil).conversation(today: .reference)
        for line in [intent.examples.first?.text ?? "", "shipped", "visa", "banana", "banana", "/why"] {
            outcome.turns += 1
            if conversation.respond(to: line).reply.isEmpty { outcome.problems.append("no reply to \"\(line)\"") }
        }
        return outcome
    }

    /// A transcript: parsed, and when it parses, replayed if it is short; every problem located inside it.
    private func transcript(_ data: [UInt8]) -> Outcome {
        let text = String(decoding: data, as: UTF8.self)
        do {
            let transcript = try TranscriptParser.parse(text, path: "fuzz.txt")
            guard transcript.steps.count <= Self.maxTurns else { return Outcome() }
            let replayed = Replayer(assistant: assistant, today: .reference).replay(transcript)
            return Outcome(
                problems: Self.misplaced(replayed.failures.map(\.location), file: "fuzz.txt", text: text),
                turns: transcript.steps.count)
        } catch {
            return Outcome(problems: Self.misplaced([error.location], file: "fuzz.txt", text: text))
        }
    }

    /// The locations that are not a line of `file`. Any line break an editor or YAML knows counts, so a location
    /// is never judged wrong for the way it counted lines.
    static func misplaced(_ locations: [SourceLocation], file: String, text: String) -> [String] {
        let breaks = text.unicodeScalars.filter { ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) }.count
        return locations.filter { $0.file != file || $0.line < 1 || $0.line > breaks + 1 }
            .map { "problem placed at \($0), outside the file's \(breaks + 1) lines" }
    }
}
