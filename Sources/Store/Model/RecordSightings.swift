import GRDB
import GoldenCore

/// How often and when a source record was seen across ingest batches.
public struct RecordSightings: Hashable, Sendable {
    /// How many rows with this `(source, key)` were written, replacing the stored values or not.
    public var timesSeen: Int
    /// The earliest `observedAt` of any sighting; `nil` when none had one.
    public var firstSeenAt: Optional<Timestamp>
    /// The latest `observedAt` of any sighting; `nil` when none had one.
    public var lastSeenAt: Optional<Timestamp>
    /// The batch that first wrote the record.
    public var firstBatchID: Int64
    /// The batch whose values are stored (the latest sighting that was not older).
    public var batchID: Int64
}

extension RecordSightings: FetchableRecord {
    /// Decodes a row of the `source_records` table.
    public init(row: Row) throws {
        timesSeen = try row.decode(Int.self, forColumn: "times_seen")
        firstSeenAt = try row.timestampIfPresent("first_seen_at")
        lastSeenAt = try row.timestampIfPresent("last_seen_at")
        firstBatchID = try row.decode(Int64.self, forColumn: "first_batch_id")
        batchID = try row.decode(Int64.self, forColumn: "batch_id")
    }
}
