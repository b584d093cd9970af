import Foundation

/// Finds the intents folder from any working directory.
enum IntentsLocator {
    /// `--intents`, else `$ORDERHELP_INTENTS`, else the `intents/` of the package the binary was built from.
    static func directory(option: String?) throws -> String {
        if let option { return option }
        if let variable = ProcessInfo.processInfo.environment["ORDERHELP_INTENTS"], !variable.isEmpty {
            return variable
        }
        for candidate in candidates() where hasIntentFiles(candidate) { return candidate }
        throw Failure(.badInput, """
            orderhelp: cannot find the intents folder (looked beside the binary and in the source tree it was \
            built from); pass --intents DIR or set ORDERHELP_INTENTS
            """)
    }

    /// Folders that may hold the intents: upwards from the binary (for `.build/<config>/orderhelp` and
    /// `<prefix>/bin/orderhelp` beside `<prefix>/share/orderhelp/intents`), then the source tree it was built from.
    private static func candidates() -> [String] {
        var folders: [String] = []
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            folders.append(url.appendingPathComponent("intents").path)
            folders.append(url.appendingPathComponent("share/orderhelp/intents").path)
            url.deleteLastPathComponent()
        }
        let source = URL(fileURLWithPath: #filePath)
        folders.append(source.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("intents").path)
        return folders
    }

    private static func hasIntentFiles(_ folder: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.contains { $0.hasSuffix(".yaml") }
    }
}
