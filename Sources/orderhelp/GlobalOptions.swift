import ArgumentParser
import Foundation
import OrderDialogue
import OrderPolicy
import OrderUnderstanding

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long, help: "A folder of intent files to use (default: $ORDERHELP_INTENTS, else those compiled in).",
        completion: .directory)
    var intents: String?

    @Flag(
        name: .customLong("similarity-only"),
        help: "Decide by similarity to the intents' examples alone, without the learned scorer.")
    var similarityOnly = false

    @Option(name: .long, help: "The date taken as today, YYYY-MM-DD (default: the real date).")
    var today: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today '\(today)' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27")
        }
    }

    /// The date taken as today: `--today`, else the local date.
    var effectiveToday: CalendarDate {
        if let today, let date = CalendarDate(today) { return date }
        // localtime_r rather than Calendar: Calendar loads ICU's time zone data, a few milliseconds at start-up.
        var clock = time(nil)
        var parts = tm()
        localtime_r(&clock, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }

    /// The intents, loaded and checked; a catalogue with errors stops the program with exit 2.
    func loadAssistant() throws -> Assistant {
        let catalog = try loadCatalog()
        if catalog.hasErrors {
            for problem in catalog.problems where problem.severity == .error { Output.error(problem.description) }
            throw Failure(.badInput, "orderhelp: the intent files have errors; `orderhelp check` lists them all")
        }
        return Assistant(catalog: catalog, scorer: similarityOnly ? nil : LearnedScorer.shipped)
    }

    /// The intent files as found, problems and all.
    func loadCatalog() throws -> IntentCatalog {
        IntentsLocator.catalog(option: intents)
    }
}
