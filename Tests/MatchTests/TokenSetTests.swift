import Testing

@testable import Match

@Suite("Token sets")
struct TokenSetTests {
    @Test(
        "Jaccard and token-set ratio, both argument orders",
        arguments: [
            // Containment and word order.
            ("van der berg", "berg", 0.333333, 1.0),
            ("12 high st", "high st 12", 1.0, 1.0),
            ("john smith", "smith john", 1.0, 1.0),
            ("garcia lopez", "lopez garcia", 1.0, 1.0),
            ("flat 2 155 london rd", "155 london rd", 0.6, 1.0),
            // Repeated words and runs of spaces do not count.
            ("the the the", "the", 1.0, 1.0),
            ("john  smith", "john smith", 1.0, 1.0),
            (" john smith ", "john smith", 1.0, 1.0),
            // Words that differ a little: the ratio sees the letters, Jaccard only whole words.
            ("12 high st", "12 high street", 0.5, 0.833333),
            ("mary ann", "mary anne", 0.333333, 0.941176),
            ("london rd", "london road", 0.333333, 0.9),
            ("anne marie", "marie claire", 0.333333, 0.727273),
            ("mariners vs angels", "los angeles angels of anaheim at seattle mariners", 0.222222, 0.909091),
            // Nothing shared, empty values.
            ("abc", "xyz", 0.0, 0.0),
            ("", "", 1.0, 1.0),
            ("a", "", 0.0, 0.0),
            ("   ", "", 1.0, 1.0),
        ])
    func scores(_ a: String, _ b: String, _ jaccard: Double, _ ratio: Double) {
        #expect(close(TokenSet.jaccard(a, b), jaccard))
        #expect(close(TokenSet.jaccard(b, a), jaccard))
        #expect(close(TokenSet.ratio(a, b), ratio))
        #expect(close(TokenSet.ratio(b, a), ratio))
    }

    @Test("Words are split on spaces, deduplicated and sorted")
    func sortedWords() {
        let text = "st  high 12 high"
        let words: [String] = text.withKeyBytes { bytes in
            TokenSet.withSortedWords(bytes) { words in
                words.map { String(decoding: TokenSet.slice($0, bytes), as: UTF8.self) }
            }
        }
        #expect(words == ["12", "high", "st"])
    }
}
