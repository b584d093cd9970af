import BundledIntents
import FoundationEssentials
import OrderUnderstanding

/// Where the intents come from: a folder the user names, else the intent files compiled into the binary.
enum IntentsLocator {
    /// `--intents`, else `$ORDERHELP_INTENTS`; nil means the compiled-in intents.
    static func directory(option: String?) -> String? {
        if let option { return option }
        if let variable = ProcessInfo.processInfo.environment["ORDERHELP_INTENTS"], !variable.isEmpty {
            return variable
        }
        return nil
    }

    /// The intents as found, problems and all: from the folder the user names, else those compiled in, which
    /// name their problems `intents/<file>.yaml:line:` as the files in the source tree would.
    static func catalog(option: String?) -> IntentCatalog {
        if let folder = directory(option: option) { return IntentLoader.load(directory: folder) }
        return compiledIn
    }

    /// The intent files compiled into the binary, read.
    static var compiledIn: IntentCatalog {
        IntentLoader.load(folder: BundledIntents.folder, files: BundledIntents.files)
    }
}
