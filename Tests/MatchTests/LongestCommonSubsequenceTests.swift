import Testing

@testable import Match

@Suite("Longest common subsequence")
struct LongestCommonSubsequenceTests {
    static let cases: [(String, String, Int)] = [
        ("", "", 0), ("abc", "", 0), ("high st", "hihg st", 6), ("abcde", "ace", 3), ("ace", "abcde", 3),
        ("aaaa", "aa", 2), ("12 high st", "high st 12", 7), ("xyz", "abc", 0),
        (String(repeating: "ab", count: 32), String(repeating: "ba", count: 32), 63),
        (String(repeating: "abc", count: 30), String(repeating: "abc", count: 30), 90),
    ]

    @Test("known lengths, both argument orders", arguments: cases)
    func knownLengths(x: String, y: String, length: Int) {
        String.withKeyBytes(x, y) { a, b in
            #expect(LongestCommonSubsequence.length(a, b) == length)
            #expect(LongestCommonSubsequence.length(b, a) == length)
            #expect(LongestCommonSubsequence.tableLength(a, b) == length)
        }
    }

    @Test("the word-parallel length is the table's, for strings of up to 64 bytes and longer", arguments: [1, 2, 26])
    func matchesTheTable(alphabet: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(alphabet)
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<500 {
            let x = (0..<Int(next() % 80)).map { _ in UInt8(97 + Int(next()) % alphabet) }
            let y = (0..<Int(next() % 80)).map { _ in UInt8(97 + Int(next()) % alphabet) }
            x.withUnsafeBufferPointer { a in
                y.withUnsafeBufferPointer { b in
                    #expect(LongestCommonSubsequence.length(a, b) == LongestCommonSubsequence.tableLength(a, b))
                }
            }
        }
    }
}
