import GoldenCore

/// Everything one quality evaluation found: the freshness of the golden records on the "as of"
/// date, each source's completeness and validity, the checks' outcomes, and how many records the
/// golden records gather. What the Quality stage stores per run and `golden report` shows.
///
/// ```swift
/// let result = QualityResult(asOf: today, freshness: tally, profiles: profiles, checks: settings.checks)
/// result.failures.map(\.message)      // ["pos.phone validity 0.420 is below the fail level 0.500"]
/// ```
public struct QualityResult: Hashable, Sendable, Codable {
    /// The date freshness was judged on.
    public var asOf: Timestamp
    public var freshness: FreshnessTally
    /// One per source, in workspace order.
    public var profiles: [SourceProfile]
    /// Every check's outcome on every source it covers.
    public var outcomes: [CheckOutcome]
    /// Golden records by how many source records they gather: `[size: count]`.
    public var clusterSizes: [Int: Int]

    /// A result, the `checks` judged on the `profiles`.
    public init(
        asOf: Timestamp, freshness: FreshnessTally, profiles: [SourceProfile], checks: [QualityCheck], clusterSizes: [Int: Int] = [:]
    ) {
        self.asOf = asOf
        self.freshness = freshness
        self.profiles = profiles
        outcomes = QualityCheck.evaluate(checks, on: profiles)
        self.clusterSizes = clusterSizes
    }

    /// The checks that failed.
    public var failures: [CheckOutcome] { outcomes.filter { $0.level == .fail } }
    /// The checks that warned.
    public var warnings: [CheckOutcome] { outcomes.filter { $0.level == .warn } }
    /// Golden records evaluated.
    public var goldenRecords: Int { freshness.records.total }
}
