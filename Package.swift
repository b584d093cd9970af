// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OrderHelp",
    products: [
        .executable(name: "orderhelp", targets: ["orderhelp"]),
        .executable(name: "orderhelp-bench", targets: ["orderhelp-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The policy core: the business rules F1–F17. Depends on nothing.
        .target(name: "OrderPolicy"),
        // Understanding: intent files, normalisation, matching, slot extraction. It reads the word-vector table
        // (CWordVectors) through one file, Matching/WordVectors.swift.
        .target(
            name: "OrderUnderstanding",
            dependencies: [
                "OrderPolicy", "CWordVectors", "CLearnedScorer",
                .product(name: "Yams", package: "Yams"),
            ]),
        // The word-vector table, word-vectors.bin, compiled into the binary with C23 #embed: read in place, never
        // parsed, so it costs nothing at start and needs no file or network at run time. Written by
        // scripts/distill_word_vectors.py. Beside it the intent examples' vectors, example-vectors.bin, written by
        // orderhelp-train (scripts/train.sh).
        .target(name: "CWordVectors", exclude: ["word-vectors.bin", "example-vectors.bin"]),
        // The learned scorer's weights, scorer-weights.bin, compiled in with #embed like the word vectors, and its
        // arithmetic, optimised even in a debug build: `swift test` trains a model per corpus writer left out.
        // Written by `swift run -c release orderhelp-train` (scripts/train.sh).
        .target(name: "CLearnedScorer", exclude: ["scorer-weights.bin"], cSettings: [.unsafeFlags(["-O2"])]),
        // Dialogue: conversation state, follow-ups, answers, transcripts.
        .target(name: "OrderDialogue", dependencies: ["OrderPolicy", "OrderUnderstanding"]),
        // The text of intents/*.yaml, compiled in at build time by the EmbedIntents plugin, so the binary
        // carries its intents wherever it is copied. Editing an intent file and building again regenerates it.
        // Sources/BundledIntents/intents links to intents/: SwiftPM runs the plugin again when a file is added there.
        .target(name: "BundledIntents", exclude: ["intents"], plugins: ["EmbedIntents"]),
        .plugin(name: "EmbedIntents", capability: .buildTool(), dependencies: ["embed-intents"]),
        // The plugin's tool: writes each intent file's name and text as Swift. Parses no YAML.
        .executableTarget(name: "embed-intents"),
        // GNU readline, called only from the CLI's LineReading/ folder (ReadlineState.swift, HistoryFile.swift).
        .systemLibrary(
            name: "CReadline", path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]),
        // An empty ICU data table for the release link, which leaves out ICU's 34 MB of locale data: orderhelp never
        // formats dates or numbers by locale (README, "Measuring"; ICUDataOmitted.c says why).
        .target(
            name: "ICUDataOmitted",
            cSettings: [.define("ORDERHELP_OMIT_ICU_DATA", .when(configuration: .release))]),
        // Fitting replies to a terminal: display widths and word wrapping. Only the CLI uses it; a library of its
        // own so that its tests need not link the CLI's executable.
        .target(name: "TerminalText"),
        // The thin command-line front end; the only place that does terminal I/O.
        // A release build links the Swift runtime and Foundation statically: loading them as shared libraries
        // costs about 10 ms at every start, which is most of the cold-start budget (README, "Measuring").
        // `swift build --static-swift-stdlib` does the same for one build; these flags make it the default.
        .executableTarget(
            name: "orderhelp",
            dependencies: [
                "OrderDialogue", "OrderUnderstanding", "OrderPolicy", "TerminalText", "BundledIntents",
                "ICUDataOmitted",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
                        "-l_FoundationCollections",
                    ], .when(configuration: .release))
            ]),
        // Speed and memory, measured on a release build: `swift run -c release orderhelp-bench`.
        .executableTarget(
            name: "orderhelp-bench", dependencies: ["OrderDialogue", "OrderUnderstanding", "OrderPolicy"]),
        // Trains the learned scorer on the intents, corpus/ and the negatives, and writes its weights.
        .executableTarget(name: "orderhelp-train", dependencies: ["OrderUnderstanding"]),
        // The libFuzzer driver: scripts/fuzz.sh builds it optimised with AddressSanitizer and runs it.
        .executableTarget(
            name: "orderhelp-fuzz",
            dependencies: [
                "ConversationProperties", "OrderDialogue", "OrderUnderstanding", "OrderPolicy",
            ]),
        // Generated conversations, the properties every conversation must keep, and the fuzz targets: shared by
        // the property tests, the fuzz regression tests and orderhelp-fuzz.
        .target(
            name: "ConversationProperties", dependencies: ["OrderDialogue", "OrderUnderstanding", "OrderPolicy"],
            path: "Tests/ConversationProperties"),
        // Helpers shared by the test targets: one scratch folder per test run, removed at exit.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "OrderPolicyTests", dependencies: ["OrderPolicy"]),
        .testTarget(name: "OrderUnderstandingTests", dependencies: ["OrderUnderstanding", "TestSupport"]),
        .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
        .testTarget(
            name: "OrderDialogueTests", dependencies: ["OrderDialogue", "TestSupport", "ConversationProperties"]),
        // These tests run the built binary, which `swift test` builds with every other product. They do not
        // depend on the executable target: its static release link would then leak into the test bundle.
        .testTarget(name: "orderhelpTests", dependencies: ["TestSupport", "BundledIntents"]),
    ],
    swiftLanguageModes: [.v6]
)
