/// Appending text to byte buffers without going through `String` formatting.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    mutating func append(_ text: String) {
        append(contentsOf: text.utf8)
    }

    /// Appends `value` in decimal, left-padded with zeros to `width` digits.
    mutating func append(decimal value: Int, width: Int = 1) {
        let magnitude = value.magnitude
        var divisor: UInt = 1
        var count = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            count += 1
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        for _ in count..<Swift.max(count, width) { append(UInt8(ascii: "0")) }
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: 48 + magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends a money amount in minor units (pence, cents) with two decimals and `separator`,
    /// e.g. `-1250` → `-12,50`.
    mutating func append(cents: Int, separator: UInt8) {
        if cents < 0 { append(UInt8(ascii: "-")) }
        append(decimal: abs(cents) / 100)
        append(separator)
        append(decimal: abs(cents) % 100, width: 2)
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func padded(_ value: Int, _ width: Int) -> String {
    var bytes: [UInt8] = []
    bytes.append(decimal: value, width: width)
    return String(decoding: bytes, as: UTF8.self)
}
