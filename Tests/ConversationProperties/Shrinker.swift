/// Makes a failing conversation short enough to read: drops lines, then words, as long as it still fails.
public enum Shrinker {
    /// The smallest conversation found from `lines` for which `fails` holds, trying at most `budget` candidates.
    public static func shrink(_ lines: [String], budget: Int = 300, fails: ([String]) -> Bool) -> [String] {
        var current = lines
        var left = budget
        func tries(_ candidate: [String]) -> Bool {
            guard left > 0 else { return false }
            left -= 1
            return fails(candidate)
        }
        // Whole lines first, in chunks that halve (delta debugging).
        var chunk = max(current.count / 2, 1)
        while left > 0 {
            var removed = false
            var start = 0
            while start < current.count {
                var candidate = current
                candidate.removeSubrange(start..<min(start + chunk, current.count))
                if tries(candidate) {
                    current = candidate
                    removed = true
                } else {
                    start += chunk
                }
            }
            if !removed {
                if chunk == 1 { break }
                chunk = max(chunk / 2, 1)
            }
        }
        // Then the words of each line: halves of a long line, then one word at a time.
        for index in current.indices {
            var words = current[index].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            while words.count > 8 {
                let halves = [Array(words.prefix(words.count / 2)), Array(words.suffix(words.count - words.count / 2))]
                guard
                    let shorter = halves.first(where: { half in
                        var candidate = current
                        candidate[index] = half.joined(separator: " ")
                        return tries(candidate)
                    })
                else { break }
                words = shorter
                current[index] = words.joined(separator: " ")
            }
            var word = 0
            while word < words.count, words.count > 1 {
                var fewer = words
                fewer.remove(at: word)
                var candidate = current
                candidate[index] = fewer.joined(separator: " ")
                if tries(candidate) {
                    words = fewer
                    current = candidate
                } else {
                    word += 1
                }
            }
        }
        return current
    }
}
