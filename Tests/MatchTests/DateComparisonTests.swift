import GoldenCore
import Testing

@testable import Match

/// Two dates and which of the relations hold between them.
struct DateCase: Sendable, CustomTestStringConvertible {
    var a: String
    var b: String
    var exact = false
    var swapped = false
    var yearTypo = false
    /// Within 7 days.
    var week = false
    var sameYear = false

    var testDescription: String { "\(a) / \(b)" }
}

@Suite("Date-of-birth comparisons")
struct DateComparisonTests {
    static let cases: [DateCase] = [
        DateCase(a: "1980-03-04", b: "1980-03-04", exact: true, week: true, sameYear: true),
        DateCase(a: "1980-03-04", b: "1980-04-03", swapped: true, sameYear: true),
        DateCase(a: "1980-05-05", b: "1980-05-05", exact: true, week: true, sameYear: true),
        // Swapped day and month in different years is not a swap.
        DateCase(a: "1980-03-04", b: "1981-04-03"),
        // Year typos: adjacent digits swapped, one digit replaced.
        DateCase(a: "1978-05-12", b: "1987-05-12", yearTypo: true),
        DateCase(a: "1978-05-12", b: "9178-05-12", yearTypo: true),
        DateCase(a: "1978-05-12", b: "1979-05-12", yearTypo: true),
        DateCase(a: "1978-05-12", b: "1958-05-12", yearTypo: true),
        // Three digits changed, or a typo but another day: not a typo level.
        DateCase(a: "1978-05-12", b: "1897-05-12"),
        DateCase(a: "1978-05-12", b: "1987-06-12"),
        // A few days apart, across a month end, a year end, and 29 February.
        DateCase(a: "1978-05-12", b: "1978-05-14", week: true, sameYear: true),
        DateCase(a: "1980-12-30", b: "1981-01-02", week: true),
        DateCase(a: "1980-02-28", b: "1980-03-01", week: true, sameYear: true),
        // Birthdays without a year: month and day only.
        DateCase(a: "03-04", b: "1980-03-04", exact: true, week: true),
        DateCase(a: "03-04", b: "04-03", swapped: true),
        DateCase(a: "12-31", b: "01-02", week: true),
        DateCase(a: "02-29", b: "1980-02-29", exact: true, week: true),
        DateCase(a: "03-04", b: "1980-06-04"),
        // Unusable values compare as nothing.
        DateCase(a: "junk", b: "1980-03-04"),
        DateCase(a: "junk", b: "junk"),
    ]

    @Test("Relations between two dates, both argument orders", arguments: cases)
    func relations(_ row: DateCase) {
        for (a, b) in [(dob(row.a), dob(row.b)), (dob(row.b), dob(row.a))] {
            #expect(DateComparison.exact(a, b) == row.exact)
            #expect(DateComparison.dayMonthSwapped(a, b) == row.swapped)
            #expect(DateComparison.yearTypo(a, b) == row.yearTypo)
            #expect(DateComparison.within(days: 7, a, b) == row.week)
            #expect(DateComparison.sameYear(a, b) == row.sameYear)
        }
    }

    @Test(
        "Within N days, at the boundary",
        arguments: [
            ("1980-01-01", "1980-01-31", 30, true), ("1980-01-01", "1980-01-31", 29, false),
            ("1980-01-01", "1981-01-01", 366, true), ("1980-01-01", "1981-01-01", 365, false),
            ("12-31", "01-01", 1, true), ("12-31", "01-01", 0, false),
            ("1980-03-04", "1980-03-04", 0, true), ("07-01", "01-01", 183, true),
            ("07-01", "01-01", 181, false),
        ])
    func withinDays(_ a: String, _ b: String, _ days: Int, _ expected: Bool) {
        #expect(DateComparison.within(days: days, dob(a), dob(b)) == expected)
        #expect(DateComparison.within(days: days, dob(b), dob(a)) == expected)
    }

    @Test(
        "Which dates take part",
        arguments: [("1980-03-04", true), ("03-04", true), ("junk", false)])
    func comparable(_ text: String, _ expected: Bool) {
        #expect(DateComparison.isComparable(dob(text)) == expected)
    }

    @Test("A placeholder date with its parts still set does not take part")
    func placeholder() {
        let date = BirthDate(raw: "1900-01-01", year: 1900, month: 1, day: 1, status: .placeholder)
        #expect(!DateComparison.isComparable(date))
        #expect(!DateComparison.exact(date, date))
    }
}
