import Foundation
import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// The policy's time windows as the shopper reads them. The literals below are the witness, copied from
/// POLICY-FACTS.md by hand: an answer that rests on a window's fact shows it, and no answer shows any other
/// number of hours or days.
struct PolicyNumbersTests {
    struct Window: Sendable, CustomTestStringConvertible {
        let literal: String
        let fact: FactID
        var testDescription: String { "\(fact): \(literal)" }
    }

    static let windows = [
        Window(literal: "24–48 hours", fact: FactID(3)),
        Window(literal: "72 hours", fact: FactID(4)),
        Window(literal: "7 business days", fact: FactID(5)),
        Window(literal: "3–20 business days", fact: FactID(6)),
    ]

    /// Stories with dated events, so the dated sentences are checked too.
    static let datedSituations: [(String, Situation)] = [
        ("paid and asked to cancel on the 20th", "I paid on 20 november and asked to cancel on 20 november"),
        ("approved on the 20th", "the seller approved my cancellation on 20 november"),
        ("returned to the warehouse on the 20th", "the return reached the seller's warehouse on 20 november"),
    ].map { name, text in
        var situation = Situation()
        situation.add(Fixtures.assistant.matcher.readSituation(text), turn: 1)
        return (name, situation)
    }

    /// Every answer every intent can give: each status and payment method, known or not.
    static let answers: [(label: String, text: String, facts: [FactID])] = {
        let statuses: [OrderStatus?] = [nil] + OrderStatus.allCases
        let payments: [PaymentMethod?] = [nil] + PaymentMethod.allCases
        var answers: [(String, String, [FactID])] = []
        let intents = Fixtures.assistant.catalog.intents + [Fixtures.assistant.catalog.outOfScope].compactMap { $0 }
        for intent in intents {
            for status in statuses {
                for payment in payments {
                    let slots = SlotValues(status: status, payment: payment, orderNumber: "1234567")
                    guard let template = intent.answer(for: slots) else { continue }
                    // A slot the intent asks for first is never missing when it answers (PlaceholderTests).
                    guard let rendered = try? AnswerRenderer.render(template, slots: slots) else { continue }
                    let label = "\(intent.name) status=\(status?.rawValue ?? "-") payment=\(payment?.rawValue ?? "-")"
                    answers.append((label, rendered.text, rendered.facts))
                    for (name, situation) in datedSituations {
                        let notes = DatedNotes.notes(
                            for: rendered.facts, situation: situation, status: status,
                            today: .reference)
                        guard !notes.isEmpty else { continue }
                        answers.append(
                            (
                                label + " (\(name))", ([rendered.text] + notes.map(\.text)).joined(separator: "\n"),
                                rendered.facts + notes.flatMap(\.facts)
                            ))
                    }
                }
            }
        }
        return answers
    }()

    @Test("every answer whose facts include a window shows that window's literal", arguments: windows)
    func factShowsLiteral(window: Window) {
        let resting = Self.answers.filter { $0.facts.contains(window.fact) }
        #expect(!resting.isEmpty, "no answer rests on \(window.fact)")
        for answer in resting {
            #expect(answer.text.contains(window.literal), "\(answer.label) rests on \(window.fact): \(answer.text)")
        }
    }

    @Test("no answer shows a number of hours or days other than the policy's")
    func noOtherNumbers() {
        for answer in Self.answers {
            let strays = Self.strayDurations(in: answer.text)
            #expect(strays.isEmpty, "\(answer.label): \(strays) in \(answer.text)")
        }
    }

    @Test("no transcript reply shows another number of hours or days, and each shows the windows of its facts")
    func transcriptReplies() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.transcripts).filter {
            $0.hasSuffix(".txt")
        }
        let replayer = Replayer(assistant: Fixtures.assistant, today: .reference)
        var turns = 0
        for name in names.sorted() {
            let path = Fixtures.transcripts + "/" + name
            let outcome = replayer.replay(
                try TranscriptParser.parse(String(contentsOfFile: path, encoding: .utf8), path: path))
            for turn in outcome.turns {
                turns += 1
                #expect(Self.strayDurations(in: turn.reply).isEmpty, "\(name): \(turn.reply)")
                for window in Self.windows where turn.facts.contains(window.fact) {
                    #expect(turn.reply.contains(window.literal), "\(name) rests on \(window.fact): \(turn.reply)")
                }
            }
        }
        #expect(turns > 100)
    }

    @Test(
        "asked about a window, the shopper reads its literal",
        arguments: [
            ("how long does the seller have to ship my order", "7 business days"),
            ("it's awaiting shipment. how long does a refund take", "3–20 business days"),
            ("i asked to cancel but the seller is not answering, the order is awaiting shipment", "72 hours"),
        ])
    func askedAboutWindow(question: String, literal: String) {
        let turn = Fixtures.talk(question)[0]
        #expect(turn.reply.contains(literal), "\(turn.reply)")
        #expect(Self.strayDurations(in: turn.reply).isEmpty, "\(turn.reply)")
    }

    /// Durations in `text` that are not one of the policy's literals: "30 days", "10 business days",
    /// "two weeks", "a month".
    static func strayDurations(in text: String) -> [String] {
        let unit = #"(?:business |working |calendar )?(?:days?|hours?|weeks?|months?)\b"#
        let digits = try! Regex(#"\b\d+(?:\s*[–-]\s*\d+)?\s+"# + unit).ignoresCase()
        let words = try! Regex(
            #"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a few|several)\s+"# + unit
        )
        .ignoresCase()
        let allowed = Set(windows.map(\.literal))
        return (text.matches(of: digits).map { String(text[$0.range]) }.filter { !allowed.contains($0) })
            + text.matches(of: words).map { String(text[$0.range]) }
    }
}
