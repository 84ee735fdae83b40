// Strings: read in place when they hold no escape (nearly always: the writers escape only
// quotes, backslashes and control characters), decoded into a scratch buffer when they do.

extension JSONCursor {
    /// A string's bytes between its quotes, escapes as written, and whether it has any.
    /// Raw control characters are malformed, as in Foundation, unless `skipping` (Foundation
    /// lets them be in a value nothing reads).
    mutating func scanString(skipping: Bool = false) throws(GoldenError) -> (raw: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        try expect(UInt8(ascii: "\""))
        let start = index
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index &+= 1 }
                return (UnsafeBufferPointer(rebasing: bytes[start..<index]), escaped)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index &+= 2
            } else {
                guard byte >= 0x20 || skipping else { throw failure }
                index &+= 1
            }
        }
        throw failure
    }

    /// A string's bytes between its quotes, escapes as written.
    package mutating func rawString() throws(GoldenError) -> UnsafeBufferPointer<UInt8> {
        try scanString().raw
    }

    /// A string without escapes (source names, ISO 8601 times), as a `String`; an escape is
    /// malformed here.
    package mutating func plainString() throws(GoldenError) -> String {
        let (raw, escaped) = try scanString()
        guard !escaped else { throw failure }
        return String(decoding: raw, as: UTF8.self)
    }

    /// Any string, its escapes decoded.
    package mutating func string() throws(GoldenError) -> String {
        try withString { (utf8) throws(GoldenError) in String(decoding: utf8, as: UTF8.self) }
    }

    /// Calls `body` with a string's UTF-8 bytes, its escapes decoded: in place when it has none.
    package mutating func withString<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(GoldenError) -> Result
    ) throws(GoldenError) -> Result {
        let (raw, escaped) = try scanString()
        guard escaped else { return try body(raw) }
        guard let decoded = Self.unescaped(raw) else { throw failure }
        return try decoded.withUnsafeBufferPointer { (utf8) throws(GoldenError) in try body(utf8) }
    }

    /// The bytes of a string's inside with its escapes decoded (`\"`, `\\`, `\/`, `\b`, `\f`,
    /// `\n`, `\r`, `\t`, `\uXXXX` with surrogate pairs), or `nil` when an escape is malformed
    /// or a surrogate stands alone (Foundation refuses both).
    package static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index &+= 1
                continue
            }
            guard index + 1 < raw.count else { return nil }
            let escape = raw[index + 1]
            index &+= 2
            if let byte = Self.escapedByte(escape) {
                out.append(byte)
                continue
            }
            guard escape == UInt8(ascii: "u") else { return nil }
            guard var scalar = hex4(raw, at: index) else { return nil }
            index &+= 4
            if (0xDC00..<0xE000).contains(scalar) { return nil }
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by `\u` and a low one.
                guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u"),
                    let low = hex4(raw, at: index + 2), (0xDC00..<0xE000).contains(low)
                else { return nil }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                index &+= 6
            }
            guard let unicode = Unicode.Scalar(scalar) else { return nil }
            UTF8.encode(unicode) { out.append($0) }
        }
        return out
    }

    /// The byte a one-letter JSON escape stands for (`n`: a line feed, `"`: a quote), or `nil`
    /// for `u` and letters that are no escape.
    package static func escapedByte(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The value of the four hex digits at `offset`, or `nil`.
    private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
        guard offset >= 0, raw.count - offset >= 4 else { return nil }
        var value: UInt32 = 0
        for byte in raw[offset..<offset + 4] {
            // Escapes are rare: `Character`'s own reading of hex digits will do.
            guard byte < 0x80, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
