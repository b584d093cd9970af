import OrderPolicy
import OrderUnderstanding
import Testing

@testable import ConversationProperties
@testable import OrderDialogue

/// The property checks themselves: each one fails on a turn made to break it, and a sound turn passes them all.
/// Without these, a check that can never fail would make the property suite pass for nothing.
struct TurnCheckerTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let broken: Set<Property>
        let turn: Turn
        var testDescription: String { id }
    }

    static func turn(_ reply: String, facts: [FactID] = [], intents: [String] = [], confidence: Double = 0.5) -> Turn {
        var turn = Turn(reply: reply, intent: intents.first, confidence: confidence, slots: SlotValues(), facts: facts)
        turn.intents = intents
        return turn
    }

    static let rows: [Row] = [
        Row(
            id: "a sound turn breaks nothing", broken: [],
            turn: turn(
                "For an order paid on Wednesday 2 December 2026, the seller should ship by Friday 11 December 2026. "
                    + "It takes 3–20 business days; sellers reply within 24–48 hours.\n  1. card\n  2. e-wallet",
                facts: [FactID(5), FactID(6)], intents: ["shipping_time"])),
        Row(id: "an empty reply", broken: [.oneReply], turn: turn("  ")),
        Row(
            id: "one intent answered twice", broken: [.oneReply],
            turn: turn("Two answers.", intents: ["refund_time", "refund_time"])),
        Row(id: "a confidence above 1", broken: [.json], turn: turn("Hi.", confidence: 1.5)),
        Row(id: "an intent that is not the contract's", broken: [.json], turn: turn("Hi.", intents: ["refund_times"])),
        Row(id: "a placeholder left in", broken: [.noPlaceholder], turn: turn("It takes {refund_window}.")),
        Row(
            id: "a summary whose template could not be filled", broken: [.noPlaceholder],
            turn: turn("Sorry, I can't sum that up without knowing your order's status. Tell me whenever you know it.")),
        Row(id: "an escape character", broken: [.noControlCharacter], turn: turn("Hi \u{1B}[H there.")),
        Row(id: "a fact beyond F17", broken: [.factIDs, .json], turn: turn("Hi.", facts: [FactID(18)])),
        Row(id: "a fact id in the text beyond F17", broken: [.factIDs], turn: turn("See F21 for that.")),
        Row(id: "96 hours", broken: [.policyNumbers], turn: turn("The seller has 96 hours to react.")),
        Row(id: "a date with the wrong weekday", broken: [.realDates], turn: turn("Ship by Tuesday 2 December 2026.")),
        Row(
            id: "29 February of a year that is no leap year", broken: [.realDates],
            turn: turn("Ship by Monday 29 February 2100.")),
        Row(
            id: "a deadline before its event", broken: [.deadlineAfterEvent],
            turn: turn(
                "For an order paid on Wednesday 2 December 2026, the seller should ship by Monday 30 November 2026.")),
    ]

    @Test("each check fails on a turn made to break it, and no other check does", arguments: rows)
    func checks(row: Row) {
        var checker = TurnChecker { _ in [] }
        let broken = Set(checker.check(line: "a question", turn: row.turn, number: 1).map(\.property))
        #expect(broken == row.broken, "\(row.id)")
    }

    @Test("a slot the shopper told is not asked for again, until /reset or until their own words unsettle it")
    func notAskedAgain() {
        var told = Self.turn("Noted.")
        told.slots = SlotValues(status: .shipped)
        told.slotSources = ["status": .said]
        var asking = Self.turn("What does My Orders show for it?")
        asking.asking = .status
        var checker = TurnChecker { line in line.contains("arrive") ? ["status"] : [] }
        #expect(checker.check(line: "it shipped", turn: told, number: 1).isEmpty)
        #expect(checker.check(line: "how do i cancel", turn: asking, number: 2).map(\.property) == [.notAskedAgain])

        var reset = TurnChecker { _ in [] }
        _ = reset.check(line: "it shipped", turn: told, number: 1)
        _ = reset.check(line: "/reset", turn: Self.turn("Done."), number: 2)
        #expect(reset.check(line: "how do i cancel", turn: asking, number: 3).isEmpty)

        var unsettled = TurnChecker { line in line.contains("arrive") ? ["status"] : [] }
        _ = unsettled.check(line: "it shipped", turn: told, number: 1)
        #expect(unsettled.check(line: "it never arrived", turn: asking, number: 2).isEmpty)

        // Only assumed now (a return question implies delivery), after the shopper's own words unsettled it.
        var assumed = asking
        assumed.slots = SlotValues(status: .delivered)
        assumed.slotSources = ["status": .assumed]
        var implied = TurnChecker { line in line.contains("arrive") ? ["status"] : [] }
        _ = implied.check(line: "it arrived", turn: told, number: 1)
        #expect(
            implied.check(line: "it never arrived, how do i return it and cancel", turn: assumed, number: 2).isEmpty)
        #expect(implied.check(line: "how do i cancel", turn: assumed, number: 3).isEmpty)
        var stillTold = TurnChecker { _ in [] }
        _ = stillTold.check(line: "it shipped", turn: told, number: 1)
        #expect(
            stillTold.check(line: "how do i return it", turn: assumed, number: 2).map(\.property) == [.notAskedAgain])
    }

    @Test(
        "weekdays are Zeller's, written apart from the calendar code",
        arguments: [
            (2026, 12, 2, 3), (2024, 2, 29, 4), (2000, 1, 1, 6), (1970, 1, 1, 4), (2100, 3, 1, 1), (1999, 12, 31, 5),
        ])
    func zeller(year: Int, month: Int, day: Int, weekday: Int) {
        let date = ReplyScan.weekday(year: year, month: month, day: day)
        #expect(date == weekday, "\(year)-\(month)-\(day)")
    }

    @Test("a failing conversation shrinks to the lines that make it fail")
    func shrinks() {
        let lines = ["hi", "how do i cancel", "the seller declined it, what now", "thanks", "bye"]
        let shrunk = Shrinker.shrink(lines) { $0.contains { $0.contains("declined") } }
        #expect(shrunk == ["declined"])
    }
}
