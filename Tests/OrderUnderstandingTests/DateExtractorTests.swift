import OrderPolicy
import Testing

@testable import OrderUnderstanding

struct DateExtractorTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 27)!  // a Friday

    @Test(
        "days the shopper mentions land on the calendar",
        arguments: [
            ("it happened today", "2026-11-27"), ("yesterday", "2026-11-26"),
            ("the day before yesterday", "2026-11-25"), ("3 days ago", "2026-11-24"),
            ("two weeks ago", "2026-11-13"), ("a week ago", "2026-11-20"),
            ("last monday", "2026-11-23"), ("on friday", "2026-11-20"),
            ("on november 20", "2026-11-20"), ("nov 20th", "2026-11-20"), ("20 november", "2026-11-20"),
            ("the 2nd of november 2026", "2026-11-02"), ("20/11", "2026-11-20"), ("11/20", "2026-11-20"),
            ("20/11/2026", "2026-11-20"), ("2026-11-20", "2026-11-20"), ("paid 20.11.", "2026-11-20"),
            // Today itself is a day that has come; December is month 12, day first.
            ("paid on 27/11", "2026-11-27"), ("paid on 3/12/2025", "2025-12-03"),
        ])
    func resolves(text: String, expected: String) {
        #expect(DateExtractor.mention(in: text)?.resolve(today: Self.today) == .past(CalendarDate(expected)!))
    }

    @Test(
        "\"last week\" is the seven days of the calendar week before this one, not a day the shopper never said",
        arguments: [
            ("2026-11-27", "2026-11-16", "2026-11-22"), ("2026-12-06", "2026-11-23", "2026-11-29"),
            ("2026-11-30", "2026-11-23", "2026-11-29"),
        ])
    func lastWeekIsASpan(today: String, monday: String, sunday: String) throws {
        let mention = try #require(DateExtractor.mention(in: "I paid last week"))
        #expect(mention.isVague)
        #expect(mention.days(today: CalendarDate(today)!) == CalendarDate(monday)!...CalendarDate(sunday)!)
    }

    @Test("an exact day is a span of one day")
    func exactDayIsOneDay() throws {
        let mention = try #require(DateExtractor.mention(in: "a week ago"))
        #expect(!mention.isVague)
        #expect(mention.days(today: Self.today) == CalendarDate("2026-11-20")!...CalendarDate("2026-11-20")!)
    }

    @Test("future days and days that do not exist are flagged")
    func flagged() {
        #expect(
            DateExtractor.mention(in: "on december 20")?.resolve(today: Self.today)
                == .future(CalendarDate("2026-12-20")!))
        guard case .impossible(let why)? = DateExtractor.mention(in: "31 february")?.resolve(today: Self.today) else {
            Issue.record("31 February was not flagged")
            return
        }
        #expect(why == "February 2026 has no day 31")
    }

    @Test(
        "sentences without a day have none",
        arguments: [
            "how do i cancel my order", "order 8123456789012345",
            "i may cancel", "3 items", "it costs 20/month",
            "paid on 20/11/9223372036854775807", "20/11/99999",
        ])
    func none(text: String) {
        #expect(DateExtractor.mention(in: text) == nil)
    }
}
