import Foundation
import OrderUnderstanding

/// Reads a labelled file for scoring; a file that can't be read or scored is bad input.
enum LabelledFileReader {
    static func read(_ path: String) throws -> [LabelledRow] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(.badInput, "\(path): cannot read the file")
        }
        do {
            return try LabelledFile.rows(of: String(decoding: data, as: UTF8.self), path: path)
        } catch {
            throw Failure(.badInput, error.description)
        }
    }
}
