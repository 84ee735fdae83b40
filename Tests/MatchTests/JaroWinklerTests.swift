import Testing

@testable import Match

/// One Jaro–Winkler case: two strings and their Jaro and Jaro–Winkler similarities.
struct SimilarityCase: Sendable, CustomTestStringConvertible {
    var a: String
    var b: String
    var jaro: Double
    var jaroWinkler: Double

    init(_ a: String, _ b: String, _ jaro: Double, _ jaroWinkler: Double) {
        self.a = a
        self.b = b
        self.jaro = jaro
        self.jaroWinkler = jaroWinkler
    }

    var testDescription: String { "\(a) / \(b)" }
}

@Suite("Jaro–Winkler")
struct JaroWinklerTests {
    static let long1 = String(repeating: "abcdefghijklmnopqrstuvwxyz", count: 3)
    static let long2 = String(repeating: "abcdefghijklmnopqrstuvwxyz", count: 2) + "abcdefghijklmnopqrstuvwxzy"

    /// Winkler's published values (the first three and the rows from his 1990 table) and edge cases.
    static let cases: [SimilarityCase] = [
        .init("MARTHA", "MARHTA", 0.944444, 0.961111),
        .init("DWAYNE", "DUANE", 0.822222, 0.84),
        .init("DIXON", "DICKSONX", 0.766667, 0.813333),
        .init("shackleford", "shackelford", 0.969697, 0.981818),
        .init("dunningham", "cunnigham", 0.896296, 0.896296),
        .init("nichleson", "nichulson", 0.925926, 0.955556),
        .init("jones", "johnson", 0.790476, 0.832381),
        .init("massey", "massie", 0.888889, 0.933333),
        .init("abroms", "abrams", 0.888889, 0.922222),
        .init("hardin", "martinez", 0.722222, 0.722222),
        .init("itman", "smith", 0.466667, 0.466667),
        .init("jeraldine", "geraldine", 0.925926, 0.925926),
        .init("michelle", "michael", 0.869048, 0.921429),
        .init("julies", "julius", 0.888889, 0.933333),
        .init("tanya", "tonya", 0.866667, 0.88),
        .init("sean", "susan", 0.783333, 0.805),
        .init("jon", "john", 0.916667, 0.933333),
        .init("JELLYFISH", "SMELLYFISH", 0.896296, 0.896296),
        // Identical, empty, one byte, nothing shared, a transposition outside the window.
        .init("martha", "martha", 1, 1),
        .init("", "", 1, 1),
        .init("a", "", 0, 0),
        .init("a", "a", 1, 1),
        .init("a", "b", 0, 0),
        .init("abc", "xyz", 0, 0),
        .init("ab", "ba", 0, 0),
        // Below the boost threshold: no prefix bonus even with a shared first letter.
        .init("crate", "trace", 0.733333, 0.733333),
        // Non-ASCII bytes compared as bytes: `ü` is two bytes.
        .init("müller", "muller", 0.849206, 0.864286),
        // Longer than 64 bytes: the flags in a buffer instead of machine words.
        .init(long1, long2, 0.995726, 0.997436),
        .init(
            "kristina svensson jonsdottir andersson karlsson", "kristina svenson jonsdottir andersen karlson",
            0.86328, 0.917968),
    ]

    @Test("Known values, both argument orders", arguments: cases)
    func knownValues(_ row: SimilarityCase) {
        #expect(close(JaroWinkler.jaro(row.a, row.b), row.jaro))
        #expect(close(JaroWinkler.similarity(row.a, row.b), row.jaroWinkler))
        #expect(close(JaroWinkler.jaro(row.b, row.a), row.jaro))
        #expect(close(JaroWinkler.similarity(row.b, row.a), row.jaroWinkler))
    }

    @Test("The byte-buffer API gives the String API's values", arguments: cases)
    func bytesMatchStrings(_ row: SimilarityCase) {
        var a = Array(row.a.utf8), b = Array(row.b.utf8)
        let score = a.withUnsafeMutableBufferPointer { x in
            b.withUnsafeMutableBufferPointer { y in
                JaroWinkler.similarity(UnsafeBufferPointer(x), UnsafeBufferPointer(y))
            }
        }
        #expect(score == JaroWinkler.similarity(row.a, row.b))
    }

    @Test(
        "The prefix scale sets the bonus",
        arguments: [
            ("MARTHA", "MARHTA", 0.2, 0.977778),
            ("DIXON", "DICKSONX", 0.2, 0.86),
            ("MARTHA", "MARHTA", 0.0, 0.944444),
            ("massey", "massie", 0.25, 1.0),
        ])
    func prefixScale(_ a: String, _ b: String, _ scale: Double, _ expected: Double) {
        #expect(close(JaroWinkler.similarity(a, b, prefixScale: scale), expected))
    }

    @Test("The prefix bonus counts at most four bytes")
    func prefixOfFour() {
        // `abcdex` / `abcdey` share 5 leading bytes; the bonus is that of 4.
        let jaro = JaroWinkler.jaro("abcdex", "abcdey")
        #expect(close(JaroWinkler.similarity("abcdex", "abcdey"), jaro + 0.4 * (1 - jaro)))
    }
}
