/// Reads a telephone field byte by byte: the digits of the number, an international `+`, a
/// `(0)` trunk marker, and an extension.
///
/// Accepted around the digits: spaces (also no-break and other Unicode spaces), `( ) - . /`,
/// Unicode dashes, a leading label (`tel:`, `Tel.:`, `Mob:`); full-width digits count as
/// digits. An extension follows the number after `x`, `ext`, `ext.`, `extn`, `extension`,
/// `poste`, `#` or `;ext=`. Anything else (letters of a vanity number such as `1-800-FLOWERS`,
/// `*`, a second `+`, text) makes the field unreadable: vanity letters are not mapped to digits,
/// because in customer data letters far more often mean text than a vanity number.
enum PhoneScanner {
    /// Room for the digits of the number; more make the field unreadable.
    static let maxDigits = 20
    /// Room for the digits of an extension.
    static let maxExtensionDigits = 10
    /// The scratch buffer a scan needs: number digits, then extension digits.
    static let bufferSize = maxDigits + maxExtensionDigits

    /// What a scan found.
    struct Result {
        /// Number of digits written at the start of the buffer.
        var digitCount = 0
        /// Number of extension digits written at `maxDigits` in the buffer.
        var extensionCount = 0
        /// Whether the number started with `+`.
        var hasPlus = false
        /// A character that has no place in a phone number was found.
        var hasStrayCharacters = false
        /// More than ``maxDigits`` digits (or ``maxExtensionDigits`` in the extension).
        var isTooLong = false
        /// The trimmed field, for the placeholder words.
        var trimmed: Range<Int> = 0..<0
    }

    /// Scans `bytes`, writing digits to `buffer` (``bufferSize`` bytes).
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Result {
        var result = Result()
        var low = 0
        var high = bytes.count
        while low < high, let width = spaceWidth(bytes, at: low) { low &+= width }
        while high > low, ASCII.isSpace(bytes[high &- 1]) { high &-= 1 }
        result.trimmed = low..<high
        var index = labelEnd(bytes, from: low, end: high) ?? low
        while index < high {
            let byte = bytes[index]
            if ASCII.isDigit(byte) {
                append(byte, &result, buffer)
                index &+= 1
                continue
            }
            switch byte {
            case ASCII.plus:
                if result.digitCount == 0 && !result.hasPlus {
                    result.hasPlus = true
                } else {
                    result.hasStrayCharacters = true
                }
                index &+= 1
            case UInt8(ascii: "("):
                if let end = trunkMarkerEnd(bytes, at: index, end: high) {
                    // `+44 (0)20 …`: the 0 is dialled only inside the country. At the start of a
                    // national number (`(0)20 …`) it is the trunk prefix and is kept.
                    if result.digitCount == 0 && !result.hasPlus { append(UInt8(ascii: "0"), &result, buffer) }
                    index = end
                } else {
                    index &+= 1
                }
            case ASCII.space, ASCII.tab, ASCII.hyphen, ASCII.period, UInt8(ascii: "/"), UInt8(ascii: ")"),
                0x0A, 0x0D:
                index &+= 1
            case 0x80...:
                index = nonASCII(bytes, at: index, &result, buffer)
            default:
                if result.digitCount > 0, readExtension(bytes, at: index, end: high, &result, buffer) {
                    return result
                }
                result.hasStrayCharacters = true
                index &+= 1
            }
        }
        return result
    }

    @inline(__always)
    private static func append(
        _ digit: UInt8, _ result: inout Result, _ buffer: UnsafeMutableBufferPointer<UInt8>
    ) {
        guard result.digitCount < maxDigits else {
            result.isTooLong = true
            return
        }
        buffer[result.digitCount] = digit
        result.digitCount &+= 1
    }

    /// A non-ASCII character at `index`: a space or dash is skipped, a full-width digit read.
    private static func nonASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ result: inout Result,
        _ buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var scalars = UTF8Scalars(UnsafeBufferPointer(rebasing: bytes[index...]))
        let scalar = scalars.next() ?? 0xFFFD
        switch scalar {
        case 0xFF10...0xFF19:
            append(UInt8(scalar - 0xFF10) &+ 0x30, &result, buffer)
        case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D, 0xFF08, 0xFF09:
            break
        default:
            if !DisplayText.isWhitespace(scalar) { result.hasStrayCharacters = true }
        }
        return index &+ scalars.position
    }

    /// The end of a leading label such as `tel:`, `Tel.:`, `Mob:`, `Phone number:` — letters,
    /// periods and spaces, at most 16 bytes, then a colon — if there is one.
    private static func labelEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end, index &- start < 16,
            ASCII.isLetter(bytes[index]) || bytes[index] == ASCII.period || bytes[index] == ASCII.space
        {
            index &+= 1
        }
        guard index > start, index < end, ASCII.isLetter(bytes[start]), bytes[index] == UInt8(ascii: ":") else {
            return nil
        }
        return index &+ 1
    }

    /// The end of a `(0)` marker (spaces allowed inside) at `index`, if there is one.
    private static func trunkMarkerEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        var position = index &+ 1
        while position < end, bytes[position] == ASCII.space { position &+= 1 }
        guard position < end, bytes[position] == UInt8(ascii: "0") else { return nil }
        position &+= 1
        while position < end, bytes[position] == ASCII.space { position &+= 1 }
        guard position < end, bytes[position] == UInt8(ascii: ")") else { return nil }
        return position &+ 1
    }

    /// Reads an extension starting at `index` to the end of the field; `false` when there is none.
    private static func readExtension(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, _ result: inout Result,
        _ buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Bool {
        guard let keyword = extensionKeywords.first(where: { matches(bytes, at: index, end: end, $0) }) else {
            return false
        }
        var position = index &+ keyword.utf8CodeUnitCount
        while position < end, isExtensionPunctuation(bytes[position]) { position &+= 1 }
        var count = 0
        while position < end, ASCII.isDigit(bytes[position]) {
            guard count < maxExtensionDigits else { return false }
            buffer[maxDigits &+ count] = bytes[position]
            count &+= 1
            position &+= 1
        }
        while position < end, ASCII.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: ")") {
            position &+= 1
        }
        guard count > 0, position == end else { return false }
        result.extensionCount = count
        return true
    }

    /// Longest first, so that `ext` is not read as `x`-less `e`.
    private static let extensionKeywords: [StaticString] = [";ext=", "extension", "extn", "ext", "poste", "x", "#"]

    @inline(__always)
    private static func isExtensionPunctuation(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.period || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=")
            || byte == ASCII.hyphen || byte == UInt8(ascii: "#")
    }

    /// Whether `bytes` at `index` start with `word` (lower case ASCII), ignoring case.
    @inline(__always)
    private static func matches(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, _ word: StaticString
    ) -> Bool {
        let count = word.utf8CodeUnitCount
        guard end &- index >= count else { return false }
        let start = word.utf8Start
        for offset in 0..<count where ASCII.lower(bytes[index &+ offset]) != start[offset] { return false }
        return true
    }

    @inline(__always)
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 { return ASCII.isSpace(byte) ? 1 : nil }
        var scalars = UTF8Scalars(UnsafeBufferPointer(rebasing: bytes[index...]))
        guard let scalar = scalars.next(), DisplayText.isWhitespace(scalar) else { return nil }
        return scalars.position
    }
}
