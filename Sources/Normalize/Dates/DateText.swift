/// What a date of birth is made of once read: up to three numbers, a month name, and the
/// punctuation that matters for the order of the numbers.
struct DateText {
    /// A run of digits.
    struct Number {
        var value: Int
        var digits: Int
    }

    private(set) var numbers: (Number, Number, Number) = (Number(value: 0, digits: 0), Number(value: 0, digits: 0),
                                                          Number(value: 0, digits: 0))
    private(set) var count = 0
    /// The month, when it was written as a word.
    private(set) var month: Int?
    /// The first separator between two numbers (`-`, `/`, `.`, space).
    private(set) var separator: UInt8 = 0
    /// Whether the text began with `--` (ISO 8601 for a date without a year: `--07-12`).
    private(set) var isoNoYear = false

    /// The number at `index` (below ``count``).
    func number(_ index: Int) -> Number {
        switch index {
        case 0: numbers.0
        case 1: numbers.1
        default: numbers.2
        }
    }

    /// Reads `bytes` (trimmed, not all digits); nil when it is not a date: more than three
    /// numbers, a word that is not a month or a filler, two month words, or other characters.
    /// A time after the date (`T00:00:00Z`, ` 12:00 AM`) is skipped.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let end = Self.dateEnd(bytes)
        guard end > 0 else { return nil }
        var index = 0
        if end > 2, bytes[0] == ASCII.hyphen, bytes[1] == ASCII.hyphen {
            isoNoYear = true
            index = 2
        }
        var lastWasNumber = false
        while index < end {
            let byte = bytes[index]
            if ASCII.isDigit(byte) {
                var value = 0
                var digits = 0
                while index < end, ASCII.isDigit(bytes[index]) {
                    value = value &* 10 &+ Int(bytes[index] - 48)
                    digits += 1
                    index += 1
                }
                guard digits <= 4, count < 3 else { return nil }
                let number = Number(value: value, digits: digits)
                switch count {
                case 0: numbers.0 = number
                case 1: numbers.1 = number
                default: numbers.2 = number
                }
                count += 1
                lastWasNumber = true
                index = Self.skipOrdinalSuffix(bytes, from: index, end: end)
            } else if ASCII.isLetter(byte) || byte >= 0x80 {
                var wordEnd = index
                while wordEnd < end, ASCII.isLetter(bytes[wordEnd]) || bytes[wordEnd] >= 0x80 { wordEnd += 1 }
                switch MonthNames.word(UnsafeBufferPointer(rebasing: bytes[index..<wordEnd])) {
                case .month(let value)?:
                    guard month == nil else { return nil }
                    month = value
                case .filler?: break
                case nil: return nil
                }
                index = wordEnd
                lastWasNumber = false
            } else if Self.isSeparator(byte) {
                if lastWasNumber, separator == 0, count == 1 { separator = byte }
                index += 1
            } else {
                return nil
            }
        }
    }

    /// Where the date ends: before a time (`T12:00`, ` 00:00:00.000Z`, ` 12:00 AM`), else the end.
    /// 0 when a time is there but malformed.
    private static func dateEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return bytes.count }
        var hour = colon
        while hour > 0, ASCII.isDigit(bytes[hour - 1]) { hour -= 1 }
        guard colon - hour >= 1, colon - hour <= 2, hour > 1 else { return 0 }
        let before = bytes[hour - 1]
        guard before == UInt8(ascii: "T") || before == UInt8(ascii: "t") || before == ASCII.space else { return 0 }
        for byte in bytes[colon...] {
            switch byte {
            case 0x30...0x39, UInt8(ascii: ":"), ASCII.period, ASCII.comma, ASCII.plus, ASCII.hyphen, ASCII.space,
                UInt8(ascii: "Z"), UInt8(ascii: "z"), UInt8(ascii: "A"), UInt8(ascii: "a"), UInt8(ascii: "P"),
                UInt8(ascii: "p"), UInt8(ascii: "M"), UInt8(ascii: "m"):
                continue
            default:
                return 0
            }
        }
        return hour - 1
    }

    /// After a day: `st`, `nd`, `rd`, `th` (`12th`), `er` (`1er`), `º`, and the German `.` of
    /// `12. Juli` is a separator anyway.
    private static func skipOrdinalSuffix(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int) -> Int {
        guard index + 1 < end else { return index }
        let a = ASCII.lower(bytes[index])
        let b = ASCII.lower(bytes[index + 1])
        if a == 0xC2, b == 0xBA { return index + 2 }  // º
        let isSuffix = (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
            || (a == UInt8(ascii: "e") && b == UInt8(ascii: "r"))
        guard isSuffix else { return index }
        let after = index + 2
        return after == end || !ASCII.isLetter(bytes[after]) ? after : index
    }

    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == ASCII.hyphen || byte == UInt8(ascii: "/") || byte == ASCII.period || byte == ASCII.space
            || byte == ASCII.comma || byte == ASCII.tab
    }
}
