import Foundation

/// What `orderhelp-bench` was asked to do: its options, and the utterance files, read up front.
struct BenchArguments {
    /// Whether to time whole processes of the release binary.
    var coldStart = true
    /// The utterances to classify, from the files given (or the default ones).
    var utterances: [String] = []
    /// The files the utterances came from.
    var files: [String] = []

    static let usage = """
        USAGE: orderhelp-bench [--no-cold-start] [FILE.tsv ...]

        Measures cold start, classification latency and throughput, replay throughput and memory.
        Build the release binary first: swift build -c release && swift run -c release orderhelp-bench

        ARGUMENTS:
          FILE.tsv          Utterance files to classify, one per line, text first, tab-separated
                            (default: the ../shared/eval files; the intent examples if those are missing).

        OPTIONS:
          --no-cold-start   Skip timing 31 runs of the orderhelp binary.
          -h, --help        Show this help.

        """

    /// Reads the command line; a file that can't be read, or an unknown option, is an error naming it.
    static func parse(_ arguments: [String], defaultFiles: [String]) throws(BenchUsageError) -> BenchArguments {
        var result = BenchArguments()
        var given: [String] = []
        for argument in arguments {
            switch argument {
            case "-h", "--help": throw .help
            case "--no-cold-start": result.coldStart = false
            case _ where argument.hasPrefix("-") && argument != "-": throw .problems(["unknown option '\(argument)'"])
            default: given.append(argument)
            }
        }
        var problems: [String] = []
        for file in given.isEmpty ? defaultFiles : given {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                if !given.isEmpty { problems.append("cannot read \(file)") }
                continue
            }
            result.files.append(file)
            result.utterances += text.split(separator: "\n").filter { !$0.hasPrefix("#") }
                .map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        }
        if !problems.isEmpty { throw .problems(problems) }
        return result
    }
}

/// Why the benchmark will not run: help was asked for, or the command line has problems.
enum BenchUsageError: Error {
    case help
    case problems([String])
}
