import GRDB
import GoldenCore

/// One version of the trained match model, as the store keeps it.
public struct StoredMatchModel: Hashable, Sendable {
    /// Increasing with every model saved; never reused.
    public var version: Int64
    public var createdAt: Timestamp
    /// The run that trained it, if any.
    public var runID: Optional<Int64>
    /// What the model was trained from (settings and data), so a caller can tell whether it is
    /// still current.
    public var fingerprint: String
    /// The model itself, as JSON text.
    public var json: String
}

extension StoredMatchModel: FetchableRecord {
    /// Decodes a row of the `match_models` table.
    public init(row: Row) throws {
        version = try row.decode(Int64.self, forColumn: "version")
        createdAt = try row.isoTimestamp("created_at", table: "match_models")
        runID = try row.decode(Int64?.self, forColumn: "run_id")
        fingerprint = try row.decode(String.self, forColumn: "fingerprint")
        json = try row.decode(String.self, forColumn: "model")
    }
}
