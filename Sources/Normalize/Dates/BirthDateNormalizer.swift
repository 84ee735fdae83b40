import GoldenCore

/// Dates of birth, read in whatever form a feed wrote them and checked for plausibility.
///
/// The source's own formats (``NormalizeOptions/dateFormats``) are tried first; then the common
/// forms are recognized (see ``DateSniffer``). Every result is checked:
/// - impossible (`2023-02-30`, month 13) → invalid, `date.impossible`;
/// - not a date at all → invalid, `date.unparseable`; only a year or a year and month → invalid,
///   `date.incomplete`;
/// - a stand-in for "unknown" (`1900-01-01`, `1901-01-01`, `1800-01-01`, `0001-01-01`,
///   `9999-12-31`, `1111-11-11`, `0000-00-00`, and `1970-01-01` when it came from epoch 0) →
///   placeholder, `date.placeholder`;
/// - after `observedAt`, or more than 125 years before it → invalid, `date.out_of_range`; with no
///   `observedAt`, years before 1850 or after 2100 are;
/// - a birthday without a year (`07-12`, `--07-12`, `12 July`) → partial, `date.partial`;
/// - a guess between day-first and month-first (`03/04/1980` with no source order and no country,
///   or in Canada, where both are written) → still valid, with `date.ambiguous_order`.
///
/// Two-digit years are put in the century that makes the date of birth not later than
/// `observedAt` (or than the year 2000 when it is unknown): `12/07/80` → 1980, `01/02/03` seen in
/// 2024 → 2003.
///
/// An empty value is invalid without a finding: a missing date of birth is not a data error.
enum BirthDateNormalizer {
    static func normalize(
        _ raw: String, options: NormalizeOptions, country: String?, observedAt: Timestamp?,
        findings: inout [Finding]
    ) -> BirthDate {
        let observed = observedAt.map { CivilDate(daysSinceEpoch: floorDays($0.secondsSinceEpoch)) }
        let reading = raw.withUTF8Bytes { all -> DateReading in
            let bytes = trimmed(all)
            guard !bytes.isEmpty else { return .empty }
            for format in options.dateFormats {
                if let reading = read(bytes, format: format, observed: observed) { return reading }
            }
            let order = DateSniffer.Order(options: options, country: country ?? options.defaultCountry)
            return DateSniffer.read(bytes, order: order, observed: observed)
        }
        return finish(reading, raw: raw, observed: observed, findings: &findings)
    }

    /// The outcome of reading a date, before it is checked.
    enum DateReading: Equatable {
        case date(year: Int, month: Int, day: Int, ambiguous: Bool = false, epochZero: Bool = false)
        case noYear(month: Int, day: Int, ambiguous: Bool = false)
        case incomplete
        case unparseable
        case empty
    }

    /// The date of `bytes` in one of the source's formats, or nil when it does not fit.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, format: TimestampFormat, observed: CivilDate?)
        -> DateReading?
    {
        guard let value = format.parse(utf8: UnsafeRawBufferPointer(bytes)) else { return nil }
        var year = value.date.year
        if case .pattern(let tokens) = format, tokens.contains(.year2) {
            year = pivot(year % 100, month: value.date.month, day: value.date.day, observed: observed)
        }
        let epochZero = (format == .epochSeconds || format == .epochMilliseconds) && value.secondsAsUTC == 0
        return .date(year: year, month: value.date.month, day: value.date.day, epochZero: epochZero)
    }

    /// The year of a two-digit year `yy`: 20yy unless that puts the date after `observed` (or
    /// after 2000 when unknown), else 19yy.
    static func pivot(_ yy: Int, month: Int, day: Int, observed: CivilDate?) -> Int {
        let limit = observed.map { ($0.year, $0.month, $0.day) } ?? (2000, 12, 31)
        return (2000 + yy, month, day) <= limit ? 2000 + yy : 1900 + yy
    }

    private static func finish(
        _ reading: DateReading, raw: String, observed: CivilDate?, findings: inout [Finding]
    ) -> BirthDate {
        func unusable(_ status: ValueStatus, _ code: String) -> BirthDate {
            findings.append(Finding(.dateOfBirth, status == .placeholder ? .placeholder : .invalid, code))
            return .unusable(raw: raw, status)
        }
        switch reading {
        case .empty:
            return .unusable(raw: raw, .invalid)
        case .unparseable:
            return unusable(.invalid, "date.unparseable")
        case .incomplete:
            return unusable(.invalid, "date.incomplete")
        case .noYear(let month, let day, let ambiguous):
            if month == 0 && day == 0 { return unusable(.placeholder, "date.placeholder") }
            guard CivilDate(year: 2000, month: month, day: day) != nil else {
                return unusable(.invalid, "date.impossible")
            }
            findings.append(Finding(.dateOfBirth, .partial, "date.partial"))
            if ambiguous { findings.append(Finding(.dateOfBirth, .ambiguous, "date.ambiguous_order")) }
            return BirthDate(raw: raw, year: nil, month: month, day: day, status: .partial)
        case .date(let year, let month, let day, let ambiguous, let epochZero):
            if year == 0 && month == 0 && day == 0 { return unusable(.placeholder, "date.placeholder") }
            guard let date = CivilDate(year: year, month: month, day: day) else {
                return unusable(.invalid, "date.impossible")
            }
            if isPlaceholder(date) || (epochZero && year == 1970 && month == 1 && day == 1) {
                return unusable(.placeholder, "date.placeholder")
            }
            guard isInRange(date, observed: observed) else { return unusable(.invalid, "date.out_of_range") }
            if ambiguous { findings.append(Finding(.dateOfBirth, .ambiguous, "date.ambiguous_order")) }
            return BirthDate(raw: raw, year: year, month: month, day: day, status: .valid)
        }
    }

    /// Dates that systems write when they do not know one.
    private static func isPlaceholder(_ date: CivilDate) -> Bool {
        switch (date.year, date.month, date.day) {
        case (1900, 1, 1), (1901, 1, 1), (1800, 1, 1), (1, 1, 1), (9999, 12, 31), (1111, 11, 11): true
        default: false
        }
    }

    /// Not after `observed` and not more than 125 years before it.
    private static func isInRange(_ date: CivilDate, observed: CivilDate?) -> Bool {
        guard let observed else { return (1850...2100).contains(date.year) }
        let value = (date.year, date.month, date.day)
        return value <= (observed.year, observed.month, observed.day)
            && value >= (observed.year - 125, observed.month, observed.day)
    }

    /// Days since the epoch of `seconds`, rounded down.
    static func floorDays(_ seconds: Int64) -> Int64 {
        seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// `bytes` without ASCII whitespace at either end.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, ASCII.isSpace(bytes[start]) { start += 1 }
        while end > start, ASCII.isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
