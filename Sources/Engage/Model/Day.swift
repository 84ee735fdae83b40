import GoldenCore

/// A calendar day, counted from 1970-01-01 (UTC): the unit engagement works in.
///
/// Engagement decides once per customer per day, so every time it sees is cut to its day.
///
/// ```swift
/// let today = Day(CivilDate(year: 2026, month: 6, day: 30)!)
/// let then = Day(Timestamp(secondsSinceEpoch: 1_780_000_000))
/// today.days(since: then)              // whole days between them
/// today.adding(days: 7).description    // "2026-07-07"
/// ```
public struct Day: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var index: Int32

    public init(index: Int32) { self.index = index }

    /// The day of a calendar date.
    public init(_ date: CivilDate) { index = Int32(clamping: date.daysSinceEpoch) }

    /// The UTC day an instant falls on.
    public init(_ time: Timestamp) {
        let seconds = time.secondsSinceEpoch
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        index = Int32(clamping: days)
    }

    /// The calendar date of this day.
    public var date: CivilDate { CivilDate(daysSinceEpoch: Int64(index)) }

    /// `self - other` in days: positive when `other` is earlier.
    public func days(since other: Day) -> Int { Int(index) - Int(other.index) }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> Day { Day(index: index &+ Int32(clamping: days)) }

    /// The Monday-based week the day falls in, counted from the week of 1970-01-01 (a Thursday).
    public var week: Int32 { (index + 3 >= 0 ? index + 3 : index - 3) / 7 }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.index < rhs.index }

    /// `YYYY-MM-DD`.
    public var description: String { date.description }

    /// Reads `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        self.init(date)
    }
}
