import Foundation
import TestSupport

@testable import OrderUnderstanding

/// Paths and shared values the tests use.
enum Fixtures {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The real intent files.
    static let intents = root.appendingPathComponent("intents").path
    /// The shared eval folder beside the project, if present.
    static let eval = EvalRows.folder(besides: root)
    /// The real catalogue, loaded once.
    static let catalog = IntentLoader.load(directory: intents)
    /// A matcher over the real intents, built once.
    static let matcher = IntentMatcher(catalog: catalog)
    /// The same, deciding by the similarity scores alone, for tests of their bars (the learned scorer has none).
    static let similarityMatcher = IntentMatcher(catalog: catalog, scorer: nil)

    /// A fresh folder holding `files` (name → text), for loader tests.
    static func folder(_ files: [String: String]) throws -> String {
        try Scratch.folder("intents", holding: files)
    }
}
