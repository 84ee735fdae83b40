/// Byte-level helpers for mapped values: they read UTF-8 in place and build no `String`, so a
/// row's values are trimmed, split and parsed before the one `String` that is stored is made.
enum UTF8Text {
    /// `bytes` without spaces, tabs, line ends and no-break spaces (U+00A0) at either end: the
    /// bytes of `String.trimmedValue` for valid UTF-8.
    ///
    /// - Complexity: O(*k*) in the number of bytes trimmed.
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0
        var end = bytes.count
        while start < end {
            let byte = bytes[start]
            if isSpace(byte) {
                start += 1
            } else if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while end > start {
            let byte = bytes[end - 1]
            if isSpace(byte) {
                end -= 1
            } else if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether every byte is ASCII.
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }

    /// Whether splitting on `separator` byte by byte finds the same parts as splitting by
    /// `Character`: true when both are ASCII and the separator has no line end (`\r\n` is one
    /// `Character`).
    static func canSplitBytes(_ bytes: UnsafeRawBufferPointer, on separator: UnsafeRawBufferPointer) -> Bool {
        isASCII(separator) && !separator.contains(0x0A) && !separator.contains(0x0D) && isASCII(bytes)
    }

    /// Part `index` of `bytes` split on every occurrence of `separator`, left to right
    /// (`String.components(separatedBy:)`); a negative index counts from the end. Nil when there
    /// is no such part. An empty separator leaves `bytes` whole.
    static func part(
        _ index: Int, of bytes: UnsafeRawBufferPointer, separatedBy separator: UnsafeRawBufferPointer
    ) -> UnsafeRawBufferPointer? {
        guard !separator.isEmpty else { return index == 0 || index == -1 ? bytes : nil }
        var wanted = index
        if index < 0 {
            var count = 1
            var position = 0
            while let match = firstMatch(of: separator, in: bytes, from: position) {
                count += 1
                position = match + separator.count
            }
            wanted = count + index
            guard wanted >= 0 else { return nil }
        }
        var start = 0
        var current = 0
        while let match = firstMatch(of: separator, in: bytes, from: start) {
            if current == wanted { return UnsafeRawBufferPointer(rebasing: bytes[start..<match]) }
            current += 1
            start = match + separator.count
        }
        return current == wanted ? UnsafeRawBufferPointer(rebasing: bytes[start...]) : nil
    }

    /// The offset of the first occurrence of `needle` at or after `start`.
    private static func firstMatch(
        of needle: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer, from start: Int
    ) -> Int? {
        let first = needle[0]
        var position = start
        let last = bytes.count - needle.count
        while position <= last {
            if bytes[position] == first {
                var offset = 1
                while offset < needle.count, bytes[position + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return position }
            }
            position += 1
        }
        return nil
    }

    /// The bytes as a `String` (invalid UTF-8 repaired with U+FFFD).
    @inline(__always)
    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
