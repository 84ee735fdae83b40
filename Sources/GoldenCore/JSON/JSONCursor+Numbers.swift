// Whole numbers: `-?(0|[1-9][0-9]*)` on the fast path, exact and overflow-checked. A number
// with a fraction or an exponent reads as the whole number it is (`1.0`, `1e2`, `100e-2`), as
// Foundation's `JSONDecoder` reads it into an `Int`; `1.5` is not one and throws.

extension JSONCursor {
    /// A whole number in `Int64`'s range.
    package mutating func integer() throws(GoldenError) -> Int64 {
        skipSpace()
        let start = index
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index &+= 1 }
        let digitsStart = index
        var magnitude: UInt64 = 0
        var overflow = false
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            let (times10, over1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, over2) = times10.addingReportingOverflow(UInt64(bytes[index] &- UInt8(ascii: "0")))
            magnitude = sum
            overflow = overflow || over1 || over2
            index &+= 1
        }
        guard index > digitsStart, index == digitsStart + 1 || bytes[digitsStart] != UInt8(ascii: "0") else { throw failure }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") {
            index = start
            return try wholeNumber()
        }
        guard !overflow, let value = Self.signed(magnitude, negative: negative) else { throw failure }
        return value
    }

    /// `magnitude` with its sign, if it fits in `Int64`.
    private static func signed(_ magnitude: UInt64, negative: Bool) -> Int64? {
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return Int64(truncatingIfNeeded: 0 &- magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// A number with a fraction or an exponent that must be whole: its significant digits,
    /// scaled by the exponent less the fraction's length, exactly.
    private mutating func wholeNumber() throws(GoldenError) -> Int64 {
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index &+= 1 }
        // The digits of the integer part and the fraction, leading zeros dropped.
        var significant: [UInt8] = []
        var fractionDigits = 0
        var inFraction = false
        var sawDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 {
                sawDigit = true
                if !significant.isEmpty || byte != UInt8(ascii: "0") { significant.append(byte &- UInt8(ascii: "0")) }
                if inFraction { fractionDigits &+= 1 }
            } else if byte == UInt8(ascii: "."), !inFraction, sawDigit {
                inFraction = true
                sawDigit = false
            } else {
                break
            }
            index &+= 1
        }
        // A fraction needs a digit after its point.
        guard sawDigit else { throw failure }
        var exponent = 0
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index &+= 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index &+= 1
            }
            let exponentStart = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                // Past a million the value is zero or overflows whatever the rest says.
                exponent = min(exponent &* 10 &+ Int(bytes[index] &- UInt8(ascii: "0")), 1_000_000)
                index &+= 1
            }
            guard index > exponentStart else { throw failure }
            if exponentNegative { exponent = -exponent }
        }
        guard let value = Self.scaled(significant, by: exponent - fractionDigits, negative: negative) else { throw failure }
        return value
    }

    /// `digits × 10^scale` with its sign, if that is a whole number in `Int64`'s range.
    private static func scaled(_ digits: [UInt8], by scale: Int, negative: Bool) -> Int64? {
        var digits = digits[...]
        var scale = scale
        // Trailing zeros make up for a negative scale.
        while scale < 0, digits.last == 0 {
            digits.removeLast()
            scale += 1
        }
        if digits.isEmpty { return 0 }
        guard scale >= 0, digits.count + scale <= 20 else { return nil }
        var magnitude: UInt64 = 0
        for position in 0..<digits.count + scale {
            let digit = position < digits.count ? digits[digits.startIndex + position] : 0
            let (times10, over1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, over2) = times10.addingReportingOverflow(UInt64(digit))
            guard !over1, !over2 else { return nil }
            magnitude = sum
        }
        return signed(magnitude, negative: negative)
    }
}
