import OrderPolicy

/// A day the shopper mentions ("yesterday", "last monday", "on november 20", "20/11"), not yet checked
/// against the calendar or today's date.
public enum DateMention: Sendable, Equatable {
    /// So many days before today: 0 for "today", 1 for "yesterday", 7 for "a week ago".
    case daysAgo(Int)
    /// The most recent such weekday before today ("last monday", "on monday").
    case lastWeekday(CalendarDate.Weekday)
    /// A day of a month, with the year if given ("20 november", "20/11/2026").
    case dayOfMonth(month: Int, day: Int, year: Int?)
    /// A day named without its month ("on the 20th"): the latest such day up to today.
    case dayOfRecentMonth(Int)
    /// Some day of the calendar week before this one ("last week"): not one day but seven, Monday to Sunday.
    case lastWeek

    /// The days the mention can stand for, when they are past: one day, or the span of a vague mention ("last
    /// week"), which no answer may narrow to a day the shopper never said.
    public func days(today: CalendarDate) -> ClosedRange<CalendarDate>? {
        if case .lastWeek = self {
            let monday = today.adding(days: -(today.weekday.rawValue - 1) - 7)
            return monday...monday.adding(days: 6)
        }
        guard case .past(let day) = resolve(today: today) else { return nil }
        return day...day
    }

    /// Whether the mention stands for several days rather than one.
    public var isVague: Bool { self == .lastWeek }

    /// What the mention means on the calendar, taking `today` as today. A vague mention resolves to the last
    /// day it can stand for; `days(today:)` gives all of them.
    public func resolve(today: CalendarDate) -> DateResolution {
        switch self {
        case .lastWeek:
            return .past(today.adding(days: -today.weekday.rawValue))
        case .daysAgo(let days):
            return .past(today.adding(days: -days))
        case .lastWeekday(let weekday):
            var date = today.adding(days: -1)
            while date.weekday != weekday { date = date.adding(days: -1) }
            return .past(date)
        case .dayOfRecentMonth(let day):
            var (year, month) = (today.year, today.month)
            for _ in 0..<3 {
                if let date = CalendarDate(year: year, month: month, day: day), date <= today { return .past(date) }
                (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1)
            }
            return .impossible("no recent month has a day \(day)")
        case .dayOfMonth(let month, let day, let year):
            let year = year ?? today.year
            guard let date = CalendarDate(year: year, month: month, day: day) else {
                return .impossible("\(CalendarDate.monthNames[month - 1]) \(year) has no day \(day)")
            }
            return date > today ? .future(date) : .past(date)
        }
    }
}
