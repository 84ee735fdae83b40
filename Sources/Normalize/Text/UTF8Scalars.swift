/// Decodes Unicode scalars from UTF-8 bytes the ingest stage already validated.
///
/// Invalid sequences (which validated input never has) decode as U+FFFD, one byte at a time, so
/// that a bad byte can never make a normalizer loop or crash.
struct UTF8Scalars: IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next scalar and the number of bytes it took.
    @inline(__always)
    mutating func next() -> UInt32? {
        guard position < bytes.count else { return nil }
        let lead = bytes[position]
        if lead < 0x80 {
            position &+= 1
            return UInt32(lead)
        }
        return decodeMultibyte(lead)
    }

    private mutating func decodeMultibyte(_ lead: UInt8) -> UInt32 {
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default:
            position &+= 1
            return 0xFFFD
        }
        guard position + length <= bytes.count else {
            position &+= 1
            return 0xFFFD
        }
        for offset in 1..<length {
            let byte = bytes[position + offset]
            guard byte & 0xC0 == 0x80 else {
                position &+= 1
                return 0xFFFD
            }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        position &+= length
        return scalar
    }
}

extension Array where Element == UInt8 {
    /// Appends `scalar` encoded as UTF-8.
    @inline(__always)
    mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            append(UInt8(scalar))
        case 0x80..<0x800:
            append(UInt8(0xC0 | scalar >> 6))
            append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            append(UInt8(0xE0 | scalar >> 12))
            append(UInt8(0x80 | scalar >> 6 & 0x3F))
            append(UInt8(0x80 | scalar & 0x3F))
        default:
            append(UInt8(0xF0 | scalar >> 18))
            append(UInt8(0x80 | scalar >> 12 & 0x3F))
            append(UInt8(0x80 | scalar >> 6 & 0x3F))
            append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
