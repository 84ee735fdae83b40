/// Encodes an ordered list of ``Field``s as compact JSON text, and decodes it back.
///
/// The form is an array of `[name, value]` pairs, in order, names possibly repeated:
///
/// ```
/// [["given_name","John"],["email","a@b.c"],["email","j@x.org"]]
/// ```
///
/// The store keeps record fields in this form, and every stage that reads them decodes it. The
/// codec works on UTF-8 bytes, without Foundation: the encoder escapes `"`, `\` and control
/// characters (`\n`, `\t`, … or `\u00XX`) and copies every other byte as is; the decoder accepts
/// any JSON of this shape (whitespace, every escape including `\u` surrogate pairs) and refuses
/// anything else, including text that is not valid UTF-8 and lone surrogates.
///
/// Decoding errors name the byte offset, never the text around it.
public enum FieldCodec {
    // MARK: Encoding

    /// The JSON text of `fields`.
    ///
    /// - Complexity: O(*n*), where *n* is the total UTF-8 length of names and values.
    public static func encode(_ fields: [Field]) -> String {
        var bytes: [UInt8] = []
        encode(fields, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON text of `fields`, as UTF-8, to `output`.
    ///
    /// - Complexity: O(*n*), where *n* is the total UTF-8 length of names and values.
    public static func encode(_ fields: [Field], into output: inout [UInt8]) {
        let start = output.count
        let bound = maximumEncodedCount(of: fields)
        output.append(contentsOf: repeatElement(0, count: bound))
        let written = output.withUnsafeMutableBufferPointer { buffer in
            encode(fields, into: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
        }
        output.removeLast(bound - written)
    }

    /// The most bytes the JSON text of `fields` can take: every byte of a name or value escaped
    /// as `\u00XX`, plus the punctuation.
    ///
    /// - Complexity: O(*f*) for *f* fields (native strings know their UTF-8 length).
    public static func maximumEncodedCount(of fields: [Field]) -> Int {
        var count = 2
        for field in fields {
            // ["name","value"] and a separating comma: 8 bytes of punctuation.
            count += 8 + 6 * (field.name.utf8.count + field.value.utf8.count)
        }
        return count
    }

    /// Writes the JSON text of `fields`, as UTF-8, at the start of `buffer`, and returns how many
    /// bytes it wrote. The hot path: no allocation, no bounds checks.
    ///
    /// - Precondition: `buffer.count >= maximumEncodedCount(of: fields)`.
    /// - Complexity: O(*n*), where *n* is the total UTF-8 length of names and values.
    public static func encode(_ fields: [Field], into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        precondition(buffer.count >= maximumEncodedCount(of: fields), "FieldCodec.encode: buffer too small")
        guard let base = buffer.baseAddress else { return 0 }
        var writer = ByteWriter(base: base)
        writer.write(Byte.openBracket)
        for index in fields.indices {
            if index > 0 { writer.write(Byte.comma) }
            writer.write(Byte.openBracket)
            writer.writeString(fields[index].name)
            writer.write(Byte.comma)
            writer.writeString(fields[index].value)
            writer.write(Byte.closeBracket)
        }
        writer.write(Byte.closeBracket)
        return writer.position
    }

    /// Writes bytes to memory known to be large enough.
    private struct ByteWriter {
        let base: UnsafeMutablePointer<UInt8>
        var position = 0

        @inline(__always)
        mutating func write(_ byte: UInt8) {
            base[position] = byte
            position += 1
        }

        @inline(__always)
        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress else { return }
            (base + position).update(from: source, count: bytes.count)
            position += bytes.count
        }

        /// Writes `text` as a quoted JSON string: clean runs are copied whole, eight bytes are
        /// checked at a time.
        mutating func writeString(_ text: String) {
            write(Byte.quote)
            var text = text
            text.withUTF8 { bytes in
                guard let source = bytes.baseAddress else { return }
                var runStart = 0
                var index = 0
                while index < bytes.count {
                    if index + 8 <= bytes.count,
                        !Self.needsEscape(UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
                    {
                        index += 8
                        continue
                    }
                    let byte = source[index]
                    if byte < 0x20 || byte == Byte.quote || byte == Byte.backslash {
                        if runStart < index {
                            write(UnsafeBufferPointer(start: source + runStart, count: index - runStart))
                        }
                        writeEscape(byte)
                        runStart = index + 1
                    }
                    index += 1
                }
                if runStart < bytes.count {
                    write(UnsafeBufferPointer(start: source + runStart, count: bytes.count - runStart))
                }
            }
            write(Byte.quote)
        }

        /// Whether any of the eight bytes in `word` is a control character, a quote or a backslash.
        /// Exact: the borrow tricks only carry into higher bytes when a lower byte matched.
        @inline(__always)
        static func needsEscape(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let control = (word &- ones &* 0x20) & ~word & highBits
            let quotes = word ^ (ones &* UInt64(Byte.quote))
            let backslashes = word ^ (ones &* UInt64(Byte.backslash))
            let quote = (quotes &- ones) & ~quotes & highBits
            let backslash = (backslashes &- ones) & ~backslashes & highBits
            return control | quote | backslash != 0
        }

        mutating func writeEscape(_ byte: UInt8) {
            write(Byte.backslash)
            switch byte {
            case Byte.quote, Byte.backslash: write(byte)
            case 0x08: write(UInt8(ascii: "b"))
            case 0x0C: write(UInt8(ascii: "f"))
            case 0x0A: write(UInt8(ascii: "n"))
            case 0x0D: write(UInt8(ascii: "r"))
            case 0x09: write(UInt8(ascii: "t"))
            default:
                write(UInt8(ascii: "u"))
                write(Byte.zero)
                write(Byte.zero)
                write(FieldCodec.hexDigit(byte >> 4))
                write(FieldCodec.hexDigit(byte & 0x0F))
            }
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? Byte.zero + nibble : UInt8(ascii: "a") + nibble - 10
    }

    // MARK: Decoding

    /// The fields that `text` encodes.
    ///
    /// - Throws: ``GoldenError`` with code ``GoldenError/Code/parse`` when `text` is not a JSON
    ///   array of two-string arrays. The message names the byte offset only.
    public static func decode(_ text: String) throws(GoldenError) -> [Field] {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(GoldenError) in try decode(bytes) }
        }
        return try result.get()
    }

    /// The fields that the UTF-8 `bytes` encode.
    ///
    /// - Throws: ``GoldenError`` with code ``GoldenError/Code/parse`` when `bytes` are not a
    ///   JSON array of two-string arrays, or not valid UTF-8.
    public static func decode(_ bytes: [UInt8]) throws(GoldenError) -> [Field] {
        try bytes.withUnsafeBufferPointer { buffer throws(GoldenError) in try decode(buffer) }
    }

    /// The fields that the UTF-8 `bytes` encode.
    ///
    /// - Throws: ``GoldenError`` with code ``GoldenError/Code/parse`` when `bytes` are not a
    ///   JSON array of two-string arrays, or not valid UTF-8.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(GoldenError) -> [Field] {
        var reader = FieldCodecReader(bytes: bytes)
        return try reader.readFieldList()
    }

    enum Byte {
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let comma = UInt8(ascii: ",")
        static let quote = UInt8(ascii: "\"")
        static let backslash = UInt8(ascii: "\\")
        static let zero = UInt8(ascii: "0")
    }
}

/// A cursor over the bytes of an encoded field list. Only ``FieldCodec`` uses it.
struct FieldCodecReader {
    private typealias Byte = FieldCodec.Byte

    let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    /// Bytes of a string being unescaped; reused between strings.
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func readFieldList() throws(GoldenError) -> [Field] {
        var fields: [Field] = []
        skipWhitespace()
        try expect(Byte.openBracket, "'['")
        skipWhitespace()
        if peek() == Byte.closeBracket {
            offset += 1
        } else {
            while true {
                fields.append(try readPair())
                skipWhitespace()
                if peek() == Byte.comma {
                    offset += 1
                    skipWhitespace()
                    continue
                }
                try expect(Byte.closeBracket, "',' or ']'")
                break
            }
        }
        skipWhitespace()
        guard offset == bytes.count else { throw failure("end of input") }
        return fields
    }

    private mutating func readPair() throws(GoldenError) -> Field {
        try expect(Byte.openBracket, "'[' opening a [name, value] pair")
        skipWhitespace()
        let name = try readString()
        skipWhitespace()
        try expect(Byte.comma, "',' between name and value")
        skipWhitespace()
        let value = try readString()
        skipWhitespace()
        try expect(Byte.closeBracket, "']' closing a [name, value] pair")
        return Field(name, value)
    }

    private mutating func readString() throws(GoldenError) -> String {
        try expect(Byte.quote, "a string")
        let start = offset
        // Fast path: no escapes, one validated copy.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == Byte.quote {
                let text = String(validUTF8: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
                guard let text else { throw failure("valid UTF-8 in the string", at: start) }
                offset += 1
                return text
            }
            if byte == Byte.backslash { break }
            guard byte >= 0x20 else { throw failure("no raw control character in a string") }
            offset += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == Byte.quote {
                guard let text = scratch.withUnsafeBufferPointer({ String(validUTF8: $0) }) else {
                    throw failure("valid UTF-8 in the string", at: start)
                }
                offset += 1
                return text
            }
            if byte == Byte.backslash {
                try readEscape()
            } else {
                guard byte >= 0x20 else { throw failure("no raw control character in a string") }
                scratch.append(byte)
                offset += 1
            }
        }
        throw failure("'\"' closing the string")
    }

    /// Reads the escape at `offset` (a backslash) and appends what it stands for to `scratch`.
    private mutating func readEscape() throws(GoldenError) {
        offset += 1
        guard offset < bytes.count else { throw failure("an escape after '\\'") }
        let letter = bytes[offset]
        offset += 1
        if let byte = JSONCursor.escapedByte(letter) {
            scratch.append(byte)
            return
        }
        switch letter {
        case UInt8(ascii: "u"):
            let escapeStart = offset - 2
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard offset + 1 < bytes.count, bytes[offset] == Byte.backslash,
                    bytes[offset + 1] == UInt8(ascii: "u")
                else { throw failure("a low surrogate after a high surrogate", at: escapeStart) }
                offset += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw failure("a low surrogate after a high surrogate", at: escapeStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw failure("no lone low surrogate", at: escapeStart)
            }
            appendUTF8(scalar)
        default:
            throw failure("a valid escape", at: offset - 2)
        }
    }

    /// Appends the UTF-8 form of `scalar` (a valid scalar value: not a surrogate) to `scratch`.
    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(0xC0 | UInt8(scalar >> 6))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        case ..<0x10000:
            scratch.append(0xE0 | UInt8(scalar >> 12))
            scratch.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        default:
            scratch.append(0xF0 | UInt8(scalar >> 18))
            scratch.append(0x80 | UInt8(scalar >> 12 & 0x3F))
            scratch.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        }
    }

    private mutating func readHex4() throws(GoldenError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw failure("four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a hex digit")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(GoldenError) {
        guard peek() == byte else { throw failure(what) }
        offset += 1
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            offset += 1
        }
    }

    private func failure(_ expected: String, at position: Int? = nil) -> GoldenError {
        GoldenError(.parse, "Malformed field list at byte \(position ?? offset): expected \(expected)")
    }
}
