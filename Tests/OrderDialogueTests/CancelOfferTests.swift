import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// A shipped or delivered order can't be cancelled (F9), so nothing said for one offers a way to: no answer, no
/// brief line, no summary, no dated note, in any circumstance or with any payment method.
struct CancelOfferTests {
    /// Words that only ever offer a way to cancel, written by hand.
    static let offers = [
        "choose cancel", "stop it yourself", "no approval needed", "cancel it yourself", "cancel order",
        "ask to cancel", "request the cancellation", "submit the request", "send a cancellation request",
        "seller to approve", "asking them to approve",
    ]
    /// Words that rule cancelling out, one of which a sentence naming a cancellation must hold.
    static let ruleOuts = [
        "can't be cancelled", "cannot be cancelled", "can no longer be cancelled", "no longer possible",
        "stop trying to cancel", "no cancellation", "won't help",
    ]

    /// The sentences of `text` that offer a way to cancel: they use words that only offer one, or they name
    /// cancelling without ruling it out. Sentences end at `.`, `!`, `?`, `;` and line breaks.
    static func offersToCancel(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { ".!?;\n".contains($0) }).map(String.init).filter { sentence in
            if offers.contains(where: sentence.contains) { return true }
            let namesCancelling = sentence.contains(/\bcancel/)
            return namesCancelling && !ruleOuts.contains(where: sentence.contains)
        }
    }

    @Test(
        "the detector finds offers in different words, and lets refusals pass",
        arguments: [
            ("If you are quick, you can still stop it yourself: choose Cancel in My Orders.", true),
            ("You can still cancel it from the order page.", true),
            ("Cancelling is easy: open the order and confirm.", true),
            ("It can no longer be cancelled, but ask to cancel anyway.", true),
            ("Once an order has shipped, the Cancel button disappears and it can no longer be cancelled.", false),
            ("A shipped order can't be cancelled, so the money comes back through a return.", false),
            ("Refuse the parcel at delivery, or accept it and request a return and refund.", false),
        ])
    func detector(sentence: String, offers: Bool) {
        #expect(!Self.offersToCancel(sentence).isEmpty == offers)
    }

    @Test("no variant for a shipped or delivered order offers a way to cancel, brief lines and summaries included")
    func shippedAndDeliveredNeverOfferToCancel() {
        // Small talk and the out-of-scope reply say what the assistant can do in general, for no status.
        let variants = RenderedVariants.all.variants.filter { variant in
            (variant.status == .shipped || variant.status == .delivered) && !variant.intent.isSmallTalk
                && variant.intent.name != IntentDefinition.outOfScope
        }
        #expect(variants.count > 500)
        #expect(variants.contains { $0.label.hasSuffix("brief") } && variants.contains { $0.label.contains("summary") })
        for variant in variants {
            for sentence in Self.offersToCancel(([variant.text] + variant.notes.map(\.text)).joined(separator: "\n")) {
                Issue.record("\(variant.label): \"\(sentence)\"")
            }
        }
    }

    @Test(
        "the summary's shipped and delivered lines offer no way to cancel either",
        arguments: ["cancel_order", "get_refund"])
    func summaryLines(name: String) throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: name))
        let summary = try Summary.text(intent, asking: .status, known: SlotValues(), circumstances: [])
        let lines = summary.text.split(separator: "\n").filter {
            $0.hasPrefix("- Shipped") || $0.hasPrefix("- Delivered")
        }
        #expect(lines.count == 2)
        for line in lines { #expect(Self.offersToCancel(String(line)).isEmpty, "\(line)") }
    }

    @Test("dated notes for a shipped or delivered order offer no way to cancel")
    func notes() {
        DatedNoteTests.allNotes { story, status, note in
            guard status == .shipped || status == .delivered else { return }
            #expect(Self.offersToCancel(note.text).isEmpty, "\(story): \(note.text)")
        }
    }
}
