// Trains the learned scorer and writes its weights: `swift run -c release orderhelp-train` (scripts/train.sh).
// It reads the intent files, every corpus/*.tsv and the out-of-domain negatives of ../shared/eval, and writes
// Sources/CLearnedScorer/scorer-weights.bin, which the next build compiles in. The same data gives the same bytes.
// It also writes the intent examples' word vectors, Sources/CWordVectors/example-vectors.bin (ExampleVectors).
import Foundation
import OrderUnderstanding

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: String) -> String {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? fallback
}
if arguments.contains("--help") {
    print(
        """
        usage: orderhelp-train [--intents DIR] [--corpus DIR] [--shared-eval DIR] [--output FILE] [--example-vectors FILE]
               orderhelp-train --by-batch [--errors]
        Trains the learned scorer on the intents, the corpus and the negatives, and writes its weights; writes the
        intent examples' word vectors too.
        --by-batch leaves one writer out at a time instead: trains without each batch and scores it (writes nothing).
        """)
    exit(0)
}
let intents = option("--intents", "intents")
let corpus = option("--corpus", "corpus")
let shared = option("--shared-eval", "../shared/eval")
let output = option("--output", "Sources/CLearnedScorer/scorer-weights.bin")
let exampleVectors = option("--example-vectors", "Sources/CWordVectors/example-vectors.bin")

func fail(_ message: String) -> Never {
    var standardError = FileHandle.standardError
    print("orderhelp-train: \(message)", to: &standardError)
    exit(2)
}
func read(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail("\(path): cannot read the file as UTF-8 text")
    }
    return text
}

let catalog = IntentLoader.load(directory: intents)
if catalog.hasErrors { fail("\(intents): the intent files have errors; run orderhelp check") }
guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus) else {
    fail("\(corpus): no corpus folder")
}
let data = TrainingData(
    catalog: catalog,
    corpus: names.filter { $0.hasSuffix(".tsv") }.sorted().map { ($0, read(corpus + "/" + $0)) }
        + TrainingData.sharedBatches.map { ($0, read(shared + "/" + $0)) },
    negatives: TrainingData.negativeFiles.map { ($0, read(shared + "/" + $0)) })
if arguments.contains("--by-batch") {
    // Leave one writer out: each batch scored by weights trained without it (and without a share of the negatives).
    let folds = WriterFolds.run(catalog: catalog, data: data)
    print(WriterFolds.report(folds, errors: arguments.contains("--errors") ? 15 : 0))
    exit(0)
}
let start = ContinuousClock.now
let weights = data.train(matcher: IntentMatcher(catalog: catalog, scorer: nil))
guard FileManager.default.createFile(atPath: output, contents: Data(weights)) else { fail("\(output): cannot write") }
let rows = LearnedScorer(bytes: weights)?.rows ?? 0
print(
    "\(data.examples.count) lines from \(data.batches.count) batches, the intent files and \(TrainingData.negativeFiles.count) negatives files"
)
print(
    "wrote \(output): \(rows) rows × \(data.classes.count) classes, \(weights.count) bytes, fingerprint \(String(data.fingerprint, radix: 16)), trained in \(start.duration(to: .now))"
)

guard let table = WordVectors.bundled else { fail("this build carries no word-vector table") }
let examples = catalog.exampleTexts.flatMap { $0 }
let vectors = ExampleVectors.table(for: examples, vectors: table)
guard FileManager.default.createFile(atPath: exampleVectors, contents: Data(vectors)) else {
    fail("\(exampleVectors): cannot write")
}
print("wrote \(exampleVectors): \(examples.count) examples, \(vectors.count) bytes")

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) { write(Data(string.utf8)) }
}
