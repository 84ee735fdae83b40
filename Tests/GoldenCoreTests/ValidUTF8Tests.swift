import GoldenCore
import Testing

struct ValidUTF8Tests {
    /// Byte sequences and whether they are valid UTF-8: the answer must be the standard
    /// library's `String(validating:as:)`, text included.
    @Test(arguments: [
        ([], true), (Array("plain ascii 123".utf8), true), (Array("café".utf8), true),
        (Array("Łódź – 東京 🎉".utf8), true),
        // U+FFFD as it is: valid, and not mistaken for a repair.
        ([0xEF, 0xBF, 0xBD], true), ([0x61, 0xEF, 0xBF, 0xBD, 0x62], true),
        ([0xFF], false), ([0xC3], false), ([0x61, 0xC3], false), ([0x80], false),
        ([0xC0, 0xAF], false), ([0xE0, 0x80, 0xAF], false), ([0xED, 0xA0, 0x80], false),
        ([0xF4, 0x90, 0x80, 0x80], false), ([0xF0, 0x9F, 0x8E], false), ([0x61, 0xFE, 0x62], false),
    ] as [([UInt8], Bool)])
    func agreesWithTheStandardLibrary(bytes: [UInt8], valid: Bool) {
        let text = bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
        #expect((text != nil) == valid)
        #expect(text == String(validating: bytes, as: UTF8.self))
    }
}
