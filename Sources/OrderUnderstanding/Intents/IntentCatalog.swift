/// Every intent file of a folder, read and checked: the intents, the out-of-scope examples, and what is wrong.
public struct IntentCatalog: Sendable {
    /// The folder the files came from.
    public let directory: String
    /// The in-scope intents, sorted by name.
    public let intents: [IntentDefinition]
    /// What is not ours (`none.yaml`): examples of near misses, and the answer that says what we can do instead.
    public let outOfScope: IntentDefinition?
    /// Problems found while reading, errors and warnings, in file order.
    public let problems: [Problem]

    /// Each intent's examples as written, intent by intent.
    public var exampleTexts: [[String]] { intents.map { $0.examples.map(\.text) } }

    /// An already-read catalogue.
    public init(
        directory: String, intents: [IntentDefinition], outOfScope: IntentDefinition?,
        problems: [Problem]
    ) {
        self.directory = directory
        self.intents = intents
        self.outOfScope = outOfScope
        self.problems = problems
    }

    /// True when a problem is bad enough to stop.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// The intent called `name`.
    public func intent(named name: String) -> IntentDefinition? { intents.first { $0.name == name } }
}
