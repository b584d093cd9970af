// A libFuzzer target for the matcher, the conversation and the transcript parser.
//
// scripts/fuzz.sh builds it with `-sanitize=fuzzer,address -parse-as-library -DFUZZING`; its entry point then
// hands control to libFuzzer's driver, which calls `fuzzOneInput` with each input. A plain `swift build`
// links it as a program that does nothing.
import OrderDialogue
import OrderPolicy
import OrderUnderstanding

let assistant = Assistant(catalog: IntentLoader.load(
    directory: "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/") + "/intents"))

/// One fuzz input: classified whole, played as a conversation line by line, and parsed and replayed as a transcript.
func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    _ = assistant.matcher.classify(text)
    var conversation = assistant.conversation(today: .reference)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(32) {
        _ = conversation.respond(to: String(line))
    }
    if let transcript = try? TranscriptParser.parse(text, path: "fuzz.txt") {
        _ = Replayer(assistant: assistant, today: .reference).replay(transcript)
    }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under this name; here it starts libFuzzer.
@_cdecl("orderhelp_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzOneInput($0, $1) }
}
#endif
