import Foundation

/// One folder for every file and folder this test run writes, removed when the run exits, so repeated runs
/// leave nothing behind in the temporary directory.
public enum Scratch {
    public static let folder: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("orderhelp-tests-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.folder) }
        return path
    }()

    /// A fresh path inside the scratch folder, named after `name`.
    public static func path(_ name: String) -> String {
        folder + "/" + name + "-" + UUID().uuidString
    }
}
