/// What `orderhelp --version` prints: the package version and how many intents and examples are compiled in.
enum Version {
    /// The package's version, raised with each release.
    static let package = "0.1.0"

    /// For example `orderhelp 0.1.0 (15 intents, 420 examples compiled in)`, counted as `orderhelp check` counts.
    static var line: String {
        let catalog = IntentsLocator.compiledIn
        let examples = catalog.intents.reduce(0) { $0 + $1.examples.count }
        return "orderhelp \(package) (\(catalog.intents.count) intents, \(examples) examples compiled in)"
    }
}
