import Foundation
import OrderDialogue
import OrderUnderstanding

/// Paths and the shared assistant the dialogue tests use.
enum Fixtures {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The assistant over the real intent files, built once.
    static let assistant = Assistant(catalog: IntentLoader.load(directory: root.appendingPathComponent("intents").path))
    /// The transcript library.
    static let transcripts = root.appendingPathComponent("transcripts").path

    /// A fresh conversation fed `lines`; returns every turn.
    static func talk(_ lines: String...) -> [Turn] {
        var conversation = assistant.conversation(today: .reference)
        return lines.map { conversation.respond(to: $0) }
    }
}
