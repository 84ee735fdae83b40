import GoldenCore

/// Recognizes the common ways of writing a date of birth when the source declared no format.
///
/// - Year first: `1980-07-12`, `1980/07/12`, `1980.07.12`, `19800712`, ISO timestamps
///   `1980-07-12T00:00:00Z` (the date as written).
/// - Year last, in the order of ``Order``: `12/07/1980`, `07/12/1980`, `12-07-1980`, `12/07/80`;
///   dots (`12.07.1980`) always mean day first. When one number is over 12 it is the day,
///   whatever the order says.
/// - Month names in English, German, French and Spanish (``MonthNames``): `12 Jul 1980`,
///   `July 12, 1980`, `12. Juli 1980`, `12 juillet 1980`, `12 de julio de 1980`, `12th July 80`.
/// - Epoch seconds (9 or 10 digits, or negative), milliseconds (12 or 13 digits); `0` is epoch 0.
/// - Birthdays without a year: `--07-12` and `07-12` (ISO month-day), `12/07` and `12.07.` (in
///   the order), `12 July`.
enum DateSniffer {
    /// The order of day and month for numeric dates, and whether it is a guess.
    struct Order {
        var monthFirst: Bool
        /// Whether the order was guessed (no source order; no country, or Canada).
        var guessed: Bool
        /// Whether two-digit first numbers are years (`80/07/12` with the `ymd` source order).
        var yearFirst = false

        init(options: NormalizeOptions, country: String?) {
            if let order = options.dateOrder {
                monthFirst = order == .monthDayYear || (order == .yearMonthDay && Self.isMonthFirst(country))
                yearFirst = order == .yearMonthDay
                guessed = false
                return
            }
            let isCanada = country.map { Self.packed($0) == 0x4341 } ?? false  // CA
            monthFirst = Self.isMonthFirst(country) || isCanada
            guessed = country == nil || isCanada
        }

        /// The US and its territories write the month first.
        private static func isMonthFirst(_ country: String?) -> Bool {
            guard let country else { return false }
            switch packed(country) {
            // US, PR, GU, VI, AS, MP, UM
            case 0x5553, 0x5052, 0x4755, 0x5649, 0x4153, 0x4D50, 0x554D: return true
            default: return false
            }
        }

        /// A country code's bytes as one integer (codes are compared without string comparison).
        @inline(__always)
        private static func packed(_ code: String) -> UInt32 {
            var value: UInt32 = 0
            for byte in code.utf8.prefix(4) { value = value << 8 | UInt32(byte) }
            return value
        }
    }

    typealias Reading = BirthDateNormalizer.DateReading

    /// The date in `bytes` (trimmed, not empty).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, order: Order, observed: CivilDate?) -> Reading {
        if let reading = readInteger(bytes, order: order) { return reading }
        guard let text = DateText(bytes) else { return .unparseable }
        if let month = text.month { return readWithMonthName(text, month: month, observed: observed) }
        switch text.count {
        case 3: return readThree(text, order: order, observed: observed)
        case 2: return readTwo(text, order: order)
        case 1: return text.number(0).digits == 4 ? .incomplete : .unparseable
        default: return .unparseable
        }
    }

    /// All digits: `19800712`, epoch seconds or milliseconds, a bare year.
    private static func readInteger(_ bytes: UnsafeBufferPointer<UInt8>, order: Order) -> Reading? {
        let negative = bytes.first == ASCII.hyphen
        let digits = UnsafeBufferPointer(rebasing: bytes[(negative ? 1 : 0)...])
        guard !digits.isEmpty, digits.allSatisfy(ASCII.isDigit) else { return nil }
        func value(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 &* 10 &+ Int($1 - 48) } }
        switch (negative, digits.count) {
        case (false, 8):
            let (year, month, day) = (value(0..<4), value(4..<6), value(6..<8))
            if (1...12).contains(month), (1...31).contains(day) { return .date(year: year, month: month, day: day) }
            return ordered(value(0..<2), value(2..<4), year: value(4..<8), order: order, dayFirst: false)
        case (false, 1) where digits[0] == UInt8(ascii: "0"), (false, 9), (false, 10), (true, 1...10):
            return epoch(Int64(value(0..<digits.count)) * (negative ? -1 : 1))
        case (false, 12), (false, 13):
            return epoch(Int64(value(0..<digits.count)) / 1000)
        case (false, 4):
            return .incomplete
        default:
            return .unparseable
        }
    }

    private static func epoch(_ seconds: Int64) -> Reading {
        let date = CivilDate(daysSinceEpoch: BirthDateNormalizer.floorDays(seconds))
        return .date(year: date.year, month: date.month, day: date.day, epochZero: seconds == 0)
    }

    /// Three numbers: year first (4 digits, or 2 digits with the `ymd` order or over 31), else
    /// year last in the order.
    private static func readThree(_ text: DateText, order: Order, observed: CivilDate?) -> Reading {
        let (a, b, c) = (text.number(0), text.number(1), text.number(2))
        if a.digits == 4 || (a.digits == 2 && c.digits <= 2 && (order.yearFirst || a.value > 31)) {
            guard b.digits <= 2, c.digits <= 2 else { return .unparseable }
            let year = a.digits == 4 ? a.value : BirthDateNormalizer.pivot(a.value, month: b.value, day: c.value, observed: observed)
            return .date(year: year, month: b.value, day: c.value)
        }
        guard a.digits <= 2, b.digits <= 2, c.digits == 4 || c.digits == 2 else { return .unparseable }
        let dayFirst = text.separator == ASCII.period
        var reading = ordered(a.value, b.value, year: c.value, order: order, dayFirst: dayFirst)
        if c.digits == 2, case .date(_, let month, let day, let ambiguous, _) = reading {
            let year = BirthDateNormalizer.pivot(c.value, month: month, day: day, observed: observed)
            reading = .date(year: year, month: month, day: day, ambiguous: ambiguous)
        }
        return reading
    }

    /// Day and month in the order (or day first when `dayFirst`), swapped when the month would be
    /// over 12 and the day is not.
    private static func ordered(_ first: Int, _ second: Int, year: Int?, order: Order, dayFirst: Bool) -> Reading {
        let monthFirst = order.monthFirst && !dayFirst
        var (month, day) = monthFirst ? (first, second) : (second, first)
        if month > 12 && day <= 12 { swap(&month, &day) }
        let ambiguous = order.guessed && !dayFirst && first <= 12 && second <= 12 && first != second
            && first > 0 && second > 0
        guard let year else { return .noYear(month: month, day: day, ambiguous: ambiguous) }
        return .date(year: year, month: month, day: day, ambiguous: ambiguous)
    }

    /// Two numbers: a birthday without a year, or a year and month (incomplete).
    private static func readTwo(_ text: DateText, order: Order) -> Reading {
        let (a, b) = (text.number(0), text.number(1))
        guard a.digits <= 2, b.digits <= 2 else {
            return a.digits == 4 || b.digits == 4 ? .incomplete : .unparseable
        }
        if text.isoNoYear || text.separator == ASCII.hyphen {
            var (month, day) = (a.value, b.value)
            if month > 12 && day <= 12 { swap(&month, &day) }
            return .noYear(month: month, day: day)
        }
        return ordered(a.value, b.value, year: nil, order: order, dayFirst: text.separator == ASCII.period)
    }

    /// A month name with one number (a day: no year; a year: incomplete) or two (day and year).
    private static func readWithMonthName(_ text: DateText, month: Int, observed: CivilDate?) -> Reading {
        switch text.count {
        case 1:
            let number = text.number(0)
            if number.digits <= 2 { return .noYear(month: month, day: number.value) }
            return number.digits == 4 ? .incomplete : .unparseable
        case 2:
            let (a, b) = (text.number(0), text.number(1))
            let day: Int
            let year: Int
            if a.digits == 4, b.digits <= 2 {
                (year, day) = (a.value, b.value)
            } else if b.digits == 4 || b.digits == 2, a.digits <= 2 {
                day = a.value
                year = b.digits == 4 ? b.value : BirthDateNormalizer.pivot(b.value, month: month, day: a.value, observed: observed)
            } else {
                return .unparseable
            }
            return .date(year: year, month: month, day: day)
        case 0:
            return .incomplete
        default:
            return .unparseable
        }
    }
}
