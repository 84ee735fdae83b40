/// A money amount held exactly, in ten-thousandths of the currency unit.
public struct Amount: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var tenThousandths: Int64

    public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }

    /// Parses `-12.5`, `1,234.50`, `12,50` (decimal comma when it is the only separator
    /// and has at most two digits after it), optional currency symbols around the number.
    public init?(parsing text: some StringProtocol) {
        var text = String(text)
        guard let parsed = text.withUTF8({ Amount(parsingUTF8: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = parsed
    }

    /// ``init(parsing:)`` on UTF-8 bytes, read in place.
    public init?(parsingUTF8 text: UnsafeRawBufferPointer) {
        var start = 0
        var end = text.count
        // Strip surrounding spaces and currency signs.
        func isStrippable(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "+")
        }
        while start < end, isStrippable(text[start]) { start += 1 }
        while end > start, isStrippable(text[end - 1]) { end -= 1 }
        // UTF-8 currency signs: £ (C2 A3), € (E2 82 AC), ¥ (C2 A5).
        func strip(_ sign: (UInt8, UInt8, UInt8?)) {
            let count = sign.2 == nil ? 2 : 3
            func isSign(at offset: Int) -> Bool {
                text[offset] == sign.0 && text[offset + 1] == sign.1 && (sign.2 == nil || text[offset + 2] == sign.2)
            }
            if end - start >= count, isSign(at: start) { start += count }
            if end - start >= count, isSign(at: end - count) { end -= count }
        }
        strip((0xC2, 0xA3, nil))
        strip((0xE2, 0x82, 0xAC))
        strip((0xC2, 0xA5, nil))
        while start < end, text[start] == 0x20 { start += 1 }
        while end > start, text[end - 1] == 0x20 { end -= 1 }
        var negative = false
        if start < end, text[start] == UInt8(ascii: "-") {
            negative = true
            start += 1
        } else if start < end, text[start] == UInt8(ascii: "("), text[end - 1] == UInt8(ascii: ")") {
            negative = true
            start += 1
            end = max(start, end - 1)
        }
        guard start < end else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: text[start..<end])
        var dots = 0
        var commas = 0
        var firstComma: Int?
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ".") { dots += 1 }
            if byte == UInt8(ascii: ",") {
                commas += 1
                if firstComma == nil { firstComma = offset }
            }
        }
        var decimalSeparator: UInt8? = dots > 0 ? UInt8(ascii: ".") : nil
        if dots == 0, commas == 1, let comma = firstComma, bytes.count - comma - 1 <= 2 {
            decimalSeparator = UInt8(ascii: ",")
        }
        guard dots <= 1 else { return nil }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var inFraction = false
        // Grouping separators (`,` or `'` in the whole part) must each be followed by three digits.
        var sawGroup = false
        var digitsSinceGroup = 0
        for byte in bytes {
            if byte == decimalSeparator {
                if sawGroup && digitsSinceGroup != 3 { return nil }
                inFraction = true
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'") {
                if inFraction || (sawGroup && digitsSinceGroup != 3) || (!sawGroup && whole == 0 && digitsSinceGroup == 0) {
                    return nil
                }
                sawGroup = true
                digitsSinceGroup = 0
            } else if byte >= 48 && byte <= 57 {
                if !inFraction { digitsSinceGroup += 1 }
                if inFraction {
                    if fractionDigits < 4 {
                        fraction = fraction * 10 + Int64(byte - 48)
                        fractionDigits += 1
                    }
                } else {
                    let (product, overflow) = whole.multipliedReportingOverflow(by: 10)
                    if overflow || product > Int64.max / 10_000 - 10 { return nil }
                    whole = product + Int64(byte - 48)
                }
            } else {
                return nil
            }
        }
        if sawGroup && !inFraction && digitsSinceGroup != 3 { return nil }
        while fractionDigits < 4 {
            fraction *= 10
            fractionDigits += 1
        }
        let value = whole * 10_000 + fraction
        tenThousandths = negative ? -value : value
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        lhs.tenThousandths < rhs.tenThousandths
    }

    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        Amount(tenThousandths: lhs.tenThousandths + rhs.tenThousandths)
    }

    /// Plain decimal with at least two fraction digits: `12.50`, `-3.1250`.
    public var description: String {
        let magnitude = tenThousandths.magnitude
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        return (tenThousandths < 0 ? "-" : "") + "\(magnitude / 10_000).\(fraction)"
    }
}
