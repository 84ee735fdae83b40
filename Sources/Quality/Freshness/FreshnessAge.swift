import GoldenCore

/// A span of calendar time, dbt-style: a count of days, months or years (`{count: 18, period:
/// month}`).
///
/// Months and years are calendar arithmetic on the UTC date, the time of day kept: a month after
/// 31 January is the last day of February (29th in a leap year), a year after 29 February 2024
/// is 28 February 2025. Days are 86,400 seconds.
///
/// ```swift
/// let age = FreshnessAge(count: 1, period: .month)
/// age.added(to: Timestamp(iso8601: "2024-01-31T10:00:00Z")!).iso8601   // "2024-02-29T10:00:00Z"
/// ```
public struct FreshnessAge: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The unit of a ``FreshnessAge``.
    public enum Period: String, Hashable, Sendable, Codable, CaseIterable {
        case day, month, year
    }

    /// How many periods; zero or more.
    public var count: Int
    public var period: Period

    /// `count` periods.
    public init(count: Int, period: Period) {
        self.count = count
        self.period = period
    }

    /// The instant `self` after `start`.
    ///
    /// - Complexity: O(1).
    public func added(to start: Timestamp) -> Timestamp {
        let seconds = start.secondsSinceEpoch
        switch period {
        case .day:
            return Timestamp(secondsSinceEpoch: seconds &+ Int64(count) &* 86_400)
        case .month, .year:
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let timeOfDay = seconds - days * 86_400
            let date = CivilDate(daysSinceEpoch: days)
            let months = period == .year ? count * 12 : count
            let monthIndex = date.year * 12 + (date.month - 1) + months
            let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
            let month = monthIndex - year * 12 + 1
            let day = min(date.day, CivilDate.daysInMonth(year: year, month: month))
            // Valid by construction: the day is clamped to the month's length.
            let target = CivilDate(year: year, month: month, day: day)!
            return Timestamp(secondsSinceEpoch: target.daysSinceEpoch * 86_400 + timeOfDay)
        }
    }

    /// `18 months`, `1 day`.
    public var description: String {
        "\(count) \(period.rawValue)\(count == 1 ? "" : "s")"
    }
}
