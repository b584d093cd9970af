/// Authoring feedback for `check`: warnings that do not stop the program but point at weak intent files.
public enum IntentLinter {
    /// Intents with fewer examples than this are too thin to generalise.
    public static let minExamples = 10

    /// Every warning for `catalog`, matched with `matcher`.
    public static func warnings(for catalog: IntentCatalog, matcher: IntentMatcher) -> [Problem] {
        duplicates(catalog) + thinIntents(catalog, matcher) + misplacedExamples(catalog, matcher)
    }

    /// The same example, word for word, in two intents.
    static func duplicates(_ catalog: IntentCatalog) -> [Problem] {
        var firstSeen: [[String]: (intent: String, location: SourceLocation)] = [:]
        var problems: [Problem] = []
        for (intent, example) in allExamples(catalog) {
            let key = Normalizer.tokens(example.text)
            if let first = firstSeen[key], first.intent != intent {
                problems.append(
                    Problem(
                        example.location,
                        "this example of \(intent) is also an example of \(first.intent) (\(first.location))",
                        severity: .warning))
            } else if firstSeen[key] == nil {
                firstSeen[key] = (intent, example.location)
            }
        }
        return problems
    }

    /// Intents with too few examples, or whose examples say the same thing in the same words.
    ///
    /// "The same words" means the same written words in any order, stopwords dropped: "what is the refund
    /// process" and "the process of a refund, what is it" repeat each other, but "hi" and "hello", "cancel" and
    /// "cancle" or "thanks" and "thank you" differ on purpose (a synonym, a typo, a register), even though the
    /// matcher folds them into one term. Examples of fewer than `shortExample` such words are left alone:
    /// short ones ("cancel order", "please cancel this order") differ by one small word on purpose.
    static func thinIntents(_ catalog: IntentCatalog, _ matcher: IntentMatcher) -> [Problem] {
        var problems: [Problem] = []
        for intent in catalog.intents {
            if intent.examples.count < minExamples {
                problems.append(
                    Problem(
                        intent.location,
                        "\(intent.name) has only \(intent.examples.count) examples; "
                            + "write at least \(minExamples), in different words", severity: .warning))
            }
            var seen: [Set<String>: SourceLocation] = [:]
            for example in intent.examples {
                let words = writtenWords(example.text)
                guard words.count >= shortExample else { continue }
                if let first = seen[words] {
                    problems.append(
                        Problem(
                            example.location,
                            "this example says what \(first) says, in the same words; "
                                + "vary the verbs and word order", severity: .warning))
                } else {
                    seen[words] = example.location
                }
            }
        }
        return problems
    }

    /// Examples with fewer content words than this are never "the same words" as another.
    static let shortExample = 3

    /// The words an example is written with, stopwords left out, synonyms and typos kept apart.
    static func writtenWords(_ text: String) -> Set<String> {
        Set(Normalizer.tokens(text).filter { !Lexicon.stopwords.contains($0) })
    }

    /// How similar (cosine) an example of another intent must be for a misplaced example to be worth a
    /// warning. An example in words no other example uses scores low everywhere once left out, and is then
    /// "closer" to whichever intent shares one word with it; that is an example teaching something new, not
    /// one in the wrong place.
    static let lookAlike = 0.5

    /// Examples that, left out of their own intent, sit closer to another intent that has a look-alike
    /// example: ChatScript's `:verify`.
    static func misplacedExamples(_ catalog: IntentCatalog, _ matcher: IntentMatcher) -> [Problem] {
        var problems: [Problem] = []
        var example = 0
        let groups = catalog.intents.map(\.examples) + [catalog.outOfScope?.examples ?? []]
        for (klass, examples) in groups.enumerated() {
            for entry in examples {
                let tokens = matcher.analyzer.corrected(Normalizer.tokens(entry.text))
                let features = TermAnalyzer.features(
                    matcher.analyzer.terms(tokens, slots: SlotExtractor.extract(tokens)))
                guard !features.isEmpty else { continue }
                defer { example += 1 }
                // Out-of-scope examples are near misses on purpose; only in-scope ones are checked.
                guard klass < catalog.intents.count else { continue }
                let (scored, nearest) = matcher.index.scoreWithNearest(features, excluding: example)
                let scores = scored.scores
                guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), best != klass,
                    scores[best] > scores[klass] + 0.05, nearest[best] >= lookAlike
                else { continue }
                problems.append(
                    Problem(
                        entry.location,
                        "this example of \(matcher.classes[klass].name) sits closer to "
                            + "\(matcher.classes[best].name) (\(hundredths(scores[best]))) than to its own "
                            + "intent (\(hundredths(scores[klass])))", severity: .warning))
            }
        }
        return problems
    }

    private static func allExamples(_ catalog: IntentCatalog) -> [(String, IntentDefinition.Example)] {
        catalog.intents.flatMap { intent in intent.examples.map { (intent.name, $0) } }
            + (catalog.outOfScope?.examples ?? []).map { (IntentDefinition.outOfScope, $0) }
    }
}

private func hundredths(_ x: Double) -> String {
    let value = Int((x * 100).rounded())
    return String(value / 100) + "." + (value % 100 < 10 ? "0" : "") + String(value % 100)
}
