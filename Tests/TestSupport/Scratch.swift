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

    /// A fresh folder inside the scratch folder, named after `name`, holding `files` (file name → text).
    public static func folder(_ name: String, holding files: [String: String]) throws -> String {
        let path = path(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (file, text) in files { try text.write(toFile: path + "/" + file, atomically: true, encoding: .utf8) }
        return path
    }
}
