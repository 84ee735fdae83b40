/// Finding the address inside what a feed wrote in an e-mail field.
enum EmailTrim {
    /// The address in `bytes`: surrounding whitespace (also no-break and zero-width spaces), a
    /// `mailto:` prefix, and enclosing quotes or brackets removed, as often as they nest
    /// (`  <mailto:john@x.com> ` → `john@x.com`); a display name before `<…>` is dropped
    /// (`John Smith <john@x.com>` → `john@x.com`).
    static func address(in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var low = 0
        var high = bytes.count
        while true {
            while low < high, let width = spaceWidth(bytes, at: low) { low &+= width }
            while low < high, let width = spaceWidthBefore(bytes, end: high, floor: low) { high &-= width }
            guard high - low >= 2 else { break }
            if high - low > 7, hasMailtoPrefix(bytes, at: low) {
                low &+= 7
                continue
            }
            if encloses(bytes[low], bytes[high &- 1]) {
                low &+= 1
                high &-= 1
                continue
            }
            if bytes[high &- 1] == UInt8(ascii: ">"),
                let open = (low..<(high &- 1)).last(where: { bytes[$0] == UInt8(ascii: "<") })
            {
                low = open &+ 1
                high &-= 1
                continue
            }
            break
        }
        return UnsafeBufferPointer(rebasing: bytes[low..<max(low, high)])
    }

    /// Whether `open` and `close` are a pair that may enclose an address.
    @inline(__always)
    private static func encloses(_ open: UInt8, _ close: UInt8) -> Bool {
        switch (open, close) {
        case (UInt8(ascii: "<"), UInt8(ascii: ">")), (UInt8(ascii: "\""), UInt8(ascii: "\"")),
            (UInt8(ascii: "'"), UInt8(ascii: "'")), (UInt8(ascii: "("), UInt8(ascii: ")")),
            (UInt8(ascii: "["), UInt8(ascii: "]")):
            true
        default: false
        }
    }

    private static func hasMailtoPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start
        for expected in "mailto:".utf8 {
            guard ASCII.lower(bytes[index]) == expected else { return false }
            index &+= 1
        }
        return true
    }

    /// The byte length of the whitespace character starting at `index`, if there is one.
    @inline(__always)
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 { return ASCII.isSpace(byte) ? 1 : nil }
        var scalars = UTF8Scalars(UnsafeBufferPointer(rebasing: bytes[index...]))
        guard let scalar = scalars.next(), DisplayText.isWhitespace(scalar) else { return nil }
        return scalars.position
    }

    /// The byte length of the whitespace character ending at `end`, if there is one.
    @inline(__always)
    private static func spaceWidthBefore(_ bytes: UnsafeBufferPointer<UInt8>, end: Int, floor: Int) -> Int? {
        let last = bytes[end &- 1]
        if last < 0x80 { return ASCII.isSpace(last) ? 1 : nil }
        var start = end &- 1
        while start > floor, bytes[start] & 0xC0 == 0x80 { start &-= 1 }
        guard let width = spaceWidth(bytes, at: start), start &+ width == end else { return nil }
        return width
    }
}
