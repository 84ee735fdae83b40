import GoldenCore

/// Comparisons of dates of birth that allow for the ways they go wrong: day and month swapped
/// (`03/04` read as `04/03`), a mistyped year (`1987` for `1978`), a date a few days off, or a
/// birthday given without a year.
///
/// A date takes part when it is usable and has a month and a day (``isComparable(_:)``); each
/// predicate is `false` when either side is not comparable. A *partial* birthday (no year) is
/// compared on month and day only: with a year on neither side or one side, ``exact(_:_:)`` means
/// the same month and day.
public enum DateComparison {
    /// Whether the date can be compared: usable (not invalid or a placeholder) with a month and day.
    ///
    /// - Complexity: O(1).
    public static func isComparable(_ date: BirthDate) -> Bool {
        date.status.isUsable && date.month != nil && date.day != nil
    }

    /// Whether the dates are the same: year, month and day when both have a year, month and day
    /// when either is a birthday without a year.
    ///
    /// - Complexity: O(1).
    public static func exact(_ a: BirthDate, _ b: BirthDate) -> Bool {
        guard let x = Parts(a), let y = Parts(b) else { return false }
        return exact(x, y)
    }

    /// Whether the dates are the same except that day and month are swapped (`1980-03-04` /
    /// `1980-04-03`); years must agree where both are known. A date whose day equals its month
    /// cannot be swapped.
    ///
    /// - Complexity: O(1).
    public static func dayMonthSwapped(_ a: BirthDate, _ b: BirthDate) -> Bool {
        guard let x = Parts(a), let y = Parts(b) else { return false }
        return dayMonthSwapped(x, y)
    }

    /// Whether the dates are at most `days` days apart (`days` ≥ 0).
    ///
    /// With both years known, the distance is between the two dates. When either is a birthday
    /// without a year, it is between the two days of the year, counted around the year's end
    /// (31 December and 1 January are 1 day apart) in a leap year, so that 29 February counts.
    ///
    /// - Complexity: O(1).
    public static func within(days: Int, _ a: BirthDate, _ b: BirthDate) -> Bool {
        precondition(days >= 0, "a date distance cannot be negative")
        guard let x = Parts(a), let y = Parts(b) else { return false }
        return within(days: days, x, y)
    }

    /// Whether both dates have a year and it is the same.
    ///
    /// - Complexity: O(1).
    public static func sameYear(_ a: BirthDate, _ b: BirthDate) -> Bool {
        guard let x = Parts(a), let y = Parts(b) else { return false }
        return sameYear(x, y)
    }

    /// Whether the dates have the same month and day and years that differ by one typing slip:
    /// one digit replaced (`1978` / `1979`, `1978` / `1948`) or two adjacent digits swapped
    /// (`1978` / `1987`, `1978` / `9178`). Both years must be known, 4 digits, and different.
    ///
    /// - Complexity: O(1).
    public static func yearTypo(_ a: BirthDate, _ b: BirthDate) -> Bool {
        guard let x = Parts(a), let y = Parts(b) else { return false }
        return yearTypo(x, y)
    }

    // MARK: - On comparable parts

    static func exact(_ x: Parts, _ y: Parts) -> Bool {
        guard x.month == y.month, x.day == y.day else { return false }
        guard let yearA = x.year, let yearB = y.year else { return true }
        return yearA == yearB
    }

    static func dayMonthSwapped(_ x: Parts, _ y: Parts) -> Bool {
        guard x.month != x.day, x.month == y.day, x.day == y.month else { return false }
        guard let yearA = x.year, let yearB = y.year else { return true }
        return yearA == yearB
    }

    static func within(days: Int, _ x: Parts, _ y: Parts) -> Bool {
        if let yearA = x.year, let yearB = y.year {
            guard let dateA = CivilDate(year: yearA, month: x.month, day: x.day),
                  let dateB = CivilDate(year: yearB, month: y.month, day: y.day)
            else { return false }
            return abs(dateA.daysSinceEpoch - dateB.daysSinceEpoch) <= Int64(days)
        }
        guard let dayA = dayOfLeapYear(x.month, x.day), let dayB = dayOfLeapYear(y.month, y.day) else { return false }
        let apart = abs(dayA - dayB)
        return min(apart, 366 - apart) <= days
    }

    static func sameYear(_ x: Parts, _ y: Parts) -> Bool {
        guard let yearA = x.year, let yearB = y.year else { return false }
        return yearA == yearB
    }

    static func yearTypo(_ x: Parts, _ y: Parts) -> Bool {
        guard x.month == y.month, x.day == y.day, let yearA = x.year, let yearB = y.year else { return false }
        return yearsDifferByTypo(yearA, yearB)
    }

    /// Whether two different 4-digit years differ in one digit or by a swap of two adjacent digits.
    static func yearsDifferByTypo(_ a: Int, _ b: Int) -> Bool {
        guard a != b, (1000...9999).contains(a), (1000...9999).contains(b) else { return false }
        var differing = 0, first = -1
        for index in 0..<4 where digit(a, index) != digit(b, index) {
            if first < 0 { first = index }
            differing += 1
        }
        if differing == 1 { return true }
        return differing == 2 && first < 3
            && digit(a, first) == digit(b, first + 1) && digit(a, first + 1) == digit(b, first)
    }

    /// The digit of a 4-digit year at `index`, from the thousands (0) to the units (3).
    @inline(__always)
    private static func digit(_ year: Int, _ index: Int) -> Int {
        var value = year
        for _ in index..<3 { value /= 10 }
        return value % 10
    }

    /// The day of the year (0-based) of a month and day in a leap year; `nil` for an impossible one.
    static func dayOfLeapYear(_ month: Int, _ day: Int) -> Int? {
        guard let date = CivilDate(year: 2000, month: month, day: day) else { return nil }
        return Int(date.daysSinceEpoch - leapYearStart)
    }

    private static let leapYearStart = CivilDate(year: 2000, month: 1, day: 1)!.daysSinceEpoch

    /// The comparable parts of a date.
    struct Parts {
        var year: Optional<Int>
        var month: Int
        var day: Int

        init?(_ date: BirthDate) {
            guard date.status.isUsable, let month = date.month, let day = date.day else { return nil }
            self.year = date.year
            self.month = month
            self.day = day
        }
    }
}
