/// A money amount held exactly, in ten-thousandths of the currency unit.
public struct Amount: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var tenThousandths: Int64

    public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }

    /// Parses `-12.5`, `1,234.50`, `12,50` (decimal comma when it is the only separator
    /// and has at most two digits after it), optional currency symbols around the number.
    public init?(parsing text: some StringProtocol) {
        var bytes = Array(text.utf8)
        // Strip surrounding spaces and currency signs.
        let strippable: Set<UInt8> = [0x20, 0x09, UInt8(ascii: "$"), UInt8(ascii: "+")]
        while let first = bytes.first, strippable.contains(first) { bytes.removeFirst() }
        while let last = bytes.last, strippable.contains(last) { bytes.removeLast() }
        // UTF-8 currency signs: £ (C2 A3), € (E2 82 AC), ¥ (C2 A5).
        for sign: [UInt8] in [[0xC2, 0xA3], [0xE2, 0x82, 0xAC], [0xC2, 0xA5]] {
            if bytes.starts(with: sign) { bytes.removeFirst(sign.count) }
            if bytes.count >= sign.count, Array(bytes.suffix(sign.count)) == sign {
                bytes.removeLast(sign.count)
            }
        }
        while let first = bytes.first, first == 0x20 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 { bytes.removeLast() }
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes.removeFirst()
        } else if bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")") {
            negative = true
            bytes = Array(bytes.dropFirst().dropLast())
        }
        guard !bytes.isEmpty else { return nil }
        let dots = bytes.filter { $0 == UInt8(ascii: ".") }.count
        let commas = bytes.filter { $0 == UInt8(ascii: ",") }.count
        var decimalSeparator: UInt8? = dots > 0 ? UInt8(ascii: ".") : nil
        if dots == 0, commas == 1, let comma = bytes.firstIndex(of: UInt8(ascii: ",")),
            bytes.count - comma - 1 <= 2
        {
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
