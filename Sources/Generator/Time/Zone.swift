import GoldenCore

/// The handful of time zones the generated customers live in, with their daylight-saving rules
/// (EU rules since 1996, US rules since 2007) worked out from the calendar — no tz database.
enum Zone: Sendable {
    case london
    case centralEurope
    case usEastern
    case usCentral
    case usMountain
    case usArizona
    case usPacific

    private var standardOffset: Int64 {
        switch self {
        case .london: 0
        case .centralEurope: 3600
        case .usEastern: -5 * 3600
        case .usCentral: -6 * 3600
        case .usMountain, .usArizona: -7 * 3600
        case .usPacific: -8 * 3600
        }
    }

    /// The offset from UTC, in seconds, at the instant `utc` (seconds since the epoch).
    func offset(at utc: Int64) -> Int64 {
        let year = CivilDate(daysSinceEpoch: floorDivide(utc, 86_400)).year
        switch self {
        case .london, .centralEurope:
            let start = lastSunday(year: year, month: 3) * 86_400 + 3600
            let end = lastSunday(year: year, month: 10) * 86_400 + 3600
            return standardOffset + (utc >= start && utc < end ? 3600 : 0)
        case .usArizona:
            return standardOffset
        case .usEastern, .usCentral, .usMountain, .usPacific:
            let start = nthSunday(year: year, month: 3, n: 2) * 86_400 + 7200 - standardOffset
            let end = nthSunday(year: year, month: 11, n: 1) * 86_400 + 7200 - standardOffset - 3600
            return standardOffset + (utc >= start && utc < end ? 3600 : 0)
        }
    }
}

/// Floor division for possibly negative instants.
func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    value >= 0 ? value / divisor : (value - divisor + 1) / divisor
}

/// Day of the week, 0 = Sunday, for a day number since 1970-01-01 (a Thursday).
func weekday(_ day: Int64) -> Int {
    Int(((day % 7) + 11) % 7)
}

private func lastSunday(year: Int, month: Int) -> Int64 {
    let last = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))!
    let day = last.daysSinceEpoch
    return day - Int64(weekday(day))
}

private func nthSunday(year: Int, month: Int, n: Int) -> Int64 {
    let first = CivilDate(year: year, month: month, day: 1)!.daysSinceEpoch
    let firstSunday = first + Int64((7 - weekday(first)) % 7)
    return firstSunday + Int64(7 * (n - 1))
}
