import GoldenCore
import Merge
import Quality
import Testing

@Suite struct FreshnessPolicyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var policy: FreshnessPolicy
        var asserted: String
        var asOf: String
        var expected: FreshnessStatus
        var testDescription: String { name }
    }

    static let days = FreshnessPolicy(warnAfter: .init(count: 30, period: .day), errorAfter: .init(count: 90, period: .day))
    static let months = FreshnessPolicy(warnAfter: .init(count: 1, period: .month), errorAfter: .init(count: 1, period: .year))

    static let cases: [Case] = [
        Case(name: "a day before warn_after", policy: days, asserted: "2024-01-01T00:00:00Z", asOf: "2024-01-30T00:00:00Z", expected: .fresh),
        // dbt's rule: only strictly older than the limit trips it.
        Case(name: "exactly at warn_after", policy: days, asserted: "2024-01-01T00:00:00Z", asOf: "2024-01-31T00:00:00Z", expected: .fresh),
        Case(name: "a second after warn_after", policy: days, asserted: "2024-01-01T00:00:00Z", asOf: "2024-01-31T00:00:01Z", expected: .warn),
        Case(name: "a day after warn_after", policy: days, asserted: "2024-01-01T00:00:00Z", asOf: "2024-02-01T00:00:00Z", expected: .warn),
        Case(name: "a day before error_after", policy: days, asserted: "2024-01-01T00:00:00Z", asOf: "2024-03-30T00:00:00Z", expected: .warn),
        Case(name: "exactly at error_after", policy: days, asserted: "2024-01-01T00:00:00Z", asOf: "2024-03-31T00:00:00Z", expected: .warn),
        Case(name: "a day after error_after", policy: days, asserted: "2024-01-01T00:00:00Z", asOf: "2024-04-01T00:00:00Z", expected: .stale),
        // A month after 31 January is 29 February 2024.
        Case(name: "month end: at the clamped date", policy: months, asserted: "2024-01-31T09:00:00Z", asOf: "2024-02-29T09:00:00Z", expected: .fresh),
        Case(name: "month end: a day after", policy: months, asserted: "2024-01-31T09:00:00Z", asOf: "2024-03-01T09:00:00Z", expected: .warn),
        Case(name: "month end: non-leap year", policy: months, asserted: "2023-01-31T09:00:00Z", asOf: "2023-03-01T09:00:00Z", expected: .warn),
        Case(name: "year from a leap day: at 28 Feb", policy: months, asserted: "2024-02-29T00:00:00Z", asOf: "2025-02-28T00:00:00Z", expected: .warn),
        Case(name: "year from a leap day: a day after", policy: months, asserted: "2024-02-29T00:00:00Z", asOf: "2025-03-01T00:00:00Z", expected: .stale),
        Case(name: "asserted after as-of", policy: days, asserted: "2024-05-01T00:00:00Z", asOf: "2024-01-01T00:00:00Z", expected: .fresh),
        Case(name: "no limits", policy: FreshnessPolicy(), asserted: "1990-01-01T00:00:00Z", asOf: "2024-01-01T00:00:00Z", expected: .fresh),
        Case(
            name: "error only", policy: FreshnessPolicy(errorAfter: .init(count: 1, period: .year)),
            asserted: "2022-01-01T00:00:00Z", asOf: "2023-06-01T00:00:00Z", expected: .stale),
    ]

    @Test(arguments: cases) func judgesAgeAgainstTheLimits(_ test: Case) {
        #expect(test.policy.status(lastAssertedAt: at(test.asserted), asOf: at(test.asOf)) == test.expected)
    }

    @Test func anOverrideReplacesOnlyTheLimitsItSets() {
        let base = FreshnessPolicy(warnAfter: .init(count: 1, period: .year), errorAfter: .init(count: 3, period: .year))
        let merged = base.overridden(by: FreshnessPolicy(warnAfter: .init(count: 2, period: .month)))
        #expect(merged == FreshnessPolicy(warnAfter: .init(count: 2, period: .month), errorAfter: .init(count: 3, period: .year)))
    }

    @Test func statusesOrderFromBestToWorst() {
        #expect(FreshnessStatus.allCases.sorted() == [.unknown, .fresh, .warn, .stale])
        #expect(FreshnessStatus.allCases.max() == .stale)
    }
}
