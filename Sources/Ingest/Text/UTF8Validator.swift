/// Checks that bytes are well-formed UTF-8 (Unicode, Table 3-7).
///
/// Rejects stray continuation bytes, overlong forms (`C0`, `C1`, `E0 80`–`9F`, `F0 80`–`8F`),
/// UTF-16 surrogates (`ED A0`–`BF`), code points above U+10FFFF (`F4 90`+, `F5`–`FF`) and sequences
/// cut short. ASCII is skipped eight bytes at a time.
public enum UTF8Validator {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether `bytes` is entirely ASCII.
    ///
    /// - Complexity: O(*n*), eight bytes per step.
    public static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var seen: UInt64 = 0
        while index + 8 <= bytes.count {
            seen |= base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            seen |= UInt64(base.load(fromByteOffset: index, as: UInt8.self))
            index += 1
        }
        return seen & highBits == 0
    }

    /// Whether `bytes` is well-formed UTF-8.
    public static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        firstInvalidOffset(in: bytes) == nil
    }

    /// The offset of the first byte that does not begin a well-formed sequence, or nil when all of
    /// `bytes` is well-formed.
    ///
    /// - Complexity: O(*n*).
    public static func firstInvalidOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits == 0 {
                index += 8
            }
            guard index < count else { return nil }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return index }
            index += length
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence at `index`, or 0 when it is ill-formed.
    private static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return 0
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
