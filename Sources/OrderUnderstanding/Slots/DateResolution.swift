import OrderPolicy

/// A mentioned day placed on the calendar.
public enum DateResolution: Sendable, Equatable {
    /// Today or earlier: usable for deadlines.
    case past(CalendarDate)
    /// After today: something is off, so the assistant asks rather than computes.
    case future(CalendarDate)
    /// No such day, e.g. 31 February; the text says why.
    case impossible(String)
}
