/// Display forms: the value as people should read it, without the noise of the feed.
enum DisplayText {
    /// `text` in Unicode NFC, trimmed, with every run of whitespace (tabs, newlines, non-breaking
    /// spaces) turned into one space. Case and punctuation are kept.
    ///
    /// Text that is already in that form (most values: see ``isClean(_:)``) is returned as it is,
    /// without allocating.
    static func clean(_ text: String) -> String {
        if text.withUTF8Bytes(isClean) { return text }
        var output: [UInt8] = []
        var composed = true
        text.withUTF8Bytes { bytes in
            output.reserveCapacity(bytes.count)
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
                if scalar >= 0x80 && !isComposedAlone(scalar) { composed = false }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
        }
        let cleaned = String(utf8Bytes: output)
        return composed ? cleaned : String(utf8Bytes: cleaned._nfcCodeUnits)
    }

    /// ``clean(_:)-(String)`` of a substring.
    static func clean(_ text: some StringProtocol) -> String {
        clean(String(text))
    }

    /// Whether `bytes` are already what ``clean(_:)`` makes of them: trimmed, single spaces, no
    /// other whitespace, and surely in NFC (``isComposedAlone(_:)`` for every scalar).
    ///
    /// - Complexity: one pass over the bytes; ASCII bytes cost a compare or two each.
    @inline(__always)
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        guard first != ASCII.space, last != ASCII.space else { return false }
        var previousSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == ASCII.space {
                    if previousSpace { return false }
                    previousSpace = true
                } else {
                    if byte >= 0x09 && byte <= 0x0D { return false }
                    previousSpace = false
                }
                index &+= 1
                continue
            }
            return isCleanTail(UnsafeBufferPointer(rebasing: bytes[index...]), previousSpace: previousSpace)
        }
        return true
    }

    /// ``isClean(_:)`` from the first non-ASCII byte on, scalar by scalar.
    private static func isCleanTail(_ bytes: UnsafeBufferPointer<UInt8>, previousSpace: Bool) -> Bool {
        var previousSpace = previousSpace
        var scalars = UTF8Scalars(bytes)
        while let scalar = scalars.next() {
            if scalar == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            if isWhitespace(scalar) || (scalar >= 0x80 && !isComposedAlone(scalar)) { return false }
        }
        return true
    }

    /// Whether text made of `scalar` and scalars like it is surely in NFC whatever comes before or
    /// after it: letters of Latin, Greek and Cyrillic that no canonical composition or
    /// decomposition changes, spacing modifiers and general punctuation. Combining marks (U+0300–
    /// U+036F and the other blocks) are what make Latin text not NFC; they, and every script not
    /// listed here, answer false (then the text is composed: a quick test that errs on the side
    /// of composing). U+0340–U+0344, U+0374, U+037E and U+0387 are left out: NFC replaces them.
    @inline(__always)
    static func isComposedAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x300, 0x370..<0x374, 0x375..<0x37E, 0x37F..<0x387, 0x388..<0x483, 0x48A..<0x530,
            0x2002..<0x2070:
            true
        default:
            false
        }
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
