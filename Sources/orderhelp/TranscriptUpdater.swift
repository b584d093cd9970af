import Foundation
import OrderDialogue

/// `replay --update`: rewrites the `<` lines of a transcript from the actual replies, leaving every other line.
enum TranscriptUpdater {
    /// What kind of change the update makes, or nil when the file already matches.
    static func update(_ transcript: Transcript, with outcome: Replayer.Outcome) -> String? {
        if outcome.meaningFailures > 0 { return "intent/slot/fact changes: needs a human look" }
        return rewritten(transcript, with: outcome) == transcript.lines ? nil : "wording only"
    }

    /// Writes the updated file back.
    static func rewrite(_ transcript: Transcript, with outcome: Replayer.Outcome) throws {
        let lines = rewritten(transcript, with: outcome)
        guard lines != transcript.lines else { return }
        do {
            try lines.joined(separator: "\n").write(toFile: transcript.path, atomically: true, encoding: .utf8)
        } catch {
            throw Failure(.badInput, "\(transcript.path): cannot write: \(error.localizedDescription)")
        }
    }

    private static func rewritten(_ transcript: Transcript, with outcome: Replayer.Outcome) -> [String] {
        var replacements: [Int: [String]] = [:]  // first `<` line → new reply lines
        var dropped: Set<Int> = []
        for (index, step) in transcript.steps.enumerated() {
            let replyLines = step.expectations.compactMap { entry -> Int? in
                if case .replyLine = entry.0 { return entry.line }
                return nil
            }
            guard let first = replyLines.first else { continue }
            replacements[first] = TranscriptWriter.replyLines(outcome.replies[index])
            dropped.formUnion(replyLines.dropFirst())
        }
        var result: [String] = []
        for (index, line) in transcript.lines.enumerated() {
            let number = index + 1
            if let replacement = replacements[number] {
                result += replacement
            } else if !dropped.contains(number) {
                result.append(line)
            }
        }
        return result
    }
}
