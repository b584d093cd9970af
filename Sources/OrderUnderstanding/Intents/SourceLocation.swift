/// A place in an input file, printed the way compilers do: `file:line`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the user named it.
    public let file: String
    /// The line, counted from 1.
    public let line: Int

    /// A location at `line` of `file`.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
