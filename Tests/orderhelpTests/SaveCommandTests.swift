import Foundation
import Glibc
import TestSupport
import Testing

/// The chat's `/save` where the file can't be written.
@Suite(.serialized)
struct SaveCommandTests {
    private func file(_ text: String) throws -> String {
        let path = Scratch.path("savecommandtests") + ".tsv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("/save into a folder that doesn't exist names the folder")
    func saveIntoMissingFolder() throws {
        let folder = Scratch.path("missing") + "/deeper"
        let result = try BinaryRunner.run([], input: "hello\n/save \(folder)/x.txt\n")
        #expect(
            result.stdout.contains("Could not save to \(folder)/x.txt: the folder \(folder) doesn't exist."),
            "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder))
        let plain = try file("not a folder")
        let intoFile = try BinaryRunner.run([], input: "hello\n/save \(plain)/x.txt\n")
        #expect(intoFile.stdout.contains("Could not save to \(plain)/x.txt: \(plain) is a file, not a folder."))
    }
}
