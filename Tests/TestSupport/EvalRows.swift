import Foundation

/// Where the labelled TSV files of shared/eval are; `OrderUnderstanding.LabelledFile` reads them.
public enum EvalRows {
    /// The shared eval folder beside the project whose root is `root`.
    public static func folder(besides root: URL) -> String {
        root.deletingLastPathComponent().appendingPathComponent("shared/eval").path
    }

    /// The text of one file of that folder.
    public static func text(of file: String, in folder: String) throws -> (text: String, path: String) {
        let path = folder + "/" + file
        return (try String(contentsOfFile: path, encoding: .utf8), path)
    }
}
