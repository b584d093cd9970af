import Foundation
import OrderPolicy
import OrderUnderstanding
import TestSupport
import Testing

@testable import OrderDialogue

/// One dev file and its bars: least in-scope accuracy, most false accepts, least slot accuracy (nil: not gated).
struct EvalGate: Sendable, CustomTestStringConvertible {
    let file: String
    let accuracy: Double?
    let falseAccepts: Double?
    let slots: Double?

    var testDescription: String { file }
}

/// Understanding on the labelled files of ../shared/eval, scored as `orderhelp eval` scores it: the matcher's
/// intent, and the slots a conversation holds after the line as its first message.
struct EvalGateTests {
    static let folder = EvalRows.folder(besides: Fixtures.root)

    /// Each file with its bars: the measured level minus a small margin (a line or two on the small files), so a
    /// change that loses what was won fails here.
    static let gates: [EvalGate] = [
        // measured 66/67 in scope, 0/5 accepted, slots 63/72: nine rows expect no slot where the contract reads one
        // (a cancellation request is awaiting shipment; a fake item was delivered)
        EvalGate(file: "dev-utterances.tsv", accuracy: 0.97, falseAccepts: 0.0, slots: 0.85),
        // measured 172/179, 0/29, slots 207/208; issue 12 asks for 95% of both
        EvalGate(file: "dev-situations.tsv", accuracy: 0.95, falseAccepts: 0.04, slots: 0.95),
        // measured 69/74, 1/5 (its rows carry no slot labels)
        EvalGate(file: "real-questions-dev.tsv", accuracy: 0.90, falseAccepts: 0.2, slots: nil),
        // measured 78/80
        EvalGate(file: "clinc-val-smalltalk.tsv", accuracy: 0.95, falseAccepts: nil, slots: nil),
        // measured 300/331 (292 without the meaning ranker)
        EvalGate(file: "banking-train-refund.tsv", accuracy: 0.90, falseAccepts: nil, slots: nil),
        // measured 18/2960 and 64/8533: the bar is the 1%, which leaves a margin of several lines
        EvalGate(file: "clinc-val-negatives.tsv", accuracy: nil, falseAccepts: 0.01, slots: nil),
        EvalGate(file: "banking-train-negatives.tsv", accuracy: nil, falseAccepts: 0.01, slots: nil),
    ]

    @Test("understanding on every dev file meets its bar", arguments: gates)
    func devAccuracy(gate: EvalGate) throws {
        try #require(
            FileManager.default.fileExists(atPath: Self.folder),
            "\(Self.folder) is missing: the eval files are needed to check understanding")
        let (text, path) = try EvalRows.text(of: gate.file, in: Self.folder)
        var score = EvalScore()
        for row in try LabelledFile.rows(of: text, path: path) {
            // Slots are read only where they are gated: a whole conversation turn per line costs more.
            let heard =
                gate.slots == nil
                ? Fixtures.assistant.matcher.classify(row.text)
                : Fixtures.assistant.classify(row.text, today: .reference)
            score.add(gate.slots == nil ? row.withoutSlots : row, result: heard)
        }
        if let bar = gate.accuracy {
            let accuracy = try #require(score.accuracy, "\(gate.file) has no in-scope rows")
            #expect(accuracy >= bar, "\(gate.file): \(score.correct)/\(score.inScope) in scope")
        }
        if let bar = gate.falseAccepts {
            let rate = try #require(score.falseAcceptRate, "\(gate.file) has no out-of-scope rows")
            #expect(rate <= bar, "\(gate.file): \(score.falseAccepts)/\(score.negatives) accepted")
        }
        if let bar = gate.slots {
            let accuracy = try #require(score.slotAccuracy, "\(gate.file) has no slot column")
            #expect(accuracy >= bar, "\(gate.file): slots \(score.slotCorrect)/\(score.slotRows)")
        }
    }
}
