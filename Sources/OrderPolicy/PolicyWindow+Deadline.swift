extension PolicyWindow {
    /// The first and last day of the window when it starts on `date`: calendar days for windows counted in
    /// hours (72 hours from a request made on Friday end on Monday), business days for the others.
    public func deadline(from date: CalendarDate) -> ClosedRange<CalendarDate> {
        switch span.unit {
        case .hours:
            let first = date.adding(days: span.range.lowerBound / 24)
            let last = date.adding(days: (span.range.upperBound + 23) / 24)
            return first...last
        case .businessDays:
            return date.adding(businessDays: span.range.lowerBound)...date.adding(businessDays: span.range.upperBound)
        }
    }
}
