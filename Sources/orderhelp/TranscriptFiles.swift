import Foundation

/// Finds and reads transcript files.
enum TranscriptFiles {
    /// The files named, with every `*.txt` under each named folder, sorted.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(.badInput, "\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".txt") }
                    .sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                files += found
            } else {
                files.append(path)
            }
        }
        return files
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(.badInput, "\(path): cannot read the file")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
