/// ISO 3166-1 alpha-2 codes for countries however a feed writes them.
///
/// Every ISO country matches by its alpha-2 code, alpha-3 code and English short name; common
/// English forms (`USA`, `U.S.`, `America`, `UK`, `Great Britain`, `England`, `Holland`), the
/// official long names, and the names of the main European countries in their own and the
/// neighbouring languages (`Deutschland`, `Allemagne`, `España`, `Nederland`, `Österreich`) match
/// too. Matching is by comparison key, so case, accents, periods and other punctuation do not
/// matter (`U.S.A.`, `u s a`, `ESPANA`). See ``CountryTable``.
enum CountryCodes {
    /// The alpha-2 code of `text`, or `nil` when it names no known country.
    static func isoCode(_ text: String) -> String? {
        text.withUTF8Bytes { isoCode($0) }
    }

    /// ``isoCode(_:)`` reading UTF-8 bytes in place.
    static func isoCode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let code = names.code(bytes) { return code }
        // "The Gambia", "St Lucia", "St. Kitts & Nevis": the same names with the article dropped
        // or the saint spelled out.
        let key = ComparisonKey.make(bytes)
        if key.hasPrefix("the ") { return names.code(forKey: String(key.dropFirst(4))) }
        if key.hasPrefix("st ") { return names.code(forKey: "saint " + key.dropFirst(3)) }
        return nil
    }

    /// An alpha-2 code as one integer, for switching on codes without comparing strings
    /// (`packed("US")`); 0 for anything that is not two ASCII bytes.
    @inline(__always)
    static func packed(_ code: String) -> UInt16 {
        code.withUTF8Bytes { bytes in
            bytes.count == 2 && bytes[0] < 0x80 && bytes[1] < 0x80 ? UInt16(bytes[0]) << 8 | UInt16(bytes[1]) : 0
        }
    }

    /// ``packed(_:)`` of a literal code, for `case` labels.
    @inline(__always)
    static func packed(_ code: StaticString) -> UInt16 {
        code.withUTF8Buffer { UInt16($0[0]) << 8 | UInt16($0[1]) }
    }

    /// Names by comparison key, from the ISO table and the other names.
    private static let names: PlaceNameTable = {
        var table = PlaceNameTable.Names()
        for line in CountryTable.iso.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2)
            let code = String(parts[0])
            table.add(parts[0], code: code)
            table.add(parts[1], code: code)
            table.add(parts[2], code: code)
        }
        table.add(lines: CountryTable.otherNames)
        return PlaceNameTable(table)
    }()
}
