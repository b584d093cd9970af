import ArgumentParser
import Foundation

/// The entry point: parses the command line, runs the command, and maps every failure to the contract's exit codes.
@main
enum Main {
    static func main() {
        do {
            var command = try OrderHelp.parseAsRoot()
            try command.run()
        } catch where OrderHelp.asksForVersion(error) {
            Output.write(Version.line + "\n")
        } catch {
            exit(ExitStatus.report(error))
        }
    }
}

/// The root command; with no subcommand it starts the chat. Every command names itself (`commandName`):
/// deriving the name from the type would cost a reflection lookup at every start.
struct OrderHelp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orderhelp",
        abstract: "Answers questions about cancelling AliExpress orders, refunds and unresponsive sellers.",
        version: Version.package,
        subcommands: [Chat.self, Classify.self, Check.self, Replay.self, Eval.self],
        defaultSubcommand: Chat.self
    )

    /// True for the error ArgumentParser throws on `--version`, which carries the bare package version: the
    /// line printed instead also counts the compiled-in intents, work not worth doing at every start.
    static func asksForVersion(_ error: Error) -> Bool {
        exitCode(for: error) == .success && fullMessage(for: error) == Version.package
    }
}
