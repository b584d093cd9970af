/// Something wrong with an input file, located at the line that causes it.
public struct Problem: Error, Sendable, CustomStringConvertible {
    /// How bad it is: errors stop the program, warnings only inform.
    public enum Severity: String, Sendable { case error, warning }

    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong, and how to fix it when that is cheap to say.
    public let message: String
    /// Error or warning.
    public let severity: Severity

    /// A problem at `location`.
    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    public var description: String {
        severity == .error ? "\(location): \(message)" : "\(location): warning: \(message)"
    }
}
