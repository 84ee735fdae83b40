extension TextEncoding {
    /// The most UTF-8 bytes one input byte can become (Windows-1252 `80` → `€`, three bytes).
    static let maxUTF8BytesPerByte = 3

    /// Appends `input`, decoded from this encoding, to `output` as UTF-8.
    ///
    /// For ``utf8`` the bytes are copied as they are (validate them with ``UTF8Validator``); for
    /// the single-byte encodings every byte maps to one character, so the result is always valid
    /// UTF-8. Runs of ASCII are copied in bulk.
    ///
    /// - Complexity: O(*n*) in the length of `input`.
    public func transcodeToUTF8(_ input: UnsafeRawBufferPointer, appendingTo output: inout [UInt8]) {
        let start = output.count
        let room = input.count * Self.maxUTF8BytesPerByte
        output.append(contentsOf: repeatElement(0, count: room))
        let written = output.withUnsafeMutableBufferPointer { buffer in
            transcodeToUTF8(input, into: buffer.baseAddress! + start)
        }
        output.removeLast(room - written)
    }

    /// Writes `input`, decoded from this encoding, as UTF-8 at `output`, which must have room for
    /// ``maxUTF8BytesPerByte`` times `input.count` bytes. Returns the bytes written.
    func transcodeToUTF8(_ input: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>) -> Int {
        guard let source = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        guard self != .utf8 else {
            output.update(from: source, count: input.count)
            return input.count
        }
        var written = 0
        var runStart = 0
        for index in 0..<input.count {
            let byte = source[index]
            guard byte >= 0x80 else { continue }
            if runStart < index {
                (output + written).update(from: source + runStart, count: index - runStart)
                written += index - runStart
            }
            written += Self.writeUTF8(of: codePoint(of: byte), to: output + written)
            runStart = index + 1
        }
        if runStart < input.count {
            (output + written).update(from: source + runStart, count: input.count - runStart)
            written += input.count - runStart
        }
        return written
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

    /// Writes the two- or three-byte UTF-8 form of a code point in `80`–`FFFF`; returns its length.
    private static func writeUTF8(of scalar: UInt32, to output: UnsafeMutablePointer<UInt8>) -> Int {
        if scalar < 0x800 {
            output[0] = UInt8(0xC0 | scalar >> 6)
            output[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        }
        output[0] = UInt8(0xE0 | scalar >> 12)
        output[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
        output[2] = UInt8(0x80 | scalar & 0x3F)
        return 3
    }
}
