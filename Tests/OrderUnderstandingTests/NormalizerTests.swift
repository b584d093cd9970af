import Testing

@testable import OrderUnderstanding

struct NormalizerTests {
    @Test(
        "text becomes lowercase folded words",
        arguments: [
            ("How do I CANCEL my order?", ["how", "do", "i", "cancel", "my", "order"]),
            ("the seller hasn't replied", ["the", "seller", "has", "not", "replied"]),
            ("I can’t find it", ["i", "can", "not", "find", "it"]),
            ("it's shipped", ["it", "shipped"]),
            ("Commandé, reçu", ["commande", "recu"]),
            ("order #3021554477!", ["order", "3021554477"]),
            ("20/11", ["20", "11"]),
            ("abc123", ["abc", "123"]),
            ("!!!", []),
            ("", []),
        ])
    func tokens(text: String, expected: [String]) {
        #expect(Normalizer.tokens(text) == expected)
    }

    @Test(
        "sentences are cut at their marks, and a question mark says the sentence asks",
        arguments: [
            ("I paid. Can I cancel?", [0, 2], [false, true]),
            ("Really?! I paid", [0, 1], [true, false]),
            ("what!? no", [0, 1], [true, false]),
            ("it shipped. ok", [0, 2], [false, false]),
            ("? why", [0], [false]),
            ("no marks at all", [0], [false]),
        ])
    func questionSentences(text: String, starts: [Int], asks: [Bool]) {
        let read = Normalizer.sentences(text)
        #expect(read.starts == starts)
        #expect(read.asks == asks)
    }

    @Test("a very long line is cut, so its cost stays bounded")
    func longLinesAreCut() {
        let tokens = Normalizer.tokens(String(repeating: "ab ", count: 100_000))
        #expect(tokens.count <= Normalizer.maxCharacters / 2 + 1)
    }
}

struct StemmerTests {
    @Test(
        "word forms meet at one stem",
        arguments: [
            ["cancel", "cancelled", "cancelling", "cancels"], ["ship", "shipped", "shipping"],
            ["refund", "refunds", "refunded"], ["reply", "replies"], ["receive", "received"],
        ])
    func formsMeet(words: [String]) {
        #expect(Set(words.map(Stemmer.stem)).count == 1)
    }

    @Test("short words and words with digits are left alone", arguments: ["is", "cod", "7days"])
    func shortWordsStay(word: String) {
        #expect(Stemmer.stem(word) == word)
    }
}

struct SpellingCorrectorTests {
    let corrector = SpellingCorrector(vocabulary: ["cancel": 5, "order": 9, "refund": 4, "delivered": 2, "seller": 3])

    @Test(
        "misspellings one edit away are corrected, long words two",
        arguments: [
            ("cancle", "cancel"), ("refnud", "refund"), ("delivred", "delivered"), ("dellivred", "delivered"),
            ("seller", "seller"),
        ])
    func corrects(word: String, expected: String) {
        #expect(corrector.correct(word) == expected)
    }

    @Test(
        "short, far-off or absurdly long words are not corrected",
        arguments: ["ordr", "xyzzy", "banana", "cat", String(repeating: "cancel", count: 400)])
    func leavesAlone(word: String) {
        #expect(corrector.correct(word) == nil)
    }
}
