import GoldenCore

/// A postcode format of digits only, with an optional separator at a fixed place: `04109` (DE),
/// `123 45` (SE), `12-345` (PL), `1234-567` (PT).
///
/// Old-style letter prefixes (`D-04109`, `F-75001`, `CH-8001`, `A-1010`) are dropped when they
/// are the country's code or its first letter. Where ``restoresLeadingZero`` is set (DE, FR, ES,
/// whose codes start with 0 in whole regions), a code one digit short is taken to have lost its
/// leading zero to a spreadsheet and gets it back, with a `postcode.leading_zero_restored` finding.
struct NumericPostcodeFormat: Sendable {
    /// The number of digits.
    var digits: Int
    /// Where the separator goes (digits before it), or 0 for none.
    var split: Int = 0
    var separator: UInt8 = ASCII.space
    var restoresLeadingZero = false
    /// The valid values of the first two digits.
    var firstTwo: ClosedRange<Int> = 0...99

    /// The normalized code, or `nil` when `c` does not fit the format.
    func normalize(_ c: PostcodeCharacters, country: UInt16, findings: inout [Finding]) -> String? {
        guard c.isUsable else { return nil }
        return c.withCharacters { s -> String? in
            let letters = s.prefix(while: ASCII.isLetter).count
            if letters > 0 {
                guard isCountryPrefix(s[..<letters], country: country) else { return nil }
            }
            let body = letters..<s.count
            guard s[body].allSatisfy(ASCII.isDigit) else { return nil }
            let zeros = body.count == digits - 1 && restoresLeadingZero ? 1 : 0
            guard body.count + zeros == digits else { return nil }
            let leading = zeros == 1 ? Int(s[body.lowerBound] - 48) : Int(s[body.lowerBound] - 48) * 10 + Int(s[body.lowerBound + 1] - 48)
            guard firstTwo.contains(leading) else { return nil }
            if zeros == 1 { findings.append(Finding(.postcode, .corrected, "postcode.leading_zero_restored")) }
            return PostcodeCharacters.format(
                s, body, zeros: zeros, splitBeforeLast: split == 0 ? 0 : digits - split, separator: separator)
        }
    }

    /// Whether `letters` is `country`'s code or its first letter (`D`, `DE` for Germany).
    private func isCountryPrefix(_ letters: Slice<UnsafeBufferPointer<UInt8>>, country: UInt16) -> Bool {
        switch letters.count {
        case 1: return UInt16(letters.first!) == country >> 8
        case 2: return UInt16(letters.first!) << 8 | UInt16(letters.last!) == country
        default: return false
        }
    }

    /// The format of `country` (``CountryCodes/packed(_:)-(String)``), when its postcodes are
    /// checked as digits.
    @inline(__always)
    static func format(for country: UInt16) -> NumericPostcodeFormat? {
        let a = Int(country >> 8) &- 65
        let b = Int(country & 0xFF) &- 65
        guard a >= 0, a < 26, b >= 0, b < 26 else { return nil }
        return byCode[a * 26 + b]
    }

    /// ``formats`` by the index of their code (`AA` = 0 … `ZZ` = 675).
    private static let byCode: [NumericPostcodeFormat?] = {
        var table = [NumericPostcodeFormat?](repeating: nil, count: 26 * 26)
        for (country, format) in formats {
            let bytes = Array(country.utf8)
            table[Int(bytes[0] - 65) * 26 + Int(bytes[1] - 65)] = format
        }
        return table
    }()

    /// The countries whose postcodes are checked as digits.
    private static let formats: [String: NumericPostcodeFormat] = {
        var formats: [String: NumericPostcodeFormat] = [
            "DE": NumericPostcodeFormat(digits: 5, restoresLeadingZero: true, firstTwo: 1...99),
            "FR": NumericPostcodeFormat(digits: 5, restoresLeadingZero: true, firstTwo: 1...98),
            "ES": NumericPostcodeFormat(digits: 5, restoresLeadingZero: true, firstTwo: 1...52),
            "SE": NumericPostcodeFormat(digits: 5, split: 3, firstTwo: 10...98),
            "PL": NumericPostcodeFormat(digits: 5, split: 2, separator: ASCII.hyphen),
            "PT": NumericPostcodeFormat(digits: 7, split: 4, separator: ASCII.hyphen, firstTwo: 10...99),
            "BR": NumericPostcodeFormat(digits: 8, split: 5, separator: ASCII.hyphen),
            "JP": NumericPostcodeFormat(digits: 7, split: 3, separator: ASCII.hyphen),
        ]
        for country in ["AT", "BE", "CH", "DK", "LU", "NO", "AU", "NZ", "HU", "LI", "ZA"] {
            formats[country] = NumericPostcodeFormat(digits: 4)
        }
        for country in ["IT", "FI", "MX", "HR", "EE", "TR", "MY", "TH", "UA", "KR"] {
            formats[country] = NumericPostcodeFormat(digits: 5)
        }
        for country in ["GR", "CZ", "SK"] {
            formats[country] = NumericPostcodeFormat(digits: 5, split: 3)
        }
        for country in ["IN", "RU", "CN", "SG", "RO"] {
            formats[country] = NumericPostcodeFormat(digits: 6)
        }
        return formats
    }()
}
