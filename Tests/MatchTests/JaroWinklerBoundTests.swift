import Testing

@testable import Match

@Suite("Jaro–Winkler upper bounds")
struct JaroWinklerBoundTests {
    /// Names, addresses and e-mails alike and unlike, repeated letters, a non-ASCII key, a
    /// string longer than 64 bytes, and strings that share only their byte classes.
    static let values = [
        "martha", "marhta", "dwayne", "duane", "dixon", "dicksonx", "jones", "johnson", "smith", "smyth",
        "schmidt", "aaaaaa", "aa", "a", "b", "ab", "ba", "12 high st", "high st 12", "12 high street",
        "john.smith@gmail.com", "jon.smith@gmail.com", "mary.jones@gmail.com", "jsmith@yahoo.com",
        "m\u{00FC}ller", "mu\u{0308}ller", "müller", String(repeating: "abcdefghij", count: 8),
        // `a` (0x61) and `!` (0x21) share their low 6 bits.
        "aaa", "!!!", "a!a",
    ]

    static var pairs: [(String, String)] { values.flatMap { a in values.map { (a, $0) } } }

    @Test("never below the similarity", arguments: [0.1, 0.25])
    func boundsTheSimilarity(prefixScale: Double) {
        for (a, b) in Self.pairs {
            String.withKeyBytes(a, b) { x, y in
                let similarity = JaroWinkler.similarity(x, y, prefixScale: prefixScale)
                let bound = JaroWinkler.upperBound(x, y, prefixScale: prefixScale)
                #expect(similarity <= bound + 1e-12, "\(a) / \(b): \(similarity) > \(bound)")
            }
        }
    }

    @Test("the bound from byte classes and lengths alone is never below the similarity either")
    func classBoundsTheSimilarity() {
        for (a, b) in Self.pairs where !a.isEmpty && !b.isEmpty {
            String.withKeyBytes(a, b) { x, y in
                let bound = ContactColumns.classBound(Self.email(x), Self.email(y))
                #expect(JaroWinkler.similarity(x, y) <= bound + 1e-12, "\(a) / \(b)")
                #expect(JaroWinkler.upperBound(x, y) <= bound + 1e-12, "\(a) / \(b)")
            }
        }
    }

    @Test("unrelated values are told apart without the similarity, related ones are not")
    func skipsUnrelatedValues() {
        String.withKeyBytes("john.smith@gmail.com", "mary.jones@gmail.com") { x, y in
            #expect(JaroWinkler.upperBound(x, y) < 0.97 - JaroWinkler.boundMargin)
        }
        String.withKeyBytes("john.smith@gmail.com", "jonh.smith@gmail.com") { x, y in
            #expect(JaroWinkler.upperBound(x, y) >= 0.97)
            var similarity: Double?, bound: Double?
            #expect(JaroWinkler.reaches(0.97, x, y, similarity: &similarity, bound: &bound))
            #expect(similarity == JaroWinkler.similarity(x, y))
        }
    }

    /// An address's length and byte classes, as a scoring table keeps them.
    static func email(_ bytes: UnsafeBufferPointer<UInt8>) -> EmailValue {
        var classes: UInt64 = 0
        for byte in bytes { classes |= 1 << UInt64(byte & 63) }
        return EmailValue(address: 0, start: 0, length: Int32(bytes.count), localPart: -1, classes: classes)
    }
}
