import ArgumentParser
import OrderUnderstanding

/// `orderhelp check`: validates the intent files and lists every problem at once.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the intent files; exit 2 on any error.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Treat warnings as failures: exit 1 when there is any warning (and no error).")
    var strict = false

    func run() throws {
        let catalog = try global.loadCatalog()
        var problems = catalog.problems
        if !catalog.hasErrors {
            problems += IntentLinter.warnings(for: catalog, matcher: IntentMatcher(catalog: catalog))
        }
        for problem in problems { Output.error(problem.description) }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        let examples = catalog.intents.reduce(0) { $0 + $1.examples.count }
        Output.write("\(catalog.intents.count) intents, \(examples) examples: \(errors) errors, \(warnings) warnings\n")
        if errors > 0 { throw ExitCode(ExitStatus.badInput.rawValue) }
        if strict && warnings > 0 { throw ExitCode(ExitStatus.checkFailed.rawValue) }
    }
}
