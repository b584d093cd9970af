import ArgumentParser
import Foundation
import OrderUnderstanding

/// The exit codes of the contract, and the one place errors are turned into them.
enum ExitStatus: Int32 {
    /// Everything went fine.
    case ok = 0
    /// A check failed: replay or eval found a mismatch.
    case checkFailed = 1
    /// Bad input data or usage.
    case badInput = 2

    /// Prints `error` the way its kind deserves and returns the exit code for it.
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let failure as Failure:
            Output.error(failure.message)
            return failure.status.rawValue
        case let problem as Problem:
            Output.error(problem.description)
            return badInput.rawValue
        default:
            let code = OrderHelp.exitCode(for: error)
            let message = OrderHelp.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Output.write(message + "\n") }
                return ok.rawValue
            }
            if !message.isEmpty { Output.error(message) }
            // Usage errors and validation failures are bad input too; a plain `ExitCode` passes through.
            if error is ExitCode { return code.rawValue }
            return badInput.rawValue
        }
    }
}

/// An error that knows its exit status and its message.
struct Failure: Error {
    let status: ExitStatus
    let message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }
}
