import GoldenCore

/// Comparisons of postcodes by their prefixes, on the standard forms the Normalize stage writes
/// (`SW1A 1AA`, `K1A 0B1`, `D02 X285`, `1234 AB`, `02134`, `04109`).
///
/// A postcode narrows a place down from left to right; two records a few doors apart share the
/// beginning of their postcodes but not always the end. The parts (``Part``):
///
/// | part | with a space (GB, CA, IE, NL, …) | without (US, DE, FR, …) |
/// |---|---|---|
/// | ``Part/district`` | the outward code: `SW1A` of `SW1A 1AA`, `K1A` of `K1A 0B1` | the first 3 characters: the US ZIP3 `021` of `02134` |
/// | ``Part/sector`` | outward code and the first character after the space: `SW1A 1` | — |
/// | ``Part/area`` | the leading letters: `SW` of `SW1A 1AA`, `M` of `M1 1AE` | — |
///
/// All of them work on the postcodes' bytes and allocate nothing.
public enum PostcodeComparison {
    /// A leading part of a postcode.
    public enum Part: String, Hashable, Sendable, CaseIterable {
        /// The leading letters of a postcode with a space that starts with letters (`SW`, `K`).
        case area
        /// The outward code of a postcode with a space; the first 3 characters of one without (the
        /// US ZIP3, the leading digits of the numeric European codes).
        case district
        /// The outward code, the space and the first character of the inward code (`SW1A 1`).
        case sector
    }

    /// The part of `postcode`; `nil` when the postcode has no such part (a code without a space
    /// has no sector or area; one shorter than 3 characters has no district).
    ///
    /// - Complexity: O(*n*) for a postcode of *n* bytes.
    public static func part(_ part: Part, of postcode: String) -> Substring? {
        guard let count = postcode.withKeyBytes({ length(of: part, in: $0) }) else { return nil }
        let utf8 = postcode.utf8
        return postcode[..<utf8.index(utf8.startIndex, offsetBy: count)]
    }

    /// The district: `SW1A` of `SW1A 1AA`, `021` of `02134`.
    ///
    /// - Complexity: O(*n*).
    public static func district(of postcode: String) -> Substring? { part(.district, of: postcode) }

    /// The sector: `SW1A 1` of `SW1A 1AA`; `nil` for a postcode without a space.
    ///
    /// - Complexity: O(*n*).
    public static func sector(of postcode: String) -> Substring? { part(.sector, of: postcode) }

    /// The area: `SW` of `SW1A 1AA`; `nil` for a postcode without a space or leading letters.
    ///
    /// - Complexity: O(*n*).
    public static func area(of postcode: String) -> Substring? { part(.area, of: postcode) }

    /// Whether two postcodes have the same `part` (both must have it).
    ///
    /// - Complexity: O(*n*).
    public static func same(_ part: Part, _ a: String, _ b: String) -> Bool {
        String.withKeyBytes(a, b) { same(part, $0, $1) }
    }

    /// Whether two postcodes' bytes have the same `part`.
    static func same(_ part: Part, _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let count = length(of: part, in: x), count == length(of: part, in: y) else { return false }
        return KeyBytes.equal(UnsafeBufferPointer(rebasing: x[..<count]), UnsafeBufferPointer(rebasing: y[..<count]))
    }

    /// Whether two postcodes are the same (byte for byte, in standard form, not empty).
    ///
    /// - Complexity: O(*n*).
    public static func exact(_ a: String, _ b: String) -> Bool {
        !a.isEmpty && String.withKeyBytes(a, b) { KeyBytes.equal($0, $1) }
    }

    /// Whether two postcodes are in the same district (`SW1A 1AA` / `SW1A 2BB`; `02134` / `02139`).
    ///
    /// - Complexity: O(*n*).
    public static func sameDistrict(_ a: String, _ b: String) -> Bool { same(.district, a, b) }

    /// Whether two postcodes are in the same sector (`SW1A 1AA` / `SW1A 1BB`).
    ///
    /// - Complexity: O(*n*).
    public static func sameSector(_ a: String, _ b: String) -> Bool { same(.sector, a, b) }

    /// Whether two postcodes are in the same area (`SW1A 1AA` / `SW19 2BB`).
    ///
    /// - Complexity: O(*n*).
    public static func sameArea(_ a: String, _ b: String) -> Bool { same(.area, a, b) }

    /// Whether two addresses' countries allow their postcodes to be compared: the same country,
    /// or a country missing on either side. Postcodes of two different countries never share
    /// anything, however alike they look (`04109` in Germany and in France).
    ///
    /// - Complexity: O(1).
    public static func countriesAgree(_ a: PostalAddress, _ b: PostalAddress) -> Bool {
        guard let countryA = a.country, let countryB = b.country else { return true }
        return countryA.utf8.count == countryB.utf8.count
            && String.withKeyBytes(countryA, countryB) { KeyBytes.equal($0, $1) }
    }

    /// The length in bytes of `part` of a postcode, or `nil` when it has none.
    static func length(of part: Part, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let space = bytes.firstIndex(of: KeyBytes.space)
        switch part {
        case .district:
            if let space { return space > 0 ? space : nil }
            return bytes.count >= 3 ? 3 : nil
        case .sector:
            guard let space, space > 0, space + 1 < bytes.count else { return nil }
            return space + 2
        case .area:
            guard space != nil else { return nil }
            var count = 0
            while count < bytes.count, (bytes[count] | 0x20) &- 0x61 < 26 { count += 1 }
            return count > 0 ? count : nil
        }
    }
}
