/// Lower-casing of internationalized addresses (`Jörg@Müller.de`), off the ASCII fast path.
enum EmailUnicode {
    /// Whether `bytes` holds any non-ASCII byte.
    @inline(__always)
    static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return true }
        return false
    }

    /// `bytes` lower-cased (ASCII and Unicode letters) in NFC, or `nil` when a non-ASCII
    /// character is not a letter, digit or combining mark (a no-break space, a full-width `＠`,
    /// a symbol): such addresses are invalid.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count &+ 8)
        var scalars = UTF8Scalars(bytes)
        while let scalar = scalars.next() {
            if scalar < 0x80 {
                output.append(ASCII.lower(UInt8(scalar)))
                continue
            }
            guard let value = Unicode.Scalar(scalar), isWordCharacter(value) else { return nil }
            output.append(contentsOf: value.properties.lowercaseMapping.utf8)
        }
        return Array(String(utf8Bytes: output)._nfcCodeUnits)
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }
}
