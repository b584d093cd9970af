@preconcurrency import CReadline
@preconcurrency import Glibc

/// Where readline keeps the lines typed, with the habits of shells: ignore blanks, repeats and lines starting with a space.
final class HistoryFile {
    let path: String
    private var last: String?
    private var warned = false

    /// Most entries kept in the file.
    static let limit: Int32 = 1_000

    /// Opens (creating with mode 600) the history file and loads it; nil, after one warning, if that fails.
    init?(path: String) {
        self.path = path
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty { Self.makeFolders(folder) }
        let fd = open(path, O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            Output.error(
                "orderhelp: warning: cannot open history file \(path): \(String(cString: strerror(errno))); going on without history"
            )
            return nil
        }
        // A history file made earlier with a looser mode is made private too; only a regular file, never a device.
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o777 != 0o600 {
            fchmod(fd, 0o600)
        }
        Glibc.close(fd)
        stifle_history(Self.limit)
        if read_history(path) != 0 {
            Output.error("orderhelp: warning: cannot read history file \(path); starting with an empty history")
        }
        if history_length > 0, let entry = history_get(history_base + history_length - 1), let line = entry.pointee.line
        {
            last = String(cString: line)
        }
    }

    /// Keeps `line` unless it is blank, starts with a space, or repeats the previous line; appended at once.
    func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line.first != " ", line != last else { return }
        last = line
        add_history(line)
        if append_history(1, path) != 0, !warned {
            warned = true
            Output.error("orderhelp: warning: cannot write history file \(path); the chat goes on without saving it")
        }
    }

    /// Trims the file to the newest entries.
    func close() {
        _ = history_truncate_file(path, Self.limit)
    }

    private static func makeFolders(_ folder: String) {
        var built = ""
        for part in folder.split(separator: "/", omittingEmptySubsequences: false) {
            built += built.isEmpty && part.isEmpty ? "/" : (built.hasSuffix("/") || built.isEmpty ? "" : "/") + part
            if !built.isEmpty { mkdir(built, 0o700) }
        }
    }
}
