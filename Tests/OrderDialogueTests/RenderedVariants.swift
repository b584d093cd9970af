import OrderPolicy
import OrderUnderstanding

@testable import OrderDialogue

/// Every text the assistant can render from the intent files, each with what it was rendered for: every intent
/// (small talk and the out-of-scope reply included) for every status and payment method, known or not, in every
/// circumstance that fits the status, with its dated notes; every answer given after another intent (`after:`);
/// every brief line; every summary. The class tests
/// below check rules over all of them, so a sentence added to any variant is checked too.
enum RenderedVariants {
    /// One rendered text and what it was rendered for.
    struct Variant {
        let label: String
        let intent: IntentDefinition
        let status: OrderStatus?
        let text: String
        let facts: [FactID]
        let notes: [DatedNote]
    }

    /// One way of rendering that failed, with what it was rendered for.
    struct Failure {
        let label: String
        let intent: IntentDefinition
        let error: RenderError
    }

    static let today = CalendarDate("2026-12-06")!

    static let statuses: [OrderStatus?] = [nil] + OrderStatus.allCases
    static let payments: [PaymentMethod?] = [nil] + PaymentMethod.allCases

    /// The events that leave each circumstance, written by hand; `Situation.circumstances` must read them back.
    static let circumstanceEvents: [Circumstance: [OrderEvent]] = [
        .refused: [OrderEvent(.deliveryRefused, evidence: "refused the parcel")],
        .declined: [
            OrderEvent(.cancellationRequested, evidence: "asked to cancel"),
            OrderEvent(.sellerDeclined, evidence: "declined"),
        ],
        .sellerSilent: [
            OrderEvent(.cancellationRequested, evidence: "asked to cancel"),
            OrderEvent(.sellerSilent, evidence: "never replied"),
        ],
        .sellerCancelled: [OrderEvent(.sellerCancelled, evidence: "seller cancelled")],
        .disputeWon: [
            OrderEvent(.disputeOpened, evidence: "opened a dispute"),
            OrderEvent(.disputeWon, evidence: "resolved in my favour"),
        ],
        .disputeLost: [OrderEvent(.disputeLost, evidence: "the seller won")],
        .partialRefund: [OrderEvent(.partialRefund, evidence: "partial refund")],
        .notReceived: [
            OrderEvent(.shown(.delivered), evidence: "delivered"),
            OrderEvent(.delivered, happened: false, evidence: "never got it"),
        ],
        .paymentVerifying: [OrderEvent(.paymentVerifying, evidence: "payment is being checked")],
        .reasonGiven: [OrderEvent(.reasonGiven(.betterOffer), evidence: "cheaper")],
    ]

    /// A situation holding `events`, heard in one turn.
    static func situation(_ events: [OrderEvent]) -> Situation {
        var situation = Situation()
        situation.add(SituationReading(events: events), turn: 1)
        return situation
    }

    /// The situations each status is rendered in: nothing told, and each circumstance that fits the status.
    static func situations(for status: OrderStatus?) -> [(name: String, situation: Situation)] {
        [("nothing told", Situation())]
            + Circumstance.allCases.filter { $0.fits(status) }.map {
                ($0.rawValue, situation(circumstanceEvents[$0]!))
            }
    }

    /// Every answer, brief line and summary, rendered; and every rendering that failed.
    static let all: (variants: [Variant], failures: [Failure]) = {
        var variants: [Variant] = []
        var failures: [Failure] = []
        let catalog = Fixtures.assistant.catalog
        for intent in catalog.intents + [catalog.outOfScope].compactMap({ $0 }) {
            for status in statuses {
                for payment in payments {
                    let slots = SlotValues(status: status, payment: payment, orderNumber: "1234567")
                    for (name, situation) in situations(for: status) {
                        let label =
                            "\(intent.name) status=\(status?.rawValue ?? "-") payment=\(payment?.rawValue ?? "-") (\(name))"
                        let circumstances = situation.circumstances(status: status)
                        let chosen = intent.answer(for: slots, in: circumstances)
                        // The answer; the answers given after another intent in the same reply (`after:`); each
                        // aside, for a message about it (`asides:`).
                        let ways: [(label: String, before: [String], words: [String])] =
                            [("", [], [])]
                            + ((chosen?.after.keys).map { $0.sorted() } ?? []).map { (" after \($0)", [$0], []) }
                            + (chosen?.asides ?? []).map { (" about " + $0.about.joined(separator: " "), [], $0.about) }
                        for way in ways {
                            do throws(RenderError) {
                                guard
                                    let answer = try AnswerRenderer.answer(
                                        intent, slots: slots, situation: situation, today: today,
                                        answeredBefore: way.before, words: way.words)
                                else { continue }
                                variants.append(
                                    Variant(
                                        label: label + way.label, intent: intent, status: status, text: answer.text,
                                        facts: answer.facts, notes: answer.notes))
                            } catch {
                                failures.append(Failure(label: label + way.label, intent: intent, error: error))
                            }
                        }
                        guard let brief = chosen?.briefAnswer else { continue }
                        do throws(RenderError) {
                            let line = try AnswerRenderer.render(
                                brief, slots: slots, reason: situation.cancellationReason)
                            variants.append(
                                Variant(
                                    label: label + " brief", intent: intent, status: status,
                                    text: line.text, facts: line.facts, notes: []))
                        } catch {
                            failures.append(Failure(label: label + " brief", intent: intent, error: error))
                        }
                    }
                }
            }
            // The summary for each slot the intent asks for, with everything else known or not.
            for slot in intent.needs {
                for status in statuses {
                    for payment in payments {
                        var known = SlotValues(status: status, payment: payment)
                        known.set(slot.rawValue, to: nil)
                        for (name, situation) in situations(for: known.status) {
                            let label =
                                "\(intent.name) summary of \(slot.rawValue) status=\(known.status?.rawValue ?? "-") "
                                + "payment=\(known.payment?.rawValue ?? "-") (\(name))"
                            do throws(RenderError) {
                                let summary = try Summary.text(
                                    intent, asking: slot, known: known,
                                    circumstances: situation.circumstances(status: known.status),
                                    reason: situation.cancellationReason)
                                variants.append(
                                    Variant(
                                        label: label, intent: intent, status: known.status,
                                        text: summary.text, facts: summary.facts.sorted(), notes: []))
                            } catch {
                                failures.append(Failure(label: label, intent: intent, error: error))
                            }
                        }
                    }
                }
            }
        }
        return (variants, failures)
    }()
}
