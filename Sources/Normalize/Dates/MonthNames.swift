import GoldenCore

/// Month names and their abbreviations in English, German, French and Spanish, and the words a
/// written-out date may carry around them (`12 de julio de 1980`, `Saturday, July 12, 1980`).
enum MonthNames {
    /// What a word of a date is.
    enum Word: Equatable, Sendable {
        case month(Int)
        /// A word that says nothing about the date: `de`, `of`, `the`, a weekday.
        case filler
    }

    /// The meaning of `bytes` (a word of letters, any case, accents allowed), or nil.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Word? {
        guard let key = foldedKey(bytes) else { return nil }
        return words[key]
    }

    /// `bytes` lower-cased and folded to ASCII (`Févr` → `fevr`, `März` → `marz`), packed.
    private static func foldedKey(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedWord? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer -> PackedWord? in
            var count = 0
            func put(_ byte: UInt8) -> Bool {
                guard count < 16, ASCII.isLetter(byte) else { return false }
                buffer[count] = ASCII.lower(byte)
                count += 1
                return true
            }
            var scalars = UTF8Scalars(bytes)
            while let scalar = scalars.next() {
                if scalar < 0x80 {
                    guard put(UInt8(scalar)) else { return nil }
                } else if let (a, b) = LatinFold.ascii(scalar) {
                    guard put(a), b == 0 || put(b) else { return nil }
                } else {
                    return nil
                }
            }
            return PackedWord(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    private static let months: [[String]] = [
        ["january", "jan", "januar", "janner", "janvier", "janv", "enero", "ene"],
        ["february", "feb", "febr", "februar", "fevrier", "fevr", "fev", "febrero"],
        ["march", "mar", "marz", "maerz", "mrz", "mars", "marzo"],
        ["april", "apr", "avril", "avr", "abril", "abr"],
        ["may", "mai", "mayo", "may"],
        ["june", "jun", "juni", "juin", "junio"],
        ["july", "jul", "juli", "juillet", "juil", "julio"],
        ["august", "aug", "aout", "agosto", "ago"],
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre"],
        ["november", "nov", "novembre", "noviembre"],
        ["december", "dec", "dezember", "dez", "decembre", "diciembre", "dic"],
    ]

    private static let fillers = [
        "de", "del", "of", "the", "le", "den", "der", "am", "el", "on",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    ]

    private static let words = PackedWordTable<Word>(
        months.enumerated().flatMap { index, names in names.map { (PackedWord($0), Word.month(index + 1)) } }
            + fillers.map { (PackedWord($0), Word.filler) })
}
