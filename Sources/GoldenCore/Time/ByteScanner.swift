/// A cursor over bytes for the small fixed-shape parsers of dates and offsets.
///
/// It reads the bytes in place: they must outlive the scanner.
package struct ByteScanner {
    package let bytes: UnsafeRawBufferPointer
    package var index = 0

    package init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    package var atEnd: Bool { index == bytes.count }

    package mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    package mutating func digits(exactly count: Int) -> Int? { digits(min: count, max: count) }

    package mutating func digits(min: Int, max: Int) -> Int? {
        var value = 0
        var count = 0
        while count < max, index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
            count += 1
        }
        return count >= min ? value : nil
    }

    package mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
        return index - start
    }

    package mutating func signedInteger(maxDigits: Int) -> Int64? {
        let negative = take(UInt8(ascii: "-"))
        var value: Int64 = 0
        var count = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            guard count < maxDigits else { return nil }
            value = value * 10 + Int64(bytes[index] - 48)
            index += 1
            count += 1
        }
        guard count > 0 else { return nil }
        return negative ? -value : value
    }

    /// `Z`, `+01:00`, `+0100` (when `colonOptional`), `-05`.
    package mutating func offset(colonOptional: Bool) -> Int? {
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if take(UInt8(ascii: "+")) { sign = 1 } else if take(UInt8(ascii: "-")) { sign = -1 } else { return nil }
        guard let hours = digits(exactly: 2), hours <= 18 else { return nil }
        var minutes = 0
        if take(UInt8(ascii: ":")) {
            guard let value = digits(exactly: 2) else { return nil }
            minutes = value
        } else if colonOptional, let value = digits(exactly: 2) {
            minutes = value
        } else if !colonOptional {
            return nil
        }
        guard minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// English month name or three-letter abbreviation, any case.
    package mutating func monthName() -> Int? {
        guard index + 3 <= bytes.count else { return nil }
        let prefix =
            UInt32(bytes[index] | 0x20) << 16 | UInt32(bytes[index + 1] | 0x20) << 8 | UInt32(bytes[index + 2] | 0x20)
        guard let found = Self.monthNames.firstIndex(of: prefix) else { return nil }
        index += 3
        while index < bytes.count, (bytes[index] | 0x20) >= 97, (bytes[index] | 0x20) <= 122 { index += 1 }
        return found + 1
    }

    /// "jan" … "dec", three ASCII bytes packed big-endian.
    private static let monthNames: [UInt32] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ].map { name in name.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
}
