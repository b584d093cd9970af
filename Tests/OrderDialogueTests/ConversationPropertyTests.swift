import ConversationProperties
import Foundation
import OrderPolicy
import OrderUnderstanding
import TestSupport
import Testing

@testable import OrderDialogue

/// What must hold for every conversation, checked over thousands of generated ones (see
/// `Tests/ConversationProperties`). Seeded and reproducible: `ORDERHELP_PROPERTY_SEED` picks another seed and
/// `ORDERHELP_PROPERTY_COUNT` another number of conversations. A failure is shrunk to a short conversation and
/// printed as a transcript to save in `transcripts/` once the bug is fixed.
struct ConversationPropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["ORDERHELP_PROPERTY_SEED"].flatMap { UInt64($0) } ?? 20_261_127
    static let count = environment["ORDERHELP_PROPERTY_COUNT"].flatMap { Int($0) } ?? 2_000
    /// The conversations are played in this many batches, which the test runner spreads over the cores.
    static let batches = 6
    /// `/save` lines name this file; each batch saves to a file of its own.
    static let generator = ConversationGenerator(
        vocabulary: Vocabulary(catalog: Fixtures.assistant.catalog),
        savePath: "saved.txt")

    /// The choices of conversation `index`: each has a seed of its own, so one can be played again alone.
    static func choices(_ index: Int) -> SeededChoices {
        var mix = SeededChoices(seed: seed &+ UInt64(index))
        return SeededChoices(seed: mix.next())
    }

    @Test("every generated conversation keeps every property", arguments: 0..<batches)
    func generatedConversations(batch: Int) {
        var exercised: [Property: Int] = [:]
        var reported = 0
        let saveFile = Scratch.path("saved-\(batch)") + ".txt"
        for index in stride(from: batch, to: Self.count, by: Self.batches) {
            var choices = Self.choices(index)
            let play = Self.generator.play(&choices, assistant: Fixtures.assistant, saveFile: saveFile)
            exercised.merge(play.exercised, uniquingKeysWith: +)
            guard let violation = play.violations.first, reported < 3 else { continue }
            reported += 1
            Issue.record(Comment(rawValue: Self.report(violation, play: play, index: index, saveFile: saveFile)))
        }
        // Each property had plenty to check: a property that never meets a date or a told slot proves nothing.
        let conversations = Self.count / Self.batches
        for property in Property.allCases {
            #expect(
                exercised[property, default: 0] >= conversations / 20,
                "\(property.rawValue): exercised \(exercised[property, default: 0]) times in \(conversations) conversations"
            )
        }
    }

    /// The failure shrunk to a short conversation, printed as a transcript.
    static func report(_ violation: Violation, play: ConversationPlay, index: Int, saveFile: String) -> String {
        let fails = { (lines: [String]) in
            ConversationPlay.play(lines, assistant: Fixtures.assistant, today: play.today, saveFile: saveFile)
                .violations.first { $0.property == violation.property }
        }
        let shrunk = Shrinker.shrink(play.lines) { fails($0) != nil }
        let shown = fails(shrunk) ?? violation
        return """
            Conversation \(index) of seed \(seed) (\(play.lines.count) lines): \(violation)
            Shrunk to \(shrunk.count) lines:
            \(ConversationPlay.transcript(shrunk, today: play.today, violation: shown))
            """
    }

    @Test("memory stays bounded as a conversation grows: what it keeps is the same at 1,100 and 2,200 turns")
    func boundedMemory() {
        // The same generated lines, over and over, so that what is kept can be compared at equal points of the cycle.
        var choices = Self.choices(Self.count)
        var lines: [String] = []
        while lines.count < 50 {
            let play = Self.generator.play(&choices, assistant: Fixtures.assistant, checks: [])
            lines += play.lines.filter { !$0.hasPrefix("/reset") && !$0.lowercased().hasPrefix("/quit") }
        }
        lines = Array(lines.prefix(50))
        var conversation = Fixtures.assistant.conversation(today: .reference)
        var kept: [Int: Footprint] = [:]
        for turn in 1...2_200 {
            _ = conversation.respond(to: lines[(turn - 1) % lines.count])
            if turn == 1_100 || turn == 2_200 { kept[turn] = Footprint(conversation) }
        }
        let early = kept[1_100]!
        let late = kept[2_200]!
        #expect(late.turns <= Conversation.recordLimit && late.events <= Situation.limit, "\(late)")
        #expect(late.turns == early.turns && late.events == early.events, "\(early) → \(late)")
        #expect(late.bytes <= early.bytes + early.bytes / 10, "\(early) → \(late)")
    }

    /// What a conversation holds that can grow with its length: the turns kept for /save and the events heard.
    struct Footprint: CustomStringConvertible {
        let turns: Int
        let events: Int
        let bytes: Int

        init(_ conversation: Conversation) {
            turns = conversation.record.count
            events = conversation.state.situation.events.count
            bytes =
                conversation.record.reduce(0) { $0 + $1.line.utf8.count + $1.turn.reply.utf8.count }
                + conversation.state.situation.events.reduce(0) { $0 + $1.event.evidence.utf8.count }
        }

        var description: String { "\(turns) turns, \(events) events, \(bytes) bytes" }
    }
}
