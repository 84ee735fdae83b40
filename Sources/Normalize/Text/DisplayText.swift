/// Display forms: the value as people should read it, without the noise of the feed.
enum DisplayText {
    /// `text` in Unicode NFC, trimmed, with every run of whitespace (tabs, newlines, non-breaking
    /// spaces) turned into one space. Case and punctuation are kept.
    static func clean(_ text: some StringProtocol) -> String {
        let string = String(text)
        var output: [UInt8] = []
        output.reserveCapacity(string.utf8.count)
        var hasNonASCII = false
        string.withUTF8Bytes { bytes in
            var pendingSpace = false
            var scalars = UTF8Scalars(bytes)
            var start = 0
            while let scalar = scalars.next() {
                let end = scalars.position
                defer { start = end }
                if isWhitespace(scalar) {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if pendingSpace {
                    output.append(ASCII.space)
                    pendingSpace = false
                }
                if scalar >= 0x80 { hasNonASCII = true }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
        }
        let cleaned = String(utf8Bytes: output)
        return hasNonASCII ? String(utf8Bytes: cleaned._nfcCodeUnits) : cleaned
    }

    /// Whether `scalar` is whitespace or an invisible format character.
    @inline(__always)
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            true
        default: false
        }
    }
}
