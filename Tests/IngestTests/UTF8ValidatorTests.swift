import Ingest
import Testing

@Suite struct UTF8ValidatorTests {
    @Test(arguments: [
        [], Array("plain ASCII, long enough to take the eight-byte path".utf8), Array("é € 𝄞 名".utf8),
        [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
        [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    ] as [[UInt8]])
    func wellFormed(bytes: [UInt8]) {
        #expect(offset(bytes) == nil)
    }

    @Test(arguments: [
        ([0x80], 0),  // stray continuation byte
        ([0x61, 0xBF], 1),
        ([0xC0, 0xAF], 0),  // overlong '/'
        ([0xC1, 0xBF], 0),
        ([0xE0, 0x80, 0xAF], 0),  // overlong three-byte
        ([0xF0, 0x80, 0x80, 0xAF], 0),  // overlong four-byte
        ([0xED, 0xA0, 0x80], 0),  // UTF-16 surrogate U+D800
        ([0xED, 0xBF, 0xBF], 0),  // surrogate U+DFFF
        ([0xF4, 0x90, 0x80, 0x80], 0),  // U+110000
        ([0xF5, 0x80, 0x80, 0x80], 0),
        ([0xFF], 0),
        ([0x61, 0x62, 0xC3], 2),  // cut short at the end
        ([0xE2, 0x82], 0),
        ([0xF0, 0x9F, 0x98], 0),
        ([0xE2, 0x28, 0xA1], 0),  // bad continuation
        ([0xC3, 0xA9, 0xC3, 0x41], 2),
        (Array(repeating: 0x61, count: 17) + [0xFE], 17),  // after the eight-byte fast path
    ] as [([UInt8], Int)])
    func illFormed(bytes: [UInt8], expected: Int) {
        #expect(offset(bytes) == expected)
    }

    /// Agrees with the standard library's validation on random bytes biased towards UTF-8 lead
    /// and continuation bytes.
    @Test func agreesWithTheStandardLibrary() {
        var random = SplitMix64(state: 7)
        let alphabet: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &random)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &random)! }
            let valid = bytes.withUnsafeBytes { UTF8Validator.isValid($0) }
            #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test(arguments: [([], true), (Array("sixteen bytes!!!".utf8), true), (Array("fifteen bytes é".utf8), false), ([0x80], false)] as [([UInt8], Bool)])
    func asciiCheck(bytes: [UInt8], expected: Bool) {
        #expect(bytes.withUnsafeBytes { UTF8Validator.isASCII($0) } == expected)
    }

    private func offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { UTF8Validator.firstInvalidOffset(in: $0) }
    }
}
