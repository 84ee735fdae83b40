/// Writing field values the way each feed format needs them: CSV quoting (RFC 4180), XML
/// escaping, character references and CDATA, and Windows-1252 for the POS tills.
extension Array where Element == UInt8 {
    /// Appends `value` as one CSV field, quoted when it holds the delimiter, a quote or a line
    /// break (quotes doubled). With `windows1252`, text is encoded in that code page.
    mutating func appendCSVField(_ value: String, delimiter: UInt8, windows1252: Bool = false) {
        let needsQuotes = value.utf8.contains {
            $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
        if needsQuotes { append(UInt8(ascii: "\"")) }
        if windows1252 {
            for scalar in value.unicodeScalars {
                if scalar == "\"" { append(UInt8(ascii: "\"")) }
                append(Windows1252.byte(for: scalar))
            }
        } else {
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\"") { append(byte) }
                append(byte)
            }
        }
        if needsQuotes { append(UInt8(ascii: "\"")) }
    }

    /// Appends `value` as XML text or attribute content: `&`, `<`, `>` and `"` escaped. With
    /// `characterReferences`, every non-ASCII character is written as `&#NNN;`.
    mutating func appendXMLEscaped(_ value: String, characterReferences: Bool = false) {
        if !characterReferences {
            for byte in value.utf8 { appendEscaped(byte) }
            return
        }
        for scalar in value.unicodeScalars {
            if scalar.value < 0x80 {
                appendEscaped(UInt8(scalar.value))
            } else {
                append("&#")
                append(decimal: Int(scalar.value))
                append(UInt8(ascii: ";"))
            }
        }
    }

    @inline(__always)
    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "&"): append("&amp;")
        case UInt8(ascii: "<"): append("&lt;")
        case UInt8(ascii: ">"): append("&gt;")
        case UInt8(ascii: "\""): append("&quot;")
        default: append(byte)
        }
    }

    /// Appends `value` as a CDATA section (which cannot hold `]]>`; such text is escaped instead).
    mutating func appendCDATA(_ value: String) {
        guard !value.contains("]]>") else { return appendXMLEscaped(value) }
        append("<![CDATA[")
        append(value)
        append("]]>")
    }

    /// Appends `<name>value</name>` with `value` escaped.
    mutating func appendElement(_ name: String, _ value: String, characterReferences: Bool = false) {
        append(UInt8(ascii: "<"))
        append(name)
        append(UInt8(ascii: ">"))
        appendXMLEscaped(value, characterReferences: characterReferences)
        append("</")
        append(name)
        append(UInt8(ascii: ">"))
    }
}

/// The Windows-1252 code page: Latin-1 plus typographic characters in 0x80–0x9F.
enum Windows1252 {
    /// The byte for `scalar`, or `?` for characters the code page lacks.
    static func byte(for scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x80 || (value >= 0xA0 && value <= 0xFF) { return UInt8(value) }
        switch value {
        case 0x20AC: return 0x80  // €
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A  // Š
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C  // Œ
        case 0x017D: return 0x8E  // Ž
        case 0x2018: return 0x91
        case 0x2019: return 0x92  // ’
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A  // š
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C  // œ
        case 0x017E: return 0x9E  // ž
        case 0x0178: return 0x9F  // Ÿ
        default: return UInt8(ascii: "?")
        }
    }
}
