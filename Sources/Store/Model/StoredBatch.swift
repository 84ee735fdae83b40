import GRDB
import GoldenCore

/// One ingest batch: one distinct content of one source's file, and what became of its rows.
public struct StoredBatch: Hashable, Sendable {
    /// The batch id, which stored records and events name in their lineage.
    public var id: Int64
    public var source: String
    /// The file's path as it was given when the batch began.
    public var path: String
    /// Lowercase hex SHA-256 of the raw file bytes (before decompression).
    public var contentHash: String
    public var sizeBytes: Int64
    /// The run that (last) began this batch.
    public var runID: Int64
    public var startedAt: Timestamp
    public var finishedAt: Optional<Timestamp>
    public var status: BatchStatus
    public var counts: RowCounts
    /// Why the file could not be read to the end, when it could not. Never personal data.
    public var error: Optional<String>
}

extension StoredBatch: FetchableRecord {
    /// Decodes a row of the `files` table.
    public init(row: Row) throws {
        id = try row.decode(Int64.self, forColumn: "id")
        source = try row.decode(String.self, forColumn: "source")
        path = try row.decode(String.self, forColumn: "path")
        contentHash = try row.decode(String.self, forColumn: "content_hash")
        sizeBytes = try row.decode(Int64.self, forColumn: "size_bytes")
        runID = try row.decode(Int64.self, forColumn: "run_id")
        startedAt = try row.timestamp("started_at")
        finishedAt = try row.timestampIfPresent("finished_at")
        status = try row.enumeration(BatchStatus.self, "status", table: "files")
        counts = RowCounts(
            read: try row.decode(Int.self, forColumn: "rows_read"),
            stored: try row.decode(Int.self, forColumn: "rows_stored"),
            quarantined: try row.decode(Int.self, forColumn: "rows_quarantined"))
        error = try row.decode(String?.self, forColumn: "error")
    }
}
