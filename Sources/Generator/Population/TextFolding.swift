/// Accent folding for the places where people and systems drop accents: e-mail addresses,
/// handles, and feeds that only take ASCII.
enum TextFolding {
    /// `text` with accented Latin letters replaced by their plain letters (`José` → `Jose`,
    /// `Müller` → `Muller`, `Weiß` → `Weiss`). With `germanStyle`, umlauts become two letters
    /// (`Müller` → `Mueller`), as Germans write them when a system refuses them.
    static func ascii(_ text: String, germanStyle: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.value >= 0x80 else {
                scalars.append(scalar)
                continue
            }
            for replacement in fold(scalar, germanStyle: germanStyle).unicodeScalars {
                scalars.append(replacement)
            }
        }
        return String(scalars)
    }

    /// Whether `text` has any non-ASCII character.
    static func hasNonASCII(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x80 }
    }

    /// Lowercase ASCII letters and digits of `text`, accents folded: `O'Brien` → `obrien`.
    static func emailPart(_ text: String) -> String {
        var bytes: [UInt8] = []
        for byte in ascii(text, germanStyle: true).utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func fold(_ scalar: Unicode.Scalar, germanStyle: Bool) -> String {
        switch scalar {
        case "ä": return germanStyle ? "ae" : "a"
        case "ö": return germanStyle ? "oe" : "o"
        case "ü": return germanStyle ? "ue" : "u"
        case "Ä": return germanStyle ? "Ae" : "A"
        case "Ö": return germanStyle ? "Oe" : "O"
        case "Ü": return germanStyle ? "Ue" : "U"
        case "ß": return "ss"
        case "à", "á", "â", "ã", "å": return "a"
        case "À", "Á", "Â", "Ã", "Å": return "A"
        case "ç": return "c"
        case "Ç": return "C"
        case "è", "é", "ê", "ë": return "e"
        case "È", "É", "Ê", "Ë": return "E"
        case "ì", "í", "î", "ï": return "i"
        case "Ì", "Í", "Î", "Ï": return "I"
        case "ñ": return "n"
        case "Ñ": return "N"
        case "ò", "ó", "ô", "õ": return "o"
        case "Ò", "Ó", "Ô", "Õ": return "O"
        case "ù", "ú", "û": return "u"
        case "Ù", "Ú", "Û": return "U"
        case "ý", "ÿ": return "y"
        case "æ": return "ae"
        case "œ": return "oe"
        case "Œ": return "Oe"
        case "º": return "o"
        case "ª": return "a"
        default: return ""
        }
    }
}
