/// Upper and lower case of single Unicode scalars, without allocating for Latin letters.
///
/// Latin-1 and Latin Extended-A (where nearly every European place name's letters are) are mapped
/// arithmetically; other scripts go through the scalar's Unicode properties, taking the mapping
/// only when it is one scalar (`ß` stays `ß` in upper case).
enum LetterCase {
    /// Whether `scalar` is an upper-case letter.
    @inline(__always)
    static func isUpper(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return ASCII.isUpper(UInt8(scalar)) }
        if let lower = latinLower(scalar) { return lower != scalar }
        return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
    }

    /// Whether `scalar` is a lower-case letter.
    @inline(__always)
    static func isLower(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return ASCII.isLower(UInt8(scalar)) }
        if let upper = latinUpper(scalar) { return upper != scalar || scalar == 0xDF || scalar == 0x138 || scalar == 0x149 }
        return Unicode.Scalar(scalar)?.properties.isLowercase ?? false
    }

    /// `scalar` in lower case.
    static func lower(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 { return UInt32(ASCII.lower(UInt8(scalar))) }
        if let lower = latinLower(scalar) { return lower }
        return single(Unicode.Scalar(scalar)?.properties.lowercaseMapping) ?? scalar
    }

    /// `scalar` in upper case.
    static func upper(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 { return UInt32(ASCII.upper(UInt8(scalar))) }
        if let upper = latinUpper(scalar) { return upper }
        return single(Unicode.Scalar(scalar)?.properties.uppercaseMapping) ?? scalar
    }

    private static func single(_ mapping: String?) -> UInt32? {
        guard let scalars = mapping?.unicodeScalars, scalars.count == 1 else { return nil }
        return scalars.first!.value
    }

    /// The lower case of a Latin-1 or Extended-A letter (itself when already lower), or nil for
    /// other scalars.
    private static func latinLower(_ s: UInt32) -> UInt32? {
        switch s {
        case 0xC0...0xDE where s != 0xD7: s + 0x20
        case 0xDF...0xFF where s != 0xF7: s
        case 0x130: 0x69
        case 0x131, 0x138, 0x149, 0x17F: s
        case 0x178: 0xFF
        case 0x100...0x137, 0x14A...0x177: s | 1
        case 0x139...0x148, 0x179...0x17E: s & 1 == 1 ? s + 1 : s
        default: nil
        }
    }

    /// The upper case of a Latin-1 or Extended-A letter (itself when already upper, or when it
    /// has no single-scalar upper case), or nil for other scalars.
    private static func latinUpper(_ s: UInt32) -> UInt32? {
        switch s {
        case 0xC0...0xDE where s != 0xD7: s
        case 0xE0...0xFE where s != 0xF7: s - 0x20
        case 0xDF, 0x138, 0x149, 0x130: s
        case 0xFF: 0x178
        case 0x131: 0x49
        case 0x17F: 0x53
        case 0x178: s
        case 0x100...0x137, 0x14A...0x177: s & ~1
        case 0x139...0x148, 0x179...0x17E: s & 1 == 0 ? s - 1 : s
        default: nil
        }
    }
}
