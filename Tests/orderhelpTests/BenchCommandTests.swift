import Foundation
import Glibc
import TestSupport
import Testing

/// orderhelp-bench's command line.
@Suite(.serialized)
struct BenchCommandTests {
    private func file(_ text: String) throws -> String {
        let path = Scratch.path("benchcommandtests") + ".tsv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private var bench: String {
        URL(fileURLWithPath: BinaryRunner.binary).deletingLastPathComponent().appendingPathComponent("orderhelp-bench")
            .path
    }

    @Test("orderhelp-bench --help gives help and measures nothing")
    func benchHelp() throws {
        let result = try BinaryRunner.run(["--help"], executable: bench)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("USAGE: orderhelp-bench"))
        #expect(result.stdout.contains("--no-cold-start"))
        #expect(!result.stdout.contains("cold start to first answer"))
        #expect(!result.stdout.contains("classify latency"))
    }

    @Test("orderhelp-bench names every file it can't read and exits 2, instead of measuring something else")
    func benchUnreadableFiles() throws {
        let missing = Scratch.path("no-such") + ".tsv"
        let readable = try file("how do i cancel\tcancel_order\n")
        let result = try BinaryRunner.run(
            ["--no-cold-start", readable, missing, "/proc/orderhelp.tsv"], executable: bench)
        #expect(result.status == 2)
        #expect(result.stderr.contains("orderhelp-bench: cannot read \(missing)"), "\(result.stderr)")
        #expect(result.stderr.contains("orderhelp-bench: cannot read /proc/orderhelp.tsv"))
        #expect(!result.stderr.contains("cannot read \(readable)"))
        #expect(result.stdout.isEmpty)
    }

    @Test("orderhelp-bench refuses an option it doesn't know")
    func benchUnknownOption() throws {
        let result = try BinaryRunner.run(["--fast"], executable: bench)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown option '--fast'"))
    }
}
