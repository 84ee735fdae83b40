import GoldenCore

/// The street part of an address: the street line as a comparison key, its house number and unit.
struct StreetLine: Equatable {
    var streetKey: String?
    var houseNumber: String?
    var unit: String?

    /// The street of `line1` (or of `line2` when `line1` holds only a unit or nothing), with the
    /// units of both lines: `15 Maple Ave Apt 19` → `15 maple ave`, `15`, `apt 19`.
    ///
    /// `country` (ISO alpha-2, or nil) settles the one abbreviation that differs by language:
    /// `cl` is `calle` in Spanish-speaking countries and `close` elsewhere.
    static func parse(line1: String?, line2: String?, country: String?, findings: inout [Finding]) -> StreetLine {
        var line = StreetLine()
        var units: [String] = []
        withWords(of: line1, second: false, units: &units, findings: &findings) { first, units, findings in
            withWords(of: line2, second: true, units: &units, findings: &findings) { second, _, _ in
                if first?.hasKeptWords == true {
                    line.standardize(&first!, country: country)
                } else if second?.hasKeptWords == true {
                    line.standardize(&second!, country: country)
                }
            }
        }
        if !units.isEmpty { line.unit = units.count == 1 ? units[0] : units.joined(separator: " ") }
        return line
    }

    /// Calls `body` with the words of one line, its units taken out into `units`; with nil for a
    /// missing or blank line or a placeholder (`n/a`, `unknown`), which gets an
    /// `address.placeholder` finding.
    private static func withWords(
        of line: String?, second: Bool, units: inout [String], findings: inout [Finding],
        _ body: (inout StreetWords?, inout [String], inout [Finding]) -> Void
    ) {
        guard let line else {
            var none: StreetWords?
            return body(&none, &units, &findings)
        }
        line.withUTF8Bytes { bytes in
            guard bytes.contains(where: { !ASCII.isSpace($0) }) else {
                var none: StreetWords?
                return body(&none, &units, &findings)
            }
            StreetWords.withWords(of: bytes) { words in
                var found: StreetWords?
                if words.count == 0 || words.isPlaceholder {
                    findings.append(Finding(second ? .addressLine2 : .addressLine1, .placeholder, "address.placeholder"))
                } else {
                    words.extractUnits(into: &units, secondLine: second)
                    found = words
                }
                body(&found, &units, &findings)
            }
        }
    }

    /// Sets the street key and house number from `words`, whose units are already out.
    private mutating func standardize(_ words: inout StreetWords, country: String?) {
        let house = words.standardize(country: country)
        houseNumber = house.map { words.current($0) }
        streetKey = words.key()
    }
}

extension StreetWords {
    /// Whether any word is still in the street key.
    var hasKeptWords: Bool { words.contains { $0.output != .drop } }

    /// Whether the whole line is a stand-in for no address: `n/a`, `unknown`, `none`, `xxx`.
    var isPlaceholder: Bool {
        guard words.count <= 3 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            var count = 0
            for word in words {
                if count > 0 {
                    guard count < 16 else { return false }
                    buffer[count] = ASCII.space
                    count += 1
                }
                guard count + word.end - word.start <= 16 else { return false }
                for byte in bytes[word.start..<word.end] {
                    buffer[count] = byte
                    count += 1
                }
            }
            return PackedWord(UnsafeBufferPointer(rebasing: buffer[..<count]))
                .map { AddressPlaceholders.contains($0) } ?? false
        }
    }
}
