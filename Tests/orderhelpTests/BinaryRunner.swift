import Foundation

/// Runs the built `orderhelp` binary, feeding stdin and collecting stdout, stderr and the exit code.
enum BinaryRunner {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The binary beside the test bundle.
    static let binary: String = {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("orderhelp").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("orderhelp").path
    }()

    /// A child that exits before reading all its input must not take the test process down with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the binary with `arguments`, feeding `input`, in `directory` (default: a temporary folder).
    ///
    /// A binary copied a moment ago can't be started while another test's fork still holds it open for writing
    /// (ETXTBSY, "Text file busy", until that child execs): that is tried again shortly, with a new process.
    static func run(
        _ arguments: [String], input: Data = Data(), directory: String? = nil,
        environment: [String: String] = [:], executable: String = binary
    ) throws -> Result {
        for attempt in 1... {
            do {
                return try runOnce(
                    arguments, input: input, directory: directory, environment: environment,
                    executable: executable)
            } catch let error as NSError where attempt < 20 && isBusy(error) {
                usleep(50_000)
            }
        }
        fatalError("unreachable: the last attempt returns or throws")
    }

    private static func runOnce(
        _ arguments: [String], input: Data, directory: String?,
        environment: [String: String], executable: String
    ) throws -> Result {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? FileManager.default.temporaryDirectory.path)
        var env = ProcessInfo.processInfo.environment
        env["ORDERHELP_INTENTS"] = nil
        env["ORDERHELP_HISTORY"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: out, as: UTF8.self), stderr: errors.text(), status: process.terminationStatus)
    }

    /// Whether `error` is, or wraps, ETXTBSY.
    static func isBusy(_ error: NSError) -> Bool {
        (error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY))
            || (error.userInfo[NSUnderlyingErrorKey] as? NSError).map(isBusy) == true
    }

    static func run(_ arguments: [String], input: String, directory: String? = nil) throws -> Result {
        try run(arguments, input: Data(input.utf8), directory: directory)
    }

    /// Runs `script` in bash with the binary as `$0`.
    static func shell(_ script: String, input: String = "") throws -> Result {
        try run(["-c", script, binary], input: Data(input.utf8), executable: "/bin/bash")
    }
}

/// Reads a pipe to its end on another thread, so a chatty stderr never blocks the child.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
