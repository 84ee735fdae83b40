import GoldenCore
import Quality

/// What the Quality stage found in a run: the `quality` object of the run's JSON summary.
public struct QualitySummary: Codable, Sendable {
    /// The date freshness was judged on (ISO 8601).
    public var asOf: String
    /// Golden records by freshness status (the worst of their attributes).
    public var goldenRecords = 0
    public var fresh = 0
    public var warn = 0
    public var stale = 0
    public var unknown = 0
    /// Customers without activity for longer than `dormant_after`.
    public var dormant = 0
    /// Checks run, and the messages of those that warned and failed (sources, fields and
    /// figures; never values).
    public var checks = 0
    public var warnings: [String] = []
    public var failures: [String] = []
    public var seconds: Double = 0
    /// Seconds per step: `sources` (normalized records and files measured), `freshness` (golden
    /// records judged); the rest of ``seconds`` is storing the result.
    public var timings: [String: Double] = [:]

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", goldenRecords = "golden_records", fresh, warn, stale, unknown, dormant, checks, warnings
        case failures, seconds, timings
    }

    /// The summary of `result`.
    public init(_ result: QualityResult, seconds: Double) {
        asOf = result.asOf.iso8601
        goldenRecords = result.goldenRecords
        fresh = result.freshness.records.fresh
        warn = result.freshness.records.warn
        stale = result.freshness.records.stale
        unknown = result.freshness.records.unknown
        dormant = result.freshness.dormant
        checks = result.outcomes.count
        warnings = result.warnings.map(\.message)
        failures = result.failures.map(\.message)
        self.seconds = seconds
    }

    /// A few lines for the terminal.
    public var text: String {
        var lines = [
            "quality as of \(asOf): \(goldenRecords) golden records, \(fresh) fresh, \(warn) warn, \(stale) stale"
                + (unknown > 0 ? ", \(unknown) unknown" : "") + "; \(dormant) dormant; "
                + "\(checks) checks, \(warnings.count) warned, \(failures.count) failed"
        ]
        lines += warnings.map { "quality warning: \($0)" }
        lines += failures.map { "quality failure: \($0)" }
        return lines.joined(separator: "\n")
    }
}
