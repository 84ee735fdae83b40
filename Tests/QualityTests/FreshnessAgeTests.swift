import GoldenCore
import Quality
import Testing

/// `2024-01-31T10:00:00Z` → a ``Timestamp``.
func at(_ text: String) -> Timestamp {
    guard let time = Timestamp(iso8601: text) else { fatalError("bad time \(text)") }
    return time
}

@Suite struct FreshnessAgeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var start: String
        var age: FreshnessAge
        var expected: String
        var testDescription: String { "\(start) + \(age)" }
    }

    static let cases: [Case] = [
        Case(start: "2024-03-01T10:00:00Z", age: .init(count: 1, period: .day), expected: "2024-03-02T10:00:00Z"),
        Case(start: "2024-02-28T23:59:59Z", age: .init(count: 1, period: .day), expected: "2024-02-29T23:59:59Z"),
        Case(start: "2024-03-01T10:00:00Z", age: .init(count: 0, period: .month), expected: "2024-03-01T10:00:00Z"),
        // Month ends clamp to the shorter month, leap years included.
        Case(start: "2024-01-31T10:00:00Z", age: .init(count: 1, period: .month), expected: "2024-02-29T10:00:00Z"),
        Case(start: "2023-01-31T10:00:00Z", age: .init(count: 1, period: .month), expected: "2023-02-28T10:00:00Z"),
        Case(start: "2024-03-31T00:00:00Z", age: .init(count: 1, period: .month), expected: "2024-04-30T00:00:00Z"),
        Case(start: "2024-08-31T12:30:00Z", age: .init(count: 6, period: .month), expected: "2025-02-28T12:30:00Z"),
        Case(start: "2024-11-15T08:00:00Z", age: .init(count: 3, period: .month), expected: "2025-02-15T08:00:00Z"),
        Case(start: "2024-12-31T00:00:00Z", age: .init(count: 14, period: .month), expected: "2026-02-28T00:00:00Z"),
        Case(start: "2024-02-29T06:00:00Z", age: .init(count: 1, period: .year), expected: "2025-02-28T06:00:00Z"),
        Case(start: "2024-02-29T06:00:00Z", age: .init(count: 4, period: .year), expected: "2028-02-29T06:00:00Z"),
        Case(start: "1969-12-31T23:00:00Z", age: .init(count: 1, period: .month), expected: "1970-01-31T23:00:00Z"),
    ]

    @Test(arguments: cases) func addsCalendarTime(_ test: Case) {
        #expect(test.age.added(to: at(test.start)).iso8601 == test.expected)
    }

    @Test func describesItself() {
        #expect(FreshnessAge(count: 1, period: .day).description == "1 day")
        #expect(FreshnessAge(count: 18, period: .month).description == "18 months")
    }
}
