import ConversationProperties
import Foundation
import TestSupport
import Testing

/// Every input that once broke a fuzz target (`scripts/fuzz.sh`), kept in `Tests/Fixtures/fuzz/TARGET/` and run
/// through the same target here: it must neither crash nor break a property again.
struct FuzzRegressionTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz").path
    static let targets = FuzzTargets(assistant: Fixtures.assistant, scratch: Scratch.folder)

    /// The saved inputs of `target`, by file name.
    static func inputs(_ target: FuzzTargets.Target) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + target.rawValue)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test("every input that once broke a fuzz target passes it now", arguments: FuzzTargets.Target.allCases)
    func savedInputs(target: FuzzTargets.Target) throws {
        for name in Self.inputs(target) {
            let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/\(target.rawValue)/" + name))
            let problems = Self.targets.run(target, Array(data)).problems
            #expect(problems.isEmpty, "\(target.rawValue)/\(name): \(problems.joined(separator: "\n"))")
        }
    }

    @Test("the saved inputs are there: a crash once found stays a test")
    func inputsExist() {
        #expect(FuzzTargets.Target.allCases.map(Self.inputs).joined().count >= 1)
    }
}
