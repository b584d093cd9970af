import ArgumentParser
import Foundation
import OrderDialogue

/// The entry point: parses the command line, runs the command, and maps every failure to the contract's exit codes.
@main
enum Main {
    static func main() {
        do {
            var command = try OrderHelp.parseAsRoot()
            try command.run()
        } catch  where OrderHelp.asksForVersion(error) {
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
        discussion: discussion,
        version: Version.package,
        subcommands: [Chat.self, Classify.self, Check.self, Replay.self, Eval.self],
        defaultSubcommand: Chat.self
    )

    /// What `--help`, the man page and the README's "At the terminal" all say: the chat's own commands (from the
    /// list the chat answers /help with), the exit codes and the environment variables.
    static let discussion = """
        With no command, orderhelp starts a chat. In the chat, these lines are commands:
        \(Conversation.commands.map { "  " + $0.name.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.help }
            .joined(separator: "\n"))

        Exit status:
          \(ExitStatus.ok.rawValue)   fine
          \(ExitStatus.checkFailed.rawValue)   a check failed (replay or eval found a mismatch, or missed a bar)
          \(ExitStatus.badInput.rawValue)   bad input data or usage
          143 SIGTERM ended the chat, 129 SIGHUP (128 + the signal)

        Environment (a flag always wins over its variable):
          ORDERHELP_INTENTS  the intents folder when --intents is not given
          ORDERHELP_HISTORY  the history file when --history is not given; else
                             $XDG_STATE_HOME/orderhelp/history, else
                             ~/.local/state/orderhelp/history
          NO_COLOR           set and not empty: no colour
          TERM               dumb: no colour
        """

    /// True for the error ArgumentParser throws on `--version`, which carries the bare package version: the
    /// line printed instead also counts the compiled-in intents, work not worth doing at every start.
    static func asksForVersion(_ error: Error) -> Bool {
        exitCode(for: error) == .success && fullMessage(for: error) == Version.package
    }
}
