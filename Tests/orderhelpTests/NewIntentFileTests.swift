import Foundation
import Glibc
import TestSupport
import Testing

/// An intent added as a file, with no Swift change.
@Suite(.serialized)
struct NewIntentFileTests {
    @Test("a new intent file that passes check is answered, with no Swift change")
    func newIntentFile() throws {
        let intents = BinaryRunner.root.appendingPathComponent("intents").path
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: intents) where name.hasSuffix(".yaml") {
            files[name] = try String(contentsOfFile: intents + "/" + name, encoding: .utf8)
        }
        let original = files.count
        files["payment_verification.yaml"] = """
            summary: a payment that is still being verified
            examples:
              - the payment for my order is still being verified
              - why is my order payment under review
              - order payment stuck in verification
              - the order says payment being checked
              - verification of my order payment is taking ages
              - is it normal that the order payment is being verified
              - order payment review still pending
              - they are still checking the payment of my order
              - what does payment verification mean for my order
              - my order's payment verification isn't finished
            answers:
              default:
                facts: [F1]
                say: While the payment is checked the order waits; an e-mail tells you when it is done.
            """
        let folder = try Scratch.folder("intents", holding: files)
        let check = try BinaryRunner.run(["check", "--intents", folder])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("\(original) intents"), "\(check.stdout)")  // none.yaml is not an intent
        let chat = try BinaryRunner.run(
            ["--intents", folder, "--json"], input: Data("my order's payment is under review\n".utf8))
        #expect(chat.stdout.contains("\"intent\": \"payment_verification\""), "\(chat.stdout)")
        #expect(chat.stdout.contains("an e-mail tells you when it is done"))
    }
}
