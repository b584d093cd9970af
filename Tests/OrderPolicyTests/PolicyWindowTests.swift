import Testing

@testable import OrderPolicy

struct PolicyWindowTests {
    @Test("a span is written as a range with an en dash, or as one number")
    func spansReadNaturally() {
        #expect(TimeSpan(2...5, .hours).text == "2–5 hours")
        #expect(TimeSpan(9...9, .businessDays).text == "9 business days")
    }

    @Test("each window is stated by its own fact", arguments: PolicyWindow.allCases)
    func windowsNameTheirFact(window: PolicyWindow) {
        #expect(PolicyFacts.fact(window.fact).summary.contains(window.text))
    }

    @Test("each window can be named in a template", arguments: PolicyWindow.allCases)
    func windowsArePlaceholders(window: PolicyWindow) {
        let value = PolicyValue(rawValue: window.rawValue)
        #expect(value?.text(status: nil, payment: nil) == window.text)
        #expect(value?.fact == window.fact)
    }
}

struct FactIDTests {
    @Test("there are seventeen facts, numbered in order")
    func factsAreNumbered() {
        #expect(PolicyFacts.all.count == 17)
        #expect(PolicyFacts.all.map(\.id.number) == Array(1...17))
    }

    @Test(
        "fact ids parse in either case and reject unknown numbers",
        arguments: [("F6", 6), ("f17", 17), ("F0", nil), ("F18", nil), ("6", nil), ("Fx", nil)] as [(String, Int?)])
    func factIDsParse(text: String, number: Int?) {
        #expect(FactID(text)?.number == number)
    }
}

struct CalendarDateTests {
    @Test(
        "dates parse only when the day exists",
        arguments: [
            ("2026-11-27", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
            ("2026-1-01", false), ("27-11-2026", false), ("", false), ("2100-02-29", false),
        ])
    func datesParse(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
    }

    @Test("a date prints back the way it was written")
    func datesRoundTrip() {
        #expect(CalendarDate("2026-03-04")?.description == "2026-03-04")
    }
}
