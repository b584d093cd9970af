import Testing

@testable import OrderPolicy

/// Calendar arithmetic: weekdays, business days (weekends skipped, holidays not known) and policy deadlines.
struct DeadlineTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test(
        "weekdays are right across years and leap days",
        arguments: [
            ("2026-11-27", "Friday"), ("2026-11-30", "Monday"), ("2024-02-29", "Thursday"),
            ("2000-01-01", "Saturday"), ("1970-01-01", "Thursday"), ("2027-01-03", "Sunday"),
        ])
    func weekdays(day: String, name: String) {
        #expect(date(day).weekday.name == name)
    }

    @Test("day numbers round-trip", arguments: ["1969-12-31", "1970-01-01", "2024-02-29", "2026-12-31", "2100-03-01"])
    func dayNumbers(day: String) {
        #expect(CalendarDate(dayNumber: date(day).dayNumber) == date(day))
    }

    @Test(
        "business days skip Saturday and Sunday",
        arguments: [
            ("D1 Friday + 1", "2026-11-20", 1, "2026-11-23"), ("D2 Friday + 3", "2026-11-20", 3, "2026-11-25"),
            ("D3 Saturday + 1", "2026-11-21", 1, "2026-11-23"), ("D4 Sunday + 5", "2026-11-22", 5, "2026-11-27"),
            ("D5 Wednesday + 7", "2026-11-25", 7, "2026-12-04"), ("D6 across a year", "2026-12-31", 2, "2027-01-04"),
            ("D7 zero", "2026-11-21", 0, "2026-11-21"),
        ])
    func businessDays(id: String, start: String, days: Int, expected: String) {
        #expect(date(start).adding(businessDays: days) == date(expected), "\(id)")
    }

    @Test(
        "policy windows become concrete dates",
        arguments: [
            ("W1 72 hours from Friday", PolicyWindow.sellerResponse, "2026-11-20", "2026-11-23", "2026-11-23"),
            ("W2 shipping from Friday", .shipping, "2026-11-20", "2026-12-01", "2026-12-01"),
            ("W3 refund from Thursday", .refund, "2026-11-26", "2026-12-01", "2026-12-24"),
            ("W4 refund from Saturday", .refund, "2026-11-28", "2026-12-02", "2026-12-25"),
            ("W5 seller reply", .sellerReply, "2026-11-27", "2026-11-28", "2026-11-29"),
        ])
    func deadlines(id: String, window: PolicyWindow, start: String, first: String, last: String) {
        let range = window.deadline(from: date(start))
        #expect(range.lowerBound == date(first), "\(id)")
        #expect(range.upperBound == date(last), "\(id)")
    }

    @Test("dates are spoken with the weekday, day, month and year")
    func spoken() {
        #expect(date("2026-12-02").spoken == "Wednesday 2 December 2026")
    }
}
