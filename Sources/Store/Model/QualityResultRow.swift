import GRDB
import GoldenCore

/// One run's quality result as the store keeps it: headline figures, and the whole result as JSON.
public struct QualityResultRow: Hashable, Sendable {
    public var runID: Int64
    /// The date freshness was judged on.
    public var asOf: Timestamp
    /// Golden records evaluated, by record freshness status.
    public var goldenRecords: Int
    public var fresh: Int
    public var warn: Int
    public var stale: Int
    public var unknown: Int
    public var dormant: Int
    /// Checks that warned, and that failed.
    public var checksWarned: Int
    public var checksFailed: Int
    /// The whole result, as JSON.
    public var resultJSON: String
    /// When the run started (filled when read back).
    public var runStartedAt: Optional<Timestamp>

    public init(
        runID: Int64, asOf: Timestamp, goldenRecords: Int, fresh: Int, warn: Int, stale: Int, unknown: Int, dormant: Int,
        checksWarned: Int, checksFailed: Int, resultJSON: String, runStartedAt: Timestamp? = nil
    ) {
        self.runID = runID
        self.asOf = asOf
        self.goldenRecords = goldenRecords
        self.fresh = fresh
        self.warn = warn
        self.stale = stale
        self.unknown = unknown
        self.dormant = dormant
        self.checksWarned = checksWarned
        self.checksFailed = checksFailed
        self.resultJSON = resultJSON
        self.runStartedAt = runStartedAt
    }
}

extension QualityResultRow: FetchableRecord {
    /// Decodes a row of `quality_results` joined with its run's `started_at`.
    public init(row: Row) throws {
        runID = try row.decode(Int64.self, forColumn: "run_id")
        asOf = Timestamp(secondsSinceEpoch: try row.decode(Int64.self, forColumn: "as_of"))
        goldenRecords = try row.decode(Int.self, forColumn: "golden_records")
        fresh = try row.decode(Int.self, forColumn: "fresh")
        warn = try row.decode(Int.self, forColumn: "warn")
        stale = try row.decode(Int.self, forColumn: "stale")
        unknown = try row.decode(Int.self, forColumn: "unknown")
        dormant = try row.decode(Int.self, forColumn: "dormant")
        checksWarned = try row.decode(Int.self, forColumn: "checks_warned")
        checksFailed = try row.decode(Int.self, forColumn: "checks_failed")
        resultJSON = try row.decode(String.self, forColumn: "result")
        runStartedAt = try row.decode(Int64?.self, forColumn: "started_at").map(Timestamp.init(secondsSinceEpoch:))
    }
}
