extension TextEncoding {
    /// Appends `input`, decoded from this encoding, to `output` as UTF-8.
    ///
    /// For ``utf8`` the bytes are copied as they are (validate them with ``UTF8Validator``); for
    /// the single-byte encodings every byte maps to one character, so the result is always valid
    /// UTF-8. Runs of ASCII are copied in bulk.
    ///
    /// - Complexity: O(*n*) in the length of `input`.
    public func transcodeToUTF8(_ input: UnsafeRawBufferPointer, appendingTo output: inout [UInt8]) {
        guard self != .utf8 else {
            output.append(contentsOf: input)
            return
        }
        var runStart = 0
        for index in 0..<input.count {
            let byte = input[index]
            guard byte >= 0x80 else { continue }
            if runStart < index { output.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[runStart..<index])) }
            Self.appendUTF8(of: codePoint(of: byte), to: &output)
            runStart = index + 1
        }
        if runStart < input.count { output.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[runStart...])) }
    }

    /// The Unicode code point a byte stands for in this single-byte encoding.
    func codePoint(of byte: UInt8) -> UInt32 {
        if self == .windows1252, (0x80...0x9F).contains(byte) {
            return UInt32(Self.windows1252C1Range[Int(byte) - 0x80])
        }
        return UInt32(byte)
    }

    /// Code points of Windows-1252 bytes `80`–`9F` (the rest equal ISO-8859-1). Undefined bytes
    /// keep their C1 control, following the WHATWG index.
    static let windows1252C1Range: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Appends the two- or three-byte UTF-8 form of a code point in `80`–`FFFF`.
    private static func appendUTF8(of scalar: UInt32, to output: inout [UInt8]) {
        if scalar < 0x800 {
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
