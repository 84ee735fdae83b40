extension PostcodeNormalizer {
    /// A UK postcode (also Guernsey, Jersey, Isle of Man): an outward code `A9`, `A99`, `AA9`,
    /// `AA99`, `A9A` or `AA9A`, a space, and an inward code `9AA`; or `GIR 0AA`. Letters that
    /// Royal Mail never uses in a position make it invalid.
    static func unitedKingdom(_ c: PostcodeCharacters) -> String? {
        formatted(c, if: isUKPostcode, spaceBeforeLast: 3)
    }

    /// Whether `bytes` is a valid UK postcode: with no country, enough to take it for GB.
    static func isUKShaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        formatted(PostcodeCharacters(bytes), if: isUKPostcode, spaceBeforeLast: 0) != nil
    }

    /// The characters with a space before the last `tail` (none for 0), when `isValid`.
    private static func formatted(
        _ c: PostcodeCharacters, if isValid: (UnsafeBufferPointer<UInt8>) -> Bool, spaceBeforeLast tail: Int
    ) -> String? {
        guard c.isUsable else { return nil }
        return c.withCharacters { s in
            isValid(s) ? PostcodeCharacters.format(s, 0..<s.count, splitBeforeLast: tail) : nil
        }
    }

    private static func isUKPostcode(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = s.count
        guard n >= 5, n <= 7 else { return false }
        if s.elementsEqual("GIR0AA".utf8) { return true }
        // Inward code: a digit and two letters that are never C, I, K, M, O or V.
        guard ASCII.isDigit(s[n - 3]), inwardLetter(s[n - 2]), inwardLetter(s[n - 1]) else { return false }
        guard ASCII.isUpper(s[0]), !isAny(s[0], of: "QVX") else { return false }
        func digit(_ i: Int) -> Bool { ASCII.isDigit(s[i]) }
        switch n - 3 {
        case 2:  // A9
            return digit(1)
        case 3:  // A99, A9A, AA9
            if digit(1) && digit(2) { return true }
            if digit(1) { return isAny(s[2], of: "ABCDEFGHJKPSTUW") }
            return secondLetter(s[1]) && digit(2)
        case 4:  // AA99, AA9A
            guard secondLetter(s[1]), digit(2) else { return false }
            return digit(3) || isAny(s[3], of: "ABEHMNPRVWXY")
        default:
            return false
        }
    }

    @inline(__always) private static func inwardLetter(_ byte: UInt8) -> Bool {
        ASCII.isUpper(byte) && !isAny(byte, of: "CIKMOV")
    }

    @inline(__always) private static func secondLetter(_ byte: UInt8) -> Bool {
        ASCII.isUpper(byte) && !isAny(byte, of: "IJZ")
    }

    /// A Canadian postal code `A9A 9A9`: letters never D, F, I, O, Q or U, and not W or Z first.
    static func canada(_ c: PostcodeCharacters) -> String? {
        formatted(c, if: isCanadianPostcode, spaceBeforeLast: 3)
    }

    /// Whether `bytes` is a valid Canadian postal code: with no country, enough to take it for CA.
    static func isCanadaShaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        formatted(PostcodeCharacters(bytes), if: isCanadianPostcode, spaceBeforeLast: 0) != nil
    }

    private static func isCanadianPostcode(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count == 6 else { return false }
        for (index, byte) in s.enumerated() {
            if index % 2 == 1 {
                guard ASCII.isDigit(byte) else { return false }
            } else {
                guard ASCII.isUpper(byte), !isAny(byte, of: "DFIOQU") else { return false }
            }
        }
        return s[0] != UInt8(ascii: "W") && s[0] != UInt8(ascii: "Z")
    }

    /// An Irish Eircode `A65 F4E2`: a routing key (a letter and two digits, or `D6W`) and a
    /// unique identifier of four letters or digits, the letters from Eircode's alphabet.
    static func eircode(_ c: PostcodeCharacters) -> String? {
        guard c.isUsable, c.count == 7 else { return nil }
        return c.withCharacters { s in
            let isD6W = s[0] == UInt8(ascii: "D") && s[1] == UInt8(ascii: "6") && s[2] == UInt8(ascii: "W")
            guard isD6W || (eircodeLetter(s[0]) && ASCII.isDigit(s[1]) && ASCII.isDigit(s[2])) else { return nil }
            for byte in s[3...] where !ASCII.isDigit(byte) && !eircodeLetter(byte) { return nil }
            return PostcodeCharacters.format(s, 0..<7, splitBeforeLast: 4)
        }
    }

    @inline(__always) private static func eircodeLetter(_ byte: UInt8) -> Bool {
        isAny(byte, of: "ACDEFHKNPRTVWXY")
    }

    /// A Dutch postcode `1234 AB`: four digits not starting with 0, two letters other than
    /// `SA`, `SD` and `SS`.
    static func netherlands(_ c: PostcodeCharacters) -> String? {
        guard c.isUsable, c.count == 6 else { return nil }
        return c.withCharacters { s in
            guard s[0] != UInt8(ascii: "0"), s[0..<4].allSatisfy(ASCII.isDigit), ASCII.isUpper(s[4]),
                ASCII.isUpper(s[5])
            else { return nil }
            if s[4] == UInt8(ascii: "S"), isAny(s[5], of: "ADS") { return nil }
            return PostcodeCharacters.format(s, 0..<6, splitBeforeLast: 2)
        }
    }

    /// Whether the upper-case letter `byte` is one of `letters` (upper-case ASCII letters), by a
    /// bit mask of the alphabet.
    @inline(__always)
    private static func isAny(_ byte: UInt8, of letters: StaticString) -> Bool {
        let bit = byte &- 65
        guard bit < 26 else { return false }
        var mask: UInt32 = 0
        letters.withUTF8Buffer { for letter in $0 { mask |= 1 << UInt32(letter - 65) } }
        return mask & (1 << UInt32(bit)) != 0
    }
}
