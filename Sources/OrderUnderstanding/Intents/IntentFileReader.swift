import OrderPolicy
import Yams

/// Reads one intent file, collecting every problem rather than stopping at the first: the one file that
/// touches YAML.
struct IntentFileReader {
    let path: String
    let stem: String
    private(set) var problems: [Problem] = []

    init(path: String, stem: String) {
        self.path = path
        self.stem = stem
    }

    static let keys = [
        "intent", "summary", "small_talk", "needs", "refines", "implies", "how_long", "ask", "examples",
        "answers",
    ]
    static let answerKeys = ["say", "facts", "brief", "brief_facts", "after", "asides"]
    static let asideKeys = ["about", "say", "facts"]

    mutating func read(_ text: String) -> IntentDefinition? {
        let root: Node
        do {
            // The basic resolver reads every scalar as text: no regular expressions at start-up, and an
            // example such as "no" stays a sentence rather than becoming false.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                fail(line: 1, "the file is empty; an intent needs at least `examples:`")
                return nil
            }
            root = node
        } catch let error as YamlError {
            // At the end of a file without a final line break, YAML places its error on a line after the last one.
            fail(line: min(Self.line(of: error), Self.lineCount(text)), "malformed YAML: \(Self.problem(of: error))")
            return nil
        } catch {
            fail(line: 1, "malformed YAML: \(error)")
            return nil
        }
        guard let mapping = root.mapping else {
            fail(root, "expected a mapping with `examples:` and `answers:` at the top of the file")
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                fail(key, "expected a key name")
                continue
            }
            if Self.keys.contains(name) { fields[name] = value } else { unknownKey(name, at: key, known: Self.keys) }
        }
        let name =
            fields["intent"].flatMap { declared -> String? in
                guard let value = declared.string, value == stem else {
                    fail(
                        declared,
                        "the file declares intent '\(declared.string ?? "")' but is named '\(stem).yaml'; rename one so they match"
                    )
                    return nil
                }
                return value
            } ?? stem
        let examples = readExamples(fields["examples"], root: root)
        let needs = readNeeds(fields["needs"])
        let refines = readNeeds(fields["refines"])
        var answers: [AnswerTemplate] = []
        if let node = fields["answers"] {
            answers = readAnswers(node, needs: needs)
            if !refines.isEmpty, !answers.contains(where: { $0.keys.contains(AnswerTemplate.defaultKey) }) {
                fail(node, "`refines:` answers before the slot is known, so the intent needs a `default:` answer")
            }
        } else {
            fail(root, "missing `answers:`; add at least a `default:` answer")
        }
        var definition = IntentDefinition(
            name: name,
            summary: fields["summary"]?.string ?? name.replacingOccurrences(of: "_", with: " "),
            examples: examples, needs: needs, refines: refines, ask: fields["ask"]?.string,
            answers: answers, isSmallTalk: readFlag(fields["small_talk"]),
            location: SourceLocation(file: path, line: 1))
        if let node = fields["implies"] { definition.implies = readImplied(node) }
        if let node = fields["how_long"] {
            if let target = node.string, !target.isEmpty {
                definition.howLong = (target, location(node))
            } else {
                fail(
                    node,
                    "`how_long:` names the intent that answers \"how long?\" asked right after this one, e.g. `how_long: refund_time`"
                )
            }
        }
        return definition
    }

    private mutating func readExamples(_ node: Node?, root: Node) -> [IntentDefinition.Example] {
        guard let node else {
            fail(root, "missing `examples:`; list a few things a shopper might type")
            return []
        }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            fail(node, "`examples:` must be a non-empty list of sentences")
            return []
        }
        var examples: [IntentDefinition.Example] = []
        for item in sequence {
            guard let text = item.string, text.contains(where: { !$0.isWhitespace }) else {
                fail(item, "an example must be a non-empty sentence")
                continue
            }
            examples.append(.init(text: text, location: location(item)))
        }
        return examples
    }

    private mutating func readFlag(_ node: Node?) -> Bool {
        guard let node else { return false }
        switch node.string {
        case "true": return true
        case "false": return false
        default:
            fail(node, "expected true or false")
            return false
        }
    }

    private mutating func readNeeds(_ node: Node?) -> [PolicySlot] {
        guard let node else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            guard let name = item.string, let slot = PolicySlot(rawValue: name) else {
                unknownWord(item.string ?? "", at: item, kind: "slot", known: PolicySlot.allCases.map(\.rawValue))
                return nil
            }
            return slot
        }
    }

    private mutating func readAnswers(_ node: Node, needs: [PolicySlot]) -> [AnswerTemplate] {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            fail(node, "`answers:` must map `default` or slot values to answers")
            return []
        }
        let values = PolicySlot.allCases.flatMap(\.values) + Circumstance.allCases.map(\.rawValue)
        var covered: Set<String> = []
        var answers: [AnswerTemplate] = []
        for (keyNode, body) in mapping {
            let keys = (keyNode.string ?? "").split(separator: ",").map { key in
                String(key.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            }
            for key in keys where key != AnswerTemplate.defaultKey && !values.contains(key) {
                let known = [AnswerTemplate.defaultKey] + values
                unknownWord(
                    key, at: keyNode, kind: "answer key", known: known,
                    hint: "; keys are `default`, slot values such as shipped or card, or what happened, such as refused"
                )
            }
            covered.formUnion(keys)
            if let answer = readAnswer(body, keys: keys, needs: needs) { answers.append(answer) }
        }
        if !covered.contains(AnswerTemplate.defaultKey), let slot = needs.first {
            let missing = slot.values.filter { !covered.contains($0) }
            if !missing.isEmpty {
                fail(
                    node,
                    "no answer for \(slot.rawValue) \(missing.joined(separator: ", ")); add them or a `default:` answer"
                )
            }
        }
        return answers
    }

    private mutating func readAnswer(_ node: Node, keys: [String], needs: [PolicySlot]) -> AnswerTemplate? {
        guard let mapping = node.mapping else {
            fail(node, "an answer is a mapping with `say:` and `facts:`")
            return nil
        }
        return readAnswer(Array(mapping), at: node, keys: keys, needs: needs)
    }

    /// An answer from its keys and values, placed at `node`.
    private mutating func readAnswer(
        _ mapping: [(key: Node, value: Node)], at node: Node, keys: [String], needs: [PolicySlot]
    ) -> AnswerTemplate? {
        var text: String?
        var facts: [FactID] = []
        var factsNode: Node?
        var brief: String?
        var briefNode: Node?
        var briefFacts: [FactID] = []
        var briefFactsNode: Node?
        var after: [String: AnswerTemplate] = [:]
        var asides: [AnswerTemplate.Aside] = []
        for (key, value) in mapping {
            switch key.string {
            case "say": text = value.string
            case "brief":
                brief = value.string.map(Self.tidy)
                briefNode = value
            case "facts":
                factsNode = value
                facts = readFacts(value)
            case "brief_facts":
                briefFactsNode = value
                briefFacts = readFacts(value)
            case "after":
                after = readAfter(value, keys: keys)
            case "asides":
                asides = readAsides(value, keys: keys)
            default: unknownKey(key.string ?? "", at: key, known: Self.answerKeys)
            }
        }
        guard let text, !text.isEmpty else {
            fail(node, "the answer has no `say:` text")
            return nil
        }
        var template = AnswerTemplate(keys: keys, text: Self.tidy(text), facts: facts, location: location(node))
        template.brief = brief
        template.briefFacts = briefFacts
        template.after = after
        template.asides = asides
        if let briefNode, briefFactsNode == nil {
            fail(briefNode, "the brief line does not say which policy facts it rests on; add `brief_facts: [F…]`")
        } else if let briefFactsNode, brief == nil {
            fail(briefFactsNode, "`brief_facts:` without a `brief:` line; add the line or drop the facts")
        }
        if brief == nil, !needs.isEmpty {
            fail(
                node,
                "the intent needs the \(needs[0].rawValue) slot, and when it stays unknown each answer is summed up "
                    + "in one line; add `brief:` and `brief_facts:`")
        }
        for (what, line) in [("answer", template.text), ("brief line", brief ?? "")] where !Self.bracesPair(line) {
            fail(node, "a `{` or `}` in the \(what) does not pair; a placeholder is written {name}")
        }
        // The shopper's reason is known only where the answer is for the circumstance that holds one.
        if template.placeholders.contains(PolicyValue.reason.rawValue),
            !keys.contains(Circumstance.reasonGiven.rawValue)
        {
            fail(
                node,
                "{reason} is the shopper's own reason to cancel, known only in an answer for "
                    + "`\(Circumstance.reasonGiven.rawValue)`")
        }
        let knownNames = PolicyValue.allCases.map(\.rawValue) + ["order_number"]
        for name in template.placeholders {
            guard let value = PolicyValue(rawValue: name) else {
                if name != "order_number" { unknownWord(name, at: node, kind: "placeholder", known: knownNames) }
                continue
            }
            if let slot = value.requires, !needs.contains(slot) {
                fail(node, "{\(name)} needs the \(slot.rawValue) slot; add `needs: [\(slot.rawValue)]`")
            }
        }
        if let factsNode {
            compare(facts, with: template.placeholders, at: factsNode, text: "answer", key: "facts")
            if let line = template.briefAnswer, let briefFactsNode {
                compare(briefFacts, with: line.placeholders, at: briefFactsNode, text: "brief line", key: "brief_facts")
            }
        } else {
            fail(node, "the answer does not say which policy facts it rests on; add `facts: [F…]` (or `facts: []`)")
        }
        return template
    }

    /// `after:` maps an intent to the answer given instead when that intent was answered earlier in the same
    /// reply ("can I cancel, and will I get my money back?": the refund's answer need not give the cancel steps
    /// again). Each is an answer of its own, with `say:` and `facts:`; the loader checks that the intent exists.
    private mutating func readAfter(_ node: Node, keys: [String]) -> [String: AnswerTemplate] {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            fail(node, "`after:` maps an intent answered earlier in the same reply to the answer to give then")
            return [:]
        }
        var after: [String: AnswerTemplate] = [:]
        for (intent, body) in mapping {
            guard let name = intent.string, !name.isEmpty else {
                fail(intent, "`after:` is keyed by an intent's name")
                continue
            }
            if body.mapping?.contains(where: { $0.key.string == "after" }) == true {
                fail(body, "an `after:` answer has no `after:` of its own")
                continue
            }
            // Placed on the line that names the intent, where a misspelt name is to be fixed.
            if let answer = readAnswer(body, keys: keys, needs: []) {
                after[name] = AnswerTemplate(
                    keys: answer.keys, text: answer.text, facts: answer.facts, location: location(intent),
                    brief: answer.brief, briefFacts: answer.briefFacts, after: answer.after, asides: answer.asides)
            }
        }
        return after
    }

    /// `asides:` lists sentences added to the answer only when the message is about them: `about:` gives the words
    /// the message must contain, in order ("buyer protection"); `say:` and `facts:` are checked like an answer's.
    private mutating func readAsides(_ node: Node, keys: [String]) -> [AnswerTemplate.Aside] {
        guard let items = node.sequence, !items.isEmpty else {
            fail(node, "`asides:` is a list of asides, each with `about:`, `say:` and `facts:`")
            return []
        }
        var asides: [AnswerTemplate.Aside] = []
        for item in items {
            guard let mapping = item.mapping else {
                fail(item, "an aside is a mapping with `about:`, `say:` and `facts:`")
                continue
            }
            var about: [String] = []
            var body: [(key: Node, value: Node)] = []
            for (key, value) in mapping {
                switch key.string {
                case "about": about = Normalizer.tokens(value.string ?? "")
                case "say", "facts": body.append((key, value))
                default: unknownKey(key.string ?? "", at: key, known: Self.asideKeys)
                }
            }
            guard !about.isEmpty else {
                fail(item, "the aside has no `about:` words: the words a message must contain for it to be said")
                continue
            }
            if let template = readAnswer(body, at: item, keys: keys, needs: []) {
                asides.append(AnswerTemplate.Aside(about: about, answer: template))
            }
        }
        return asides
    }

    /// The file must say everything a text rests on, and only that: a placeholder's fact is never added
    /// silently, and a fact that only a placeholder states is listed only where the text fills one.
    private mutating func compare(
        _ facts: [FactID], with placeholders: [String], at node: Node, text: String, key: String
    ) {
        for unlisted in AnswerTemplate.unlisted(placeholders, from: facts) {
            fail(
                node,
                "the \(text) uses \(unlisted.name), which comes from \(unlisted.fact), but `\(key):` does not "
                    + "list \(unlisted.fact); add it")
        }
        for unstated in AnswerTemplate.unstated(facts, in: placeholders) {
            fail(
                node,
                "`\(key):` lists \(unstated.fact), but the \(text) fills none of "
                    + "\(unstated.names.joined(separator: ", ")), the placeholders that state \(unstated.fact); fill one or drop \(unstated.fact)"
            )
        }
    }

    /// Whether every `{` in `text` is closed by a `}` before the next one opens.
    static func bracesPair(_ text: String) -> Bool {
        !TextPiece.pieces(of: text).contains { if case .strayBrace = $0 { true } else { false } }
    }

    private mutating func readFacts(_ node: Node) -> [FactID] {
        (node.sequence.map(Array.init) ?? [node]).compactMap { item in
            guard let id = item.string.flatMap(FactID.init) else {
                fail(item, "unknown policy fact '\(item.string ?? "")'; facts are F1–F\(PolicyFacts.all.count)")
                return nil
            }
            return id
        }
    }

    /// `implies: {status: delivered}`.
    private mutating func readImplied(_ node: Node) -> SlotValues {
        var values = SlotValues()
        guard let mapping = node.mapping else {
            fail(node, "`implies:` maps slots to values, e.g. `implies: {status: delivered}`")
            return values
        }
        for (key, value) in mapping {
            let slot = key.string ?? ""
            guard PolicySlot(rawValue: slot) != nil else {
                unknownWord(slot, at: key, kind: "slot", known: PolicySlot.allCases.map(\.rawValue))
                continue
            }
            if !values.set(slot, to: value.string) {
                fail(value, "'\(value.string ?? "")' is not a value of \(slot)")
            }
        }
        return values
    }

    /// The text without the block scalar's surrounding newlines or spaces at line ends.
    static func tidy(_ text: String) -> String {
        // Split by byte: splitting by Character was a twentieth of the program's start.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            Substring($0).trimmingTrailingBlanks()
        }
        while lines.first == "" { lines.removeFirst() }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    // MARK: - Reporting

    private func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 1)
    }

    private mutating func fail(_ node: Node, _ message: String) {
        problems.append(Problem(location(node), message))
    }

    private mutating func fail(line: Int, _ message: String) {
        problems.append(Problem(SourceLocation(file: path, line: line), message))
    }

    private mutating func unknownKey(_ name: String, at node: Node, known: [String]) {
        unknownWord(name, at: node, kind: "key", known: known)
    }

    private mutating func unknownWord(_ word: String, at node: Node, kind: String, known: [String], hint: String = "") {
        let suggestion = Suggestion.closest(to: word, in: known).map { "; did you mean '\($0)'?" } ?? ""
        fail(node, "unknown \(kind) '\(word)'\(suggestion)\(suggestion.isEmpty ? hint : "")")
    }

    /// The lines of `text` as YAML counts them: a final line break starts one more (empty) line.
    private static func lineCount(_ text: String) -> Int {
        var lines = 1
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": if !afterCarriageReturn { lines += 1 }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": lines += 1
            default: break
            }
            afterCarriageReturn = scalar == "\r"
        }
        return lines
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.joined(separator: " ")
        case .duplicatedKeysInMapping(let duplicates, _):
            "duplicate key \(duplicates.joined(separator: ", "))"
        default: "\(error)"
        }
    }
}
