import Foundation
import GoldenCore
import Merge
import Quality
import Store

/// `golden report`: data quality and freshness of a workspace, as one document that is written
/// three ways — a JSON artifact in the spirit of dbt's `sources.json` (this type, encoded), a
/// text summary, and one self-contained HTML page with inline SVG charts.
///
/// It covers completeness, validity and freshness per source and field, match and merge
/// statistics (golden records by size, the review queue) and the trend over the latest runs'
/// stored quality results. It reads the store and writes nothing to it. Never personal data:
/// sources, fields, counts and shares only.
///
/// ```swift
/// let report = try QualityReport.make(config: config, store: store, asOf: .now)
/// print(report.text)
/// try report.write(to: "out")        // quality.html, quality.json
/// ```
public struct QualityReport: Codable, Sendable {
    public var metadata: Metadata
    /// Seconds the evaluation took, and per step (`sources`, `freshness`).
    public var elapsedTime: Double
    public var timings: [String: Double]
    /// One entry per source, as dbt lists source freshness results.
    public var results: [SourceResult]
    public var golden: Golden
    public var match: MatchStatistics
    /// The latest runs' stored quality results, oldest first.
    public var trend: [TrendPoint]
    /// The latest days engaged, oldest first (empty without engagement rules).
    public var engagement: [EngageSummary] = []

    /// What the report is and when it was made.
    public struct Metadata: Codable, Sendable {
        public var schemaVersion = "golden/quality-report/v1"
        public var generatedAt: String
        /// The date freshness was judged on.
        public var asOf: String
        /// The workspace configuration the report is of.
        public var config: String
    }

    /// One source: its feed's recency, quarantine rate, each field's counts and shares, the
    /// freshness of what it asserts, and its checks.
    public struct SourceResult: Codable, Sendable {
        /// `source.<name>`, as dbt names sources.
        public var uniqueId: String
        public var source: String
        public var kind: String
        /// `pass`, `warn` or `error`: the worst of its checks.
        public var status: String
        /// The latest observed-at of its records, and how many days before `as_of` that is.
        public var maxObservedAt: String?
        public var maxObservedAgeDays: Double?
        public var records: Int
        public var rowsRead: Int
        public var rowsQuarantined: Int
        public var quarantineRate: Double?
        public var fields: [String: FieldResult]
        /// Per golden attribute: this source's latest assertions of preferred values, by status.
        public var freshness: [String: StatusCounts]
        public var checks: [CheckOutcome]
    }

    /// One field of one source.
    public struct FieldResult: Codable, Sendable {
        public var counts: FieldCounts
        public var validity: Double?
        public var completeness: Double?
        public var nullRate: Double?
        public var placeholderRate: Double?
        public var invalidRate: Double?
    }

    /// The golden records: how many, their freshness, dormancy, and how many records each gathers.
    public struct Golden: Codable, Sendable {
        public var active: Int
        public var retired: Int
        public var sourceRecords: Int
        /// Golden records by record status (the worst of their attributes).
        public var freshness: StatusCounts
        public var dormant: Int
        /// Per evaluated attribute, preferred values by status.
        public var attributes: [String: StatusCounts]
        /// Customers by time since their last activity.
        public var activityAge: [Bucket]
        /// Golden records by the number of source records they gather.
        public var clusterSizes: [Bucket]
    }

    /// A labelled count.
    public struct Bucket: Codable, Sendable, Hashable {
        public var label: String
        public var count: Int
    }

    /// The Match stage's pairs and clusters, and the stewards' queue.
    public struct MatchStatistics: Codable, Sendable {
        public var pairsByBand: [String: Int]
        public var clusteredRecords: Int
        public var clusters: Int
        /// Open review items, in all and per kind.
        public var reviewQueue: Int
        public var reviewQueueByKind: [String: Int]
    }

    /// One run's stored quality result.
    public struct TrendPoint: Codable, Sendable {
        public var runId: Int64
        public var startedAt: String?
        public var asOf: String
        public var goldenRecords: Int
        public var fresh: Int
        public var warn: Int
        public var stale: Int
        public var unknown: Int
        public var dormant: Int
        public var checksWarned: Int
        public var checksFailed: Int
    }

    /// How many runs the trend shows.
    public static let trendRuns = 12

    /// Evaluates the store on `asOf` and gathers the report.
    public static func make(
        config: WorkspaceConfig, store: GoldenStore, asOf: Timestamp, threads: Int = 1, generatedAt: Timestamp = .now
    ) throws(GoldenError) -> QualityReport {
        let started = ContinuousClock.now
        var timings: [String: Double] = [:]
        let result = try QualityStage(config: config, store: store, threads: threads, asOf: asOf).evaluate(timings: &timings)
        let counts = try store.goldenCounts()
        let match = try store.matchCounts()
        let trend = try store.recentQualityResults(limit: trendRuns).reversed().map(TrendPoint.init)
        return QualityReport(
            metadata: Metadata(generatedAt: generatedAt.iso8601, asOf: asOf.iso8601, config: config.configPath),
            elapsedTime: (ContinuousClock.now - started).seconds, timings: timings,
            results: result.profiles.map { profile in
                SourceResult(profile, result: result, config: config)
            },
            golden: Golden(
                active: counts.active, retired: counts.retired, sourceRecords: counts.records,
                freshness: result.freshness.records, dormant: result.freshness.dormant, attributes: result.freshness.attributes,
                activityAge: zip(ActivityAge.allCases, result.freshness.activityAge).map { Bucket(label: $0.rawValue, count: $1) },
                clusterSizes: Self.sizeBuckets(result.clusterSizes)),
            match: MatchStatistics(
                pairsByBand: match.pairsByBand, clusteredRecords: match.clusteredRecords, clusters: match.clusters,
                reviewQueue: match.openReviews, reviewQueueByKind: try store.openReviewCountsByKind()),
            trend: trend, engagement: try engagementDays(store))
    }

    /// Sizes 1 to 5 each, then 6–10, 11–20 and over 20.
    static func sizeBuckets(_ sizes: [Int: Int]) -> [Bucket] {
        let ranges: [(String, ClosedRange<Int>)] = [
            ("1", 1...1), ("2", 2...2), ("3", 3...3), ("4", 4...4), ("5", 5...5), ("6-10", 6...10), ("11-20", 11...20),
            ("over 20", 21...Int.max),
        ]
        return ranges.map { label, range in
            Bucket(label: label, count: sizes.reduce(0) { $0 + (range.contains($1.key) ? $1.value : 0) })
        }
    }
}

extension QualityReport.SourceResult {
    init(_ profile: SourceProfile, result: QualityResult, config: WorkspaceConfig) {
        uniqueId = "source." + profile.source
        source = profile.source
        kind = config.sources.first { $0.name == profile.source }?.kind.rawValue ?? ""
        checks = result.outcomes.filter { $0.source == profile.source }
        let worst = checks.map(\.level).max() ?? .pass
        status = worst == .fail ? "error" : worst.rawValue
        maxObservedAt = profile.latestObservedAt?.iso8601
        maxObservedAgeDays = profile.latestObservedAt.map {
            Double(result.asOf.secondsSinceEpoch - $0.secondsSinceEpoch) / 86_400
        }
        records = profile.records
        rowsRead = profile.rowsRead
        rowsQuarantined = profile.rowsQuarantined
        quarantineRate = profile.quarantineRate
        var fields: [String: QualityReport.FieldResult] = [:]
        for (field, counts) in zip(profile.fields, profile.counts) {
            fields[field.rawValue] = QualityReport.FieldResult(
                counts: counts, validity: counts.validity, completeness: counts.completeness, nullRate: counts.nullRate,
                placeholderRate: counts.placeholderRate, invalidRate: counts.invalidRate)
        }
        self.fields = fields
        freshness = result.freshness.sources[profile.source] ?? [:]
    }
}

extension QualityReport.TrendPoint {
    init(_ row: QualityResultRow) {
        self.init(
            runId: row.runID, startedAt: row.runStartedAt?.iso8601, asOf: row.asOf.iso8601, goldenRecords: row.goldenRecords,
            fresh: row.fresh, warn: row.warn, stale: row.stale, unknown: row.unknown, dormant: row.dormant,
            checksWarned: row.checksWarned, checksFailed: row.checksFailed)
    }
}

extension QualityReport {
    /// The report as pretty, key-sorted JSON with snake_case keys (map keys — sources, fields,
    /// attributes — are lower case already and stay as they are).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
