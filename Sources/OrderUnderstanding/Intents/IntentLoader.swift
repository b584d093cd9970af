import FoundationEssentials

/// Reads `intents/*.yaml` into an `IntentCatalog`: the one file of understanding that touches the file system.
public enum IntentLoader {
    /// Reads every `*.yaml` file of `directory`; problems are collected, never thrown.
    public static func load(directory: String) -> IntentCatalog {
        guard let all = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return IntentCatalog(
                directory: directory, intents: [], outOfScope: nil,
                problems: [
                    Problem(
                        SourceLocation(file: directory, line: 1),
                        "no intents folder here; pass --intents DIR or set ORDERHELP_INTENTS")
                ])
        }
        let names = all.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var files: [(name: String, text: String)] = []
        var problems: [Problem] = []
        for name in names {
            let path = join(directory, name)
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                problems.append(Problem(SourceLocation(file: path, line: 1), "cannot read the file as UTF-8 text"))
                continue
            }
            files.append((name, text))
        }
        let catalog = load(folder: directory, files: files)
        return IntentCatalog(
            directory: directory, intents: catalog.intents, outOfScope: catalog.outOfScope,
            problems: problems + catalog.problems)
    }

    /// Reads intent files already in memory (name → text), as if they were in `folder`: the compiled-in
    /// intents come this way, and their problems still name `folder/<name>:line:`.
    public static func load(folder: String, files: [(name: String, text: String)]) -> IntentCatalog {
        let yaml = files.filter { $0.name.hasSuffix(".yaml") || $0.name.hasSuffix(".yml") }
            .sorted { $0.name < $1.name }
        guard !yaml.isEmpty else {
            return IntentCatalog(
                directory: folder, intents: [], outOfScope: nil,
                problems: [Problem(SourceLocation(file: folder, line: 1), "the intents folder has no *.yaml files")])
        }
        var intents: [IntentDefinition] = []
        var outOfScope: IntentDefinition?
        var problems: [Problem] = []
        for (name, text) in yaml {
            let stem = String(name[..<name.lastIndex(of: ".")!])
            var reader = IntentFileReader(path: join(folder, name), stem: stem)
            let definition = reader.read(text)
            problems += reader.problems
            guard let definition else { continue }
            if definition.name == IntentDefinition.outOfScope {
                outOfScope = definition
            } else {
                intents.append(definition)
            }
        }
        // `how_long:` and `after:` name an intent about an order; the suggestion for a wrong name is one of those.
        let aboutOrders = intents.filter { !$0.isSmallTalk }.map(\.name)
        // `how_long:` names another intent: one that exists and is not small talk.
        for intent in intents {
            guard let (target, location) = intent.howLong else { continue }
            if let named = intents.first(where: { $0.name == target }), !named.isSmallTalk { continue }
            let suggestion = Suggestion.closest(to: target, in: aboutOrders).map { "; did you mean '\($0)'?" } ?? ""
            problems.append(
                Problem(location, "`how_long:` names '\(target)', which is no intent about an order\(suggestion)"))
        }
        // `after:` names another intent about an order, one that exists.
        for intent in intents {
            for answer in intent.answers {
                for (target, template) in answer.after.sorted(by: { $0.key < $1.key }) {
                    if let named = intents.first(where: { $0.name == target }), !named.isSmallTalk,
                        named.name != intent.name
                    {
                        continue
                    }
                    let others = aboutOrders.filter { $0 != intent.name }
                    let suggestion = Suggestion.closest(to: target, in: others).map { "; did you mean '\($0)'?" } ?? ""
                    problems.append(
                        Problem(
                            template.location,
                            "`after:` names '\(target)', which is no other intent about an order\(suggestion)"))
                }
            }
        }
        return IntentCatalog(directory: folder, intents: intents, outOfScope: outOfScope, problems: problems)
    }

    /// `folder/name`, without doubling a slash the folder ends with.
    private static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
