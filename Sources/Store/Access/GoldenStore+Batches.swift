import GRDB
import GoldenCore

extension GoldenStore {
    /// The batch that ingested this content of `source`'s file, if any: the pipeline asks before
    /// reading a file, and skips it when the batch is ``BatchStatus/complete``.
    public func batch(source: String, contentHash: String) throws(GoldenError) -> StoredBatch? {
        try readSnapshot("Could not look up a batch of source \(source)") { db in
            try StoredBatch.fetchOne(
                db, sql: "SELECT * FROM files WHERE source = ? AND content_hash = ?",
                arguments: [source, contentHash])
        }
    }

    /// The complete batch of `source` read from `path` when the file had `sizeBytes` bytes and
    /// was last modified at `modifiedAt` (milliseconds since the epoch) — at least two seconds
    /// before the batch began, so that a rewrite within the file system's timestamp granularity
    /// cannot pass for the same file. `nil` when there is none: hash the file to know.
    public func unchangedBatch(source: String, path: String, sizeBytes: Int64, modifiedAt: Int64) throws(GoldenError) -> StoredBatch? {
        try readSnapshot("Could not look up a batch of source \(source)") { db in
            try StoredBatch.fetchOne(
                db,
                sql: """
                    SELECT * FROM files WHERE source = ? AND path = ? AND size_bytes = ? AND modified_at = ?
                        AND status = 'complete' AND modified_at + 2000 <= started_at * 1000
                    ORDER BY id DESC LIMIT 1
                    """,
                arguments: [source, path, sizeBytes, modifiedAt])
        }
    }

    /// The batch `id`, if there is one.
    public func batch(_ id: Int64) throws(GoldenError) -> StoredBatch? {
        try readSnapshot("Could not read batch \(id)") { db in
            try StoredBatch.fetchOne(db, sql: "SELECT * FROM files WHERE id = ?", arguments: [id])
        }
    }

    /// Begins the ingest batch of one file content of `source`, and returns the batch id to pass
    /// to ``write(_:batch:runID:)``. The batch is ``BatchStatus/incomplete`` until
    /// ``finishBatch(_:status:counts:error:at:)`` says otherwise.
    ///
    /// When an incomplete batch with the same content exists (a run broke off while reading
    /// it), that batch is resumed under the same id: its counts are reset and its quarantined rows
    /// removed, since the file is read again from the start. Records and events it stored are
    /// upserted again; `times_seen` counts batches, so a record read by both attempts is one sighting.
    ///
    /// - Parameters:
    ///   - path: The file's path as given (relative to the workspace when inside it).
    ///   - contentHash: Lowercase hex SHA-256 of the raw file bytes.
    /// - Throws: ``GoldenError`` when this content of `source` was already ingested completely.
    public func beginBatch(
        source: String, path: String, contentHash: String, sizeBytes: Int64, runID: Int64,
        at time: Timestamp, modifiedAt: Int64? = nil
    ) throws(GoldenError) -> Int64 {
        try writeTransaction("Could not begin a batch of source \(source)") { db in
            let id = try Int64.fetchOne(
                db,
                sql: """
                    INSERT INTO files (source, path, content_hash, size_bytes, run_id, started_at, status, modified_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'incomplete', ?)
                    ON CONFLICT (source, content_hash) DO UPDATE SET
                        path = excluded.path, size_bytes = excluded.size_bytes, modified_at = excluded.modified_at,
                        run_id = excluded.run_id, started_at = excluded.started_at,
                        finished_at = NULL, rows_read = 0, rows_stored = 0, rows_quarantined = 0,
                        error = NULL
                    WHERE files.status = 'incomplete'
                    RETURNING id
                    """,
                arguments: [source, path, contentHash, sizeBytes, runID, time.secondsSinceEpoch, modifiedAt])
            guard let id else {
                throw GoldenError(.store, "This content of source \(source) was already ingested completely")
            }
            try db.execute(sql: "DELETE FROM quarantine WHERE batch_id = ?", arguments: [id])
            return id
        }
    }

    /// Records how batch `id` ended: its status, its row counts and, when the file could not be
    /// read to the end, why (a message without personal data).
    public func finishBatch(
        _ id: Int64, status: BatchStatus, counts: RowCounts, error: String?, at time: Timestamp
    ) throws(GoldenError) {
        try writeTransaction("Could not record the end of batch \(id)") { db in
            try db.execute(
                sql: """
                    UPDATE files SET status = ?, rows_read = ?, rows_stored = ?, rows_quarantined = ?,
                        error = ?, finished_at = ?
                    WHERE id = ?
                    """,
                arguments: [
                    status.rawValue, counts.read, counts.stored, counts.quarantined, error,
                    time.secondsSinceEpoch, id,
                ])
            guard db.changesCount == 1 else { throw GoldenError(.store, "There is no batch \(id)") }
        }
    }
}
