import GoldenCore

/// Postcodes in their country's standard form, validated where the country's format is known.
///
/// - US: ZIP and ZIP+4 (`77078-4909`, `770784909`), lost leading zeros restored where the state
///   shows them (see ``restoreZIP(_:state:)``).
/// - GB (and GG, JE, IM), CA, IE, NL: letters and digits in their pattern, with the space where
///   it belongs (`sw1a1aa` → `SW1A 1AA`, `k1a0b1` → `K1A 0B1`, `d02x285` → `D02 X285`,
///   `1234ab` → `1234 AB`).
/// - DE, FR, ES and the other countries of ``NumericPostcodeFormat``: digits, with the country
///   prefix of old letters dropped (`D-04109`, `F-75001`); a 5-digit code that lost its leading
///   zero (`4109`) is restored in DE, FR and ES.
/// - Anywhere else, or with no country: the trimmed text in upper case.
///
/// A postcode that does not fit its country's format is `nil` (so that it never matches), with a
/// `postcode.invalid` finding; the raw text stays in ``PostalAddress/raw``.
enum PostcodeNormalizer {
    /// A normalized postcode: the code and, for a ZIP+4, the extension.
    struct Result: Equatable {
        var postcode: String?
        var plusFour: String?
    }

    /// The postcode written as `text` in `country` (ISO alpha-2, or `nil` when unknown).
    /// `region` is the region code already normalized (a US state restores ZIP leading zeros).
    static func normalize(
        _ text: String, country: String?, region: String?, findings: inout [Finding]
    ) -> Result {
        text.withUTF8Bytes { bytes in
            let characters = PostcodeCharacters(bytes)
            if characters.isPlaceholder {
                findings.append(Finding(.postcode, .placeholder, "postcode.placeholder"))
                return Result()
            }
            if characters.count == 0 { return Result() }
            let result: Result?
            let code = country.map(CountryCodes.packed) ?? 0
            switch code {
            case CountryCodes.packed("US"): result = unitedStates(characters, state: region, findings: &findings)
            case CountryCodes.packed("GB"), CountryCodes.packed("GG"), CountryCodes.packed("JE"), CountryCodes.packed("IM"):
                result = unitedKingdom(characters).map { Result(postcode: $0) }
            case CountryCodes.packed("CA"): result = canada(characters).map { Result(postcode: $0) }
            case CountryCodes.packed("IE"): result = eircode(characters).map { Result(postcode: $0) }
            case CountryCodes.packed("NL"): result = netherlands(characters).map { Result(postcode: $0) }
            default:
                if let format = NumericPostcodeFormat.format(for: code) {
                    result = format.normalize(characters, country: code, findings: &findings)
                        .map { Result(postcode: $0) }
                } else {
                    result = Result(postcode: upperCased(text))
                }
            }
            guard let result else {
                findings.append(Finding(.postcode, .invalid, "postcode.invalid"))
                return Result()
            }
            return result
        }
    }

    /// The trimmed text in upper case (ASCII letters only; other scripts as they are).
    static func upperCased(_ text: String) -> String {
        let cleaned = DisplayText.clean(text)
        guard cleaned.utf8.contains(where: ASCII.isLower) else { return cleaned }
        return String(utf8Bytes: cleaned.utf8.map(ASCII.upper))
    }
}

/// The letters and digits of a postcode, upper-cased, with where its first group ends; kept
/// inline (up to 24), so that reading a postcode allocates nothing but the result.
struct PostcodeCharacters {
    private var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// The number of letters and digits.
    private(set) var count = 0
    /// Whether there were more than fit (no postcode is that long).
    private(set) var overflow = false
    /// How many of the characters come before the first space or hyphen between two of them.
    private(set) var firstGroup: Int?
    /// Whether the text had a byte that a postcode never has (other than letters, digits, spaces,
    /// hyphens and periods).
    private(set) var hasForeignByte = false
    /// Whether the text had nothing but whitespace.
    private(set) var isBlank = true

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var pendingSeparator = false
        for byte in bytes {
            if isBlank, !ASCII.isSpace(byte) { isBlank = false }
            if ASCII.isAlphanumeric(byte) {
                if pendingSeparator, firstGroup == nil, count > 0 { firstGroup = count }
                pendingSeparator = false
                guard count < 24 else {
                    overflow = true
                    continue
                }
                let upper = ASCII.upper(byte)
                withUnsafeMutableBytes(of: &storage) { $0[count] = upper }
                count += 1
            } else if byte == ASCII.space || byte == ASCII.hyphen || byte == ASCII.tab {
                pendingSeparator = true
            } else if byte != ASCII.period {
                hasForeignByte = true
            }
        }
    }

    /// Whether the characters can be a postcode of a checked format at all.
    var isUsable: Bool { !hasForeignByte && !overflow }

    /// Calls `body` with the characters.
    @inline(__always)
    func withCharacters<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeBytes(of: storage) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// `00000`, `99999`, `XXXXX` (any length from 3), `N/A`, `NONE`, `UNKNOWN`, or only punctuation.
    var isPlaceholder: Bool {
        if count == 0 { return !isBlank }
        return withCharacters { s in
            let first = s[0]
            if s.count >= 3, first == UInt8(ascii: "0") || first == UInt8(ascii: "9") || first == UInt8(ascii: "X"),
                s.allSatisfy({ $0 == first })
            {
                return true
            }
            return PackedWord(s).map { Self.placeholderWords.contains($0) } ?? false
        }
    }

    private static let placeholderWords = PackedWordTable(
        set: ["NA", "NONE", "NULL", "UNKNOWN", "NIL", "TBC", "TBA", "NOPC"])

    /// Whether every character is a digit.
    var isAllDigits: Bool { withCharacters { $0.allSatisfy(ASCII.isDigit) } }

    /// The characters `range` as a string, with `prefix` zeros before them and `separator`
    /// (when not 0) before the last `tail` of the result.
    static func format(
        _ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, zeros prefix: Int = 0, splitBeforeLast tail: Int = 0,
        separator: UInt8 = ASCII.space
    ) -> String {
        let length = prefix + range.count
        let split = separator == 0 || tail == 0 ? -1 : length - tail
        return String(unsafeUninitializedCapacity: length + (split < 0 ? 0 : 1)) { buffer in
            var count = 0
            for offset in 0..<length {
                if offset == split {
                    buffer[count] = separator
                    count += 1
                }
                buffer[count] = offset < prefix ? UInt8(ascii: "0") : s[range.lowerBound + offset - prefix]
                count += 1
            }
            return count
        }
    }
}
