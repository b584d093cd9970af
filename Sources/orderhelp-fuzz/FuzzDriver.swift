// The libFuzzer driver for the targets in Tests/ConversationProperties/FuzzTargets.swift: a conversation whose
// lines the input's bytes choose, an intent file, a transcript. `ORDERHELP_FUZZ_TARGET` names the target
// (conversation by default) and `ORDERHELP_FUZZ_SCRATCH` the folder `/save` writes into.
//
// scripts/fuzz.sh builds it optimised, with AddressSanitizer and coverage, and `-DFUZZING`: its entry point then
// hands control to libFuzzer's driver, which calls `fuzzOneInput` with each input. A plain `swift build` links
// it as a program that does nothing.
import ConversationProperties
import Foundation
import OrderDialogue
import OrderUnderstanding

let environment = ProcessInfo.processInfo.environment
let target = FuzzTargets.Target(rawValue: environment["ORDERHELP_FUZZ_TARGET"] ?? "conversation") ?? .conversation
let targets = FuzzTargets(
    assistant: Assistant(
        catalog: IntentLoader.load(
            directory: "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/") + "/intents")),
    scratch: environment["ORDERHELP_FUZZ_SCRATCH"] ?? FileManager.default.temporaryDirectory.path)

/// The turns played so far, written at exit: an execution's cost is its turns.
nonisolated(unsafe) var turnsPlayed = 0
nonisolated(unsafe) var inputsRun = 0

/// One fuzz input; a broken property aborts, so libFuzzer keeps the input as a crash.
func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if inputsRun == 0 {
        atexit {
            FileHandle.standardError.write(Data("orderhelp-fuzz: \(inputsRun) inputs, \(turnsPlayed) turns\n".utf8))
        }
    }
    let outcome = targets.run(target, Array(UnsafeBufferPointer(start: start, count: count)))
    inputsRun += 1
    turnsPlayed += outcome.turns
    guard outcome.problems.isEmpty else {
        FileHandle.standardError.write(
            Data(
                ("orderhelp-fuzz: \(target.rawValue): "
                    + outcome.problems.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}

/// The program: libFuzzer's driver, when built for fuzzing.
@main
enum FuzzDriver {
    static func main() {
        #if FUZZING
            var count = CommandLine.argc
            var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&count, &arguments) { fuzzOneInput($0, $1) })
        #endif
    }
}

#if FUZZING
    /// libFuzzer's entry for a program with a main of its own (the no-main runtime).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif
