import Foundation

/// Reads the labelled TSV files of shared/eval: text, then intents separated by `|`, then `slot=value;…` if given.
public enum EvalRows {
    /// The shared eval folder beside the project whose root is `root`.
    public static func folder(besides root: URL) -> String {
        root.deletingLastPathComponent().appendingPathComponent("shared/eval").path
    }

    /// The rows of one file; comment lines and lines without a label are skipped.
    public static func read(_ path: String) throws -> [(text: String, labels: [String], slots: Set<String>?)] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { return nil }
            let slots = columns.count >= 3
                ? Set(columns[2].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
                : nil
            return (String(columns[0]), columns[1].split(separator: "|").map(String.init), slots)
        }
    }
}
