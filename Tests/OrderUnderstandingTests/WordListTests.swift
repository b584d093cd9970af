import Foundation
import Testing

@testable import OrderUnderstanding

/// Word lists name each word once: a set literal silently drops a repeat, so a repeat is only noise that hides
/// what the list holds, and a word under two concepts silently means only the later one.
struct WordListTests {
    /// Every list literal made only of string literals (`["a", "b"]`, sets and arrays alike) in the sources.
    static func wordLists() throws -> [(place: String, words: [String])] {
        let sources = Fixtures.root.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.flatMap { file in
            let text = try String(contentsOf: file, encoding: .utf8)
            let name = file.path.replacingOccurrences(of: Fixtures.root.path + "/", with: "")
            return StringListScanner.lists(in: text).map { ("\(name):\($0.line)", $0.words) }
        }
    }

    @Test("no list of words in the sources names a word twice")
    func noRepeatsInWordLists() throws {
        let lists = try Self.wordLists()
        // The scan must see the lists it is meant to guard, or it proves nothing.
        #expect(lists.contains { $0.place.hasSuffix("Lexicon.swift:4") && $0.words.contains("whose") })
        #expect(lists.contains { $0.place.contains("SlotRules.swift") && $0.words.contains("according") })
        #expect(lists.count > 20)
        for list in lists {
            var seen: Set<String> = []
            let repeats = list.words.filter { !seen.insert($0).inserted }
            #expect(repeats.isEmpty, "\(list.place) repeats \(repeats)")
        }
    }

    @Test("each word stands for one concept")
    func conceptWordsOnce() {
        var owner: [String: String] = [:]
        for (concept, words) in Lexicon.conceptWords {
            for word in words.split(separator: " ").map(String.init) {
                #expect(owner[word] == nil, "\"\(word)\" is under \(owner[word] ?? "") and \(concept)")
                owner[word] = concept
            }
        }
        #expect(owner.count == Lexicon.concepts.count)
    }

    @Test("the scanner finds lists of string literals, comments and all, and nothing else")
    func scanner() {
        let text = """
            let a: Set<String> = [
                "x", "y", // a comment with "quotes", and a comma
                "x",
            ]
            let b = f(["p", q])
            let c = "[\\"not\\", \\"a list\\"]"
            let d = ["k": "v"]
            """
        let lists = StringListScanner.lists(in: text)
        #expect(lists.map(\.words) == [["x", "y", "x"]])
        #expect(lists.first?.line == 1)
    }
}

/// Finds list literals whose elements are all plain string literals in Swift source text.
enum StringListScanner {
    static func lists(in text: String) -> [(line: Int, words: [String])] {
        let chars = Array(text.unicodeScalars)
        var found: [(line: Int, words: [String])] = []
        var i = 0
        var line = 1
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                line += 1
                i += 1
                continue
            }
            if c == "/", i + 1 < chars.count, chars[i + 1] == "/" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "\"" {
                i = skipString(chars, from: i).end
                continue
            }
            if c == "[", let words = parseList(chars, from: i + 1) { found.append((line, words)) }
            i += 1
        }
        return found
    }

    /// The end of the string literal starting at `start` and its content (escapes kept as written).
    private static func skipString(_ chars: [Unicode.Scalar], from start: Int) -> (end: Int, content: String) {
        if start + 2 < chars.count, chars[start + 1] == "\"", chars[start + 2] == "\"" {  // a multi-line string
            var j = start + 3
            while j + 2 < chars.count, !(chars[j] == "\"" && chars[j + 1] == "\"" && chars[j + 2] == "\"") { j += 1 }
            return (min(j + 3, chars.count), "")
        }
        var j = start + 1
        var content = String.UnicodeScalarView()
        while j < chars.count, chars[j] != "\"", chars[j] != "\n" {
            if chars[j] == "\\", j + 1 < chars.count {
                content.append(chars[j])
                j += 1
            }
            content.append(chars[j])
            j += 1
        }
        return (j + 1, String(content))
    }

    /// The words of a list of string literals whose `[` is just before `start`; nil if it is anything else.
    private static func parseList(_ chars: [Unicode.Scalar], from start: Int) -> [String]? {
        var words: [String] = []
        var j = start
        var expectingWord = true
        while j < chars.count {
            let c = chars[j]
            if c == " " || c == "\n" || c == "\t" {
                j += 1
                continue
            }
            if c == "/", j + 1 < chars.count, chars[j + 1] == "/" {
                while j < chars.count, chars[j] != "\n" { j += 1 }
                continue
            }
            if c == "]" { return words.isEmpty ? nil : words }
            if expectingWord, c == "\"" {
                if j + 1 < chars.count, chars[j + 1] == "\"" { return nil }  // empty or multi-line: not a word list
                let (end, content) = skipString(chars, from: j)
                words.append(content)
                j = end
                expectingWord = false
                continue
            }
            if !expectingWord, c == "," {
                expectingWord = true
                j += 1
                continue
            }
            return nil
        }
        return nil
    }
}
