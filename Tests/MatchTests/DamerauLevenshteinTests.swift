import Testing

@testable import Match

@Suite("Damerau–Levenshtein (optimal string alignment)")
struct DamerauLevenshteinTests {
    static let longA = "x" + String(repeating: "abcdefghijklmnopqrstuvwxyz0123456789", count: 2)
    static let longB = String(repeating: "abcdefghijklmnopqrstuvwxyz0123456789", count: 2) + "y"

    @Test(
        "Distances, both argument orders",
        arguments: [
            ("", "", 0), ("abc", "", 3), ("john", "john", 0),
            // One edit of each kind.
            ("jonh", "john", 1), ("ab", "ba", 1), ("martha", "marhta", 1), ("1978", "1987", 1),
            ("smith", "smyth", 1), ("smith", "smithe", 1), ("smith", "mith", 1), ("a", "b", 1),
            ("williams", "wiliams", 1),
            // Several.
            ("dwayne", "duane", 2), ("smith", "smythe", 2), ("kitten", "sitting", 3), ("saturday", "sunday", 3),
            ("abcdef", "badcfe", 3), ("catherine", "kathryn", 4), ("abcdefghij", "jihgfedcba", 9),
            ("aaaa", "bbbbbbbb", 8),
            // No substring is edited twice: `ca` → `abc` is 3 in OSA (2 in unrestricted Damerau).
            ("ca", "abc", 3),
            // `ü` is two bytes, so replacing it costs two.
            ("müller", "muller", 2),
            (longA, longB, 2),
        ])
    func distances(_ a: String, _ b: String, _ expected: Int) {
        #expect(DamerauLevenshtein.distance(a, b) == expected)
        #expect(DamerauLevenshtein.distance(b, a) == expected)
    }

    @Test(
        "A cap returns the distance within it, and cap + 1 beyond",
        arguments: [
            ("smith", "smythe", 1, 2), ("smith", "smythe", 2, 2), ("kitten", "sitting", 2, 3),
            ("kitten", "sitting", 3, 3), ("aaaa", "bbbbbbbb", 2, 3), ("abcdefghij", "jihgfedcba", 0, 1),
            ("", "abc", 5, 3), ("jonh", "john", 0, 1), ("john", "john", 0, 0), ("abcdefghij", "jihgfedcba", 4, 5),
        ])
    func capped(_ a: String, _ b: String, _ cap: Int, _ expected: Int) {
        #expect(DamerauLevenshtein.distance(a, b, maxDistance: cap) == expected)
        #expect(DamerauLevenshtein.distance(b, a, maxDistance: cap) == expected)
    }

    /// The banded, capped, affix-trimmed computation against the textbook full table, on
    /// pseudo-random strings over a small alphabet (so that transpositions and shared affixes
    /// are common), for every cap from 0 to past the distance.
    @Test("Agrees with the full table on 2,000 random pairs, every cap")
    func agreesWithReference() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func word() -> [UInt8] { (0..<Int(next() % 12)).map { _ in UInt8(ascii: "a") + UInt8(next() % 4) } }
        for _ in 0..<2000 {
            let a = word(), b = word()
            let expected = reference(a, b)
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    #expect(DamerauLevenshtein.distance(x, y) == expected)
                    for cap in 0...(expected + 1) {
                        #expect(DamerauLevenshtein.distance(x, y, maxDistance: cap) == min(expected, cap + 1))
                    }
                    #expect(DamerauLevenshtein.isWithin(x, y, maxDistance: expected))
                }
            }
        }
    }

    /// The optimal string alignment distance by the full (n+1)×(m+1) table.
    private func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let n = a.count, m = b.count
        var d = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { d[i][0] = i }
        for j in 0...m { d[0][j] = j }
        for i in stride(from: 1, through: n, by: 1) {
            for j in stride(from: 1, through: m, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[n][m]
    }
}
