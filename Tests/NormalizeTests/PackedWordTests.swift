import GoldenCore
import Testing

@testable import Normalize

@Suite("Packed words and allocation-free keys")
struct PackedWordTests {
    /// The allocation-free key is the comparison key, wherever it gives one.
    @Test(arguments: [
        "St. John's", "Müller-Lüdenscheidt", "ÆRØSKØBING", "Łódź", "Ação", "naïve café", "Straße",
        "  a  b ", "", "---", "U.S.A.", "Saint-Étienne", "x×y", "Дмитрий", "O\u{2019}Brien", "Jose\u{301}",
    ])
    func latinKeyMatchesComparisonKey(text: String) {
        let fast = text.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> String? in
                ComparisonKey.writeLatin(bytes, into: buffer).map {
                    String(decoding: UnsafeBufferPointer(rebasing: buffer[..<$0]), as: UTF8.self)
                }
            }
        }
        if let fast { #expect(fast == ComparisonKey.make(text)) }
        let isLatin = text.unicodeScalars.allSatisfy { $0.value < 0x80 || (0xC0..<0x250).contains($0.value) && $0 != "×" }
        #expect((fast != nil) == isLatin)
    }

    @Test func tableFindsEveryKeyAndNothingElse() {
        let words = (0..<500).map { "w\($0)" } + ["a", "straße", "sixteen-bytes-xx"]
        let table = PackedWordTable(words.enumerated().map { (PackedWord($1), $0) })
        for (index, word) in words.enumerated() { #expect(table[PackedWord(word)] == index) }
        for missing in ["w500", "b", "strasse", "sixteen-bytes-xy", "w"] { #expect(table[PackedWord(missing)] == nil) }
    }

    @Test func packedWordsOfDifferentLengthsDiffer() {
        #expect(PackedWord("ab") != PackedWord("abc"))
        #expect(PackedWord("abcdefgh") != PackedWord("abcdefghi"))
        let tooLong = Array("seventeen-bytes-x".utf8)
        #expect(tooLong.withUnsafeBufferPointer { PackedWord($0) } == nil)
    }

    /// Odd input never crashes and still gives a key.
    @Test(arguments: [
        String(repeating: "12 Very Long Street Name ", count: 40),
        "İSTANBUL CADDESİ 5", "🏠 12 High St 🏠", "12 rue de l'Église", "١٢ شارع", "a-b-c-d-e-f-g-h-i-j-k",
        "1-2-3-4-5", "####", ",,,12,,,", "12\u{0301} Main\u{00A0}St",
    ])
    func oddLines(line: String) {
        var findings: [Finding] = []
        let parsed = StreetLine.parse(line1: line, line2: nil, country: nil, findings: &findings)
        #expect(parsed.streetKey != nil || !findings.isEmpty)
    }
}
