/// Case changes for display values, on UTF-8 bytes.
enum NameCasing {
    /// Appends `word` with a capital at the start of each part and small letters elsewhere.
    ///
    /// Parts begin after a hyphen or dash, after an apostrophe that follows a single letter
    /// (`O'Brien`, `D'Souza`) and after a leading `Mc` (`McDonald`; not `Mac`, which is as often
    /// `Macdonald` as `MacDonald`).
    static func appendTitleCased(_ word: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var scalars = UTF8Scalars(word)
        var capitalize = true
        var partLetters = 0
        var firstLetter: UInt32 = 0
        while let scalar = scalars.next() {
            switch scalar {
            case 0x2D, 0x2010...0x2015:
                capitalize = true
                partLetters = 0
                output.appendUTF8(scalar)
            case 0x27, 0x60, 0x2018, 0x2019, 0x02BC:
                capitalize = partLetters == 1
                partLetters = 0
                output.appendUTF8(scalar)
            case 0x2E, 0x0300...0x036F:
                output.appendUTF8(scalar)
            case 0x03A3 where !capitalize && isWordEnd(scalars):
                output.appendUTF8(0x03C2)  // Greek final small sigma
                partLetters += 1
            default:
                if capitalize { appendUpper(scalar, to: &output) } else { appendLower(scalar, to: &output) }
                capitalize = false
                partLetters += 1
                if partLetters == 1 { firstLetter = scalar | 0x20 }
                if partLetters == 2 && firstLetter == 0x6D && scalar | 0x20 == 0x63 && word.count - scalars.position >= 2 {
                    capitalize = true  // Mc
                }
            }
        }
    }

    /// Whether no letter follows in the word (the next scalar, if any, is a hyphen, an apostrophe
    /// or a period).
    private static func isWordEnd(_ scalars: UTF8Scalars) -> Bool {
        var next = scalars
        guard let scalar = next.next() else { return true }
        switch scalar {
        case 0x2D, 0x2E, 0x27, 0x2010...0x2015, 0x2018, 0x2019: return true
        default: return false
        }
    }

    /// Appends `word` in small letters.
    static func appendLowercased(_ word: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var scalars = UTF8Scalars(word)
        while let scalar = scalars.next() { appendLower(scalar, to: &output) }
    }

    @inline(__always)
    static func appendUpper(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0x61...0x7A: output.append(UInt8(scalar) & 0xDF)
        case 0..<0x80, 0xC0...0xDE: output.appendUTF8(scalar)
        case 0xE0...0xFE where scalar != 0xF7: output.appendUTF8(scalar - 0x20)
        default:
            guard let value = Unicode.Scalar(scalar) else { return output.appendUTF8(scalar) }
            output.append(contentsOf: value.properties.titlecaseMapping.utf8)
        }
    }

    @inline(__always)
    static func appendLower(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0x41...0x5A: output.append(UInt8(scalar) | 0x20)
        case 0..<0x80, 0xDF...0xFF: output.appendUTF8(scalar)
        case 0xC0...0xDE where scalar != 0xD7: output.appendUTF8(scalar + 0x20)
        default:
            guard let value = Unicode.Scalar(scalar) else { return output.appendUTF8(scalar) }
            output.append(contentsOf: value.properties.lowercaseMapping.utf8)
        }
    }
}
