import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// Every dated sentence counts its window from an event allowed to start it, names that event and its day, puts
/// no condition on a day that has passed, and never contradicts the answer it is added to.
struct DatedNoteTests {
    static let today = CalendarDate("2026-12-06")!  // a Sunday

    /// A story: events with days of their own, each on a different day, so a date taken from the wrong event shows.
    struct Story: Sendable, CustomTestStringConvertible {
        let name: String
        let events: [OrderEvent]
        var testDescription: String { name }

        init(_ name: String, _ events: [(OrderEvent.Kind, Bool, DateMention?)]) {
            self.name = name
            self.events = events.map { OrderEvent($0.0, happened: $0.1, evidence: "\($0.0.name)", date: $0.2) }
        }

        var situation: Situation { RenderedVariants.situation(events) }
    }

    static func day(_ month: Int, _ day: Int) -> DateMention { .dayOfMonth(month: month, day: day, year: 2026) }

    static let stories: [Story] = [
        Story("paid on Tuesday", [(.paid, true, day(12, 1))]),
        Story("paid last week", [(.paid, true, .lastWeek)]),
        Story("paid a month ago", [(.paid, true, day(11, 2))]),
        Story(
            "paid, request with the seller's time ahead",
            [(.paid, true, day(11, 30)), (.cancellationRequested, true, day(12, 4))]),
        Story(
            "request whose time has passed", [(.paid, true, day(11, 20)), (.cancellationRequested, true, day(11, 28))]),
        Story(
            "request, seller silent, time ahead",
            [(.cancellationRequested, true, day(12, 4)), (.sellerSilent, true, day(12, 5))]),
        Story(
            "request, seller silent, time passed",
            [(.cancellationRequested, true, day(11, 28)), (.sellerSilent, true, day(11, 30))]),
        Story("request last week", [(.cancellationRequested, true, .lastWeek)]),
        Story("approved", [(.cancellationRequested, true, day(11, 30)), (.sellerApproved, true, day(12, 2))]),
        Story(
            "approved a month ago", [(.cancellationRequested, true, day(10, 30)), (.sellerApproved, true, day(11, 2))]),
        Story("declined", [(.cancellationRequested, true, day(12, 1)), (.sellerDeclined, true, day(12, 3))]),
        Story(
            "approved, then shipped",
            [
                (.cancellationRequested, true, day(11, 25)), (.sellerApproved, true, day(11, 27)),
                (.shown(.shipped), true, day(12, 3)),
            ]),
        Story(
            "request, then shipped", [(.cancellationRequested, true, day(12, 1)), (.shown(.shipped), true, day(12, 3))]),
        Story(
            "approved, then delivered today",
            [(.sellerApproved, true, day(12, 5)), (.shown(.delivered), true, .daysAgo(0))]),
        Story("sent back", [(.delivered, true, day(11, 20)), (.returned, true, day(11, 27))]),
        Story(
            "the warehouse has the return",
            [
                (.delivered, true, day(11, 20)), (.returned, true, day(11, 25)),
                (.returnReceived, true, day(12, 2)),
            ]),
        Story("dispute won", [(.disputeOpened, true, day(11, 15)), (.disputeWon, true, day(12, 1))]),
        Story("dispute won long ago", [(.disputeWon, true, day(10, 1))]),
        Story("dispute lost", [(.disputeOpened, true, day(11, 15)), (.disputeLost, true, day(12, 1))]),
        Story("refused at the door", [(.shown(.shipped), true, day(11, 25)), (.deliveryRefused, true, day(12, 3))]),
        Story("cancelled by the seller", [(.paid, true, day(11, 29)), (.sellerCancelled, true, day(12, 2))]),
        Story("shipping denied today", [(.paid, true, day(11, 30)), (.shipped, false, .daysAgo(0))]),
    ]

    /// Every combination of the window facts an answer may rest on.
    static let factSets: [[FactID]] = {
        let windows = [PolicyWindow.sellerResponse.fact, PolicyWindow.shipping.fact, PolicyWindow.refund.fact]
        return (0..<8).map { mask in windows.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element) }
    }()

    /// The words that name each start event in a sentence, written by hand.
    static let startWords: [WindowStart: String] = [
        .cancellationRequest: "request", .payment: "paid", .sellerApproval: "approval",
        .returnReceipt: "warehouse", .disputeResolution: "dispute",
    ]

    /// Days written out in a text ("Tuesday 1 December 2026"), in order.
    static func days(in text: String) -> [CalendarDate] {
        let names = CalendarDate.Weekday.allCases.map(\.name).joined(separator: "|")
        let months = CalendarDate.monthNames.joined(separator: "|")
        let pattern = try! Regex("(?:\(names)) (\\d{1,2}) (\(months)) (\\d{4})")
        return text.matches(of: pattern).compactMap { match in
            let parts = String(text[match.range]).split(separator: " ")
            return CalendarDate(
                year: Int(parts[3])!, month: CalendarDate.monthNames.firstIndex(of: String(parts[2]))! + 1,
                day: Int(parts[1])!)
        }
    }

    /// The notes for every story, status and set of window facts.
    static func allNotes(_ check: (Story, OrderStatus?, DatedNote) -> Void) {
        for story in stories {
            for status in RenderedVariants.statuses {
                for facts in factSets {
                    for note in DatedNotes.notes(for: facts, situation: story.situation, status: status, today: today) {
                        check(story, status, note)
                    }
                }
            }
        }
    }

    @Test("each window is counted only from an event allowed to start it, the refund only from one its status allows")
    func startsAreAllowed() {
        var counted = 0
        Self.allNotes { story, status, note in
            guard let window = note.window else {
                #expect(
                    note.start == nil && note.startDays == nil, "\(story) \(String(describing: status)): \(note.text)")
                return
            }
            counted += 1
            let start = note.start
            #expect(start.map(window.starts.contains) == true, "\(story): \(window) from \(String(describing: start))")
            if window == .refund {
                #expect(
                    start.map(RefundTrigger.windowStarts(for: status).contains) == true,
                    "\(story) \(String(describing: status)): refund from \(String(describing: start))")
            }
        }
        #expect(counted > 50)
    }

    @Test("each dated sentence names its own start event and takes that event's day")
    func namesItsStart() throws {
        Self.allNotes { story, status, note in
            guard let start = note.start, let startDays = note.startDays else { return }
            let label = "\(story) \(String(describing: status)): \(note.text)"
            if let condition = note.condition {
                // An approval not yet heard of counts from the last day it can come: the request's deadline.
                let request = story.events.last { $0.happened && $0.kind == .cancellationRequested }
                let requested = try? #require(request?.date?.days(today: Self.today), "\(label)")
                #expect(
                    requested.map { PolicyWindow.sellerResponse.deadline(from: $0.upperBound).upperBound } == condition,
                    "\(label)")
                #expect(startDays == condition...condition && start == .sellerApproval, "\(label)")
            } else {
                let event = story.events.last { $0.happened && $0.kind.windowStart == start }
                #expect(event?.date?.days(today: Self.today) == startDays, "\(label)")
            }
            #expect(note.text.contains(Self.startWords[start]!), "\(label)")
            #expect(Self.days(in: note.text).first == startDays.lowerBound, "\(label)")
        }
    }

    @Test("a sentence that counts no window writes no day but those the shopper gave")
    func uncountedSentences() {
        Self.allNotes { story, status, note in
            guard note.window == nil else { return }
            let told = Set(story.events.compactMap { $0.date?.days(today: Self.today)?.lowerBound })
            for day in Self.days(in: note.text) {
                #expect(told.contains(day), "\(story) \(String(describing: status)): \(day) in \(note.text)")
            }
        }
    }

    @Test("no sentence puts a condition on a day that has passed")
    func noConditionOnThePast() {
        var conditional = 0
        Self.allNotes { story, status, note in
            if let condition = note.condition {
                conditional += 1
                #expect(condition >= Self.today, "\(story): \(note.text)")
            }
            for sentence in note.text.split(whereSeparator: { ".;:".contains($0) }) where sentence.contains("if ") {
                for day in Self.days(in: String(sentence)) {
                    #expect(day >= Self.today, "\(story) \(String(describing: status)): \(sentence)")
                }
            }
        }
        #expect(conditional > 0)
    }

    @Test("a refund note for a shipped or delivered order never counts from an approval or a request")
    func shippedRefundsNeverFromTheCancellation() {
        Self.allNotes { story, status, note in
            guard status == .shipped || status == .delivered else { return }
            #expect(note.start != .sellerApproval && note.start != .cancellationRequest, "\(story): \(note.text)")
            #expect(note.condition == nil, "\(story): \(note.text)")
        }
    }

    @Test("no answer gains a note that contradicts it", arguments: stories)
    func notesFitTheirAnswers(story: Story) throws {
        let situation = story.situation
        let derived = situation.status(in: 1, assumingPaid: true).value
        for intent in Fixtures.assistant.catalog.intents where !intent.isSmallTalk {
            for status in Set([derived, nil, .shipped, .delivered]) {
                let slots = SlotValues(status: status, payment: .card)
                guard
                    let answer = try AnswerRenderer.answer(
                        intent, slots: slots, situation: situation, today: Self.today)
                else { continue }
                let circumstances = situation.circumstances(status: status)
                let label = "\(intent.name) \(String(describing: status)) \(story)"
                for note in answer.notes {
                    // What the answer was written for decides what the note may count from.
                    if note.window == .refund {
                        #expect(
                            note.start.map(RefundTrigger.windowStarts(for: status).contains) == true,
                            "\(label): \(note.text)")
                        // An answer that says no refund is running, or that no date can be given, gets no count.
                        #expect(
                            circumstances.isDisjoint(with: [.declined, .disputeLost, .refused]),
                            "\(label): \(note.text)")
                    }
                    if circumstances.contains(.sellerSilent) {
                        #expect(note.condition.map { $0 >= Self.today } ?? true, "\(label): \(note.text)")
                    }
                }
            }
        }
    }

    @Test(
        "the issue's examples count from the right event",
        arguments: [
            (
                "I asked to cancel on Dec 1 but the seller shipped it on Dec 3, when will I get my refund?", nil,
                "if they approve"
            ),
            (
                "the seller approved the cancellation yesterday but the parcel was delivered today, when is my refund?",
                nil,
                "Counting from the approval"
            ),
            (
                "the warehouse received my returned item yesterday, I paid cash on delivery. when and where is the refund?",
                "between Wednesday 9 December 2026 and Friday 1 January 2027", "some days after"
            ),
            (
                "the dispute was resolved in my favour on December 1, when will I get my money?",
                "between Friday 4 December 2026 and Tuesday 29 December 2026", "can't help"
            ),
            (
                "the seller approved on Friday, I paid by bank transfer, how long does the seller have to ship?", nil,
                "Friday 4 December 2026"
            ),
            // 72 hours from Thursday 3 December end on Sunday 6 December, today: not yet past (counted by hand).
            (
                "I asked to cancel on December 3 and the seller hasn't answered, how long do they have?",
                "runs out on Sunday 6 December 2026. That is today.", "ran out"
            ),
        ] as [(String, String?, String)])
    func issueExamples(line: String, holds: String?, never: String) {
        var conversation = Fixtures.assistant.conversation(today: Self.today)
        let reply = conversation.respond(to: line).reply
        if let holds { #expect(reply.contains(holds), "\(reply)") }
        #expect(!reply.contains(never), "\(reply)")
    }
}
