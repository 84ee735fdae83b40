import GRDB
import GoldenCore

extension GoldenStore {
    /// Stores the results of a Merge stage in one transaction.
    ///
    /// - `upserts`: golden records minted or changed. A new sequence is inserted, `active`,
    ///   created by `runID`; a stored one is updated (and its `updated_run` set) only when its
    ///   content hash, member count or status differs — so a re-run with the same inputs changes
    ///   no row.
    /// - `retirements`: each retired id becomes `retired` (its record and history dropped), gets
    ///   a redirect to its survivor, and every redirect that pointed at it now points at the
    ///   survivor (chains stay flat).
    /// - `xref`: replaces the cross-reference wholesale (records not listed lose theirs).
    /// - `log`: appended to the merge log.
    /// - `reviews`: the `conflict` items of the review queue are brought in line with them, as
    ///   ``replaceMatchResults(runID:pairs:clusters:reviews:at:)`` does for the match items.
    ///
    /// - Throws: ``GoldenError`` when a record is listed twice in the xref, a record id is
    ///   unknown, or a retirement names an active upsert; nothing is written then.
    @discardableResult
    public func writeMergeResults(
        runID: Int64?, upserts: [GoldenRow], retirements: [GoldenRetirement],
        xref: [(recordID: Int64, sequence: Int64)], log: [MergeLogEntry], reviews: [NewReviewItem],
        at time: Timestamp
    ) throws(GoldenError) -> MergeWriteChanges {
        try writeTransaction("Could not write the golden records") { db in
            var changes = MergeWriteChanges()
            let stamp = time.iso8601
            try Self.upsertGoldens(upserts, runID: runID, stamp: stamp, changes: &changes, db)
            try Self.retire(retirements, runID: runID, stamp: stamp, db)
            changes.retired = retirements.count
            try Self.replaceRecordColumn(table: "golden_xref", column: "sequence", rows: xref.map { ($0.recordID, $0.sequence) }, what: "cross-reference", db)
            try Self.appendLog(log, runID: runID, stamp: stamp, db)
            changes.reviews = try Self.syncReviews(
                reviews, scope: .kinds([NewReviewItem.conflictKind]), runID: runID, time: time, db)
            return changes
        }
    }

    private static func upsertGoldens(
        _ rows: [GoldenRow], runID: Int64?, stamp: String, changes: inout MergeWriteChanges, _ db: Database
    ) throws {
        let insert = try StatementBinder(
            db,
            sql: """
                INSERT INTO golden_records
                    (sequence, golden_id, status, record_count, record, history, content_hash, created_run, updated_run, updated_at)
                VALUES (?1, ?2, 'active', ?3, ?4, ?5, ?6, ?7, ?7, ?8)
                ON CONFLICT (sequence) DO NOTHING
                """)
        let update = try StatementBinder(
            db,
            sql: """
                UPDATE golden_records SET status = 'active', record_count = ?3, record = ?4, history = ?5,
                    content_hash = ?6, updated_run = ?7, updated_at = ?8
                WHERE sequence = ?1 AND (content_hash IS NOT ?6 OR record_count IS NOT ?3 OR status IS NOT 'active')
                """)
        defer {
            insert.clear()
            update.clear()
        }
        for row in rows {
            for statement in [insert, update] {
                statement.bind(row.sequence, at: 1)
                statement.bind(row.goldenID, at: 2)
                statement.bind(Int64(row.recordCount), at: 3)
                statement.bind(row.record, at: 4)
                statement.bind(row.history, at: 5)
                statement.bind(row.contentHash, at: 6)
                statement.bind(runID, at: 7)
                statement.bind(stamp, at: 8)
            }
            try insert.execute()
            if db.changesCount > 0 {
                changes.created += 1
            } else {
                try update.execute()
                changes.updated += db.changesCount
            }
        }
    }

    private static func retire(_ retirements: [GoldenRetirement], runID: Int64?, stamp: String, _ db: Database) throws {
        for retirement in retirements {
            guard retirement.retired != retirement.survivor else {
                throw GoldenError(.store, "A golden id cannot be retired into itself")
            }
            try db.execute(
                sql: """
                    UPDATE golden_records SET status = 'retired', record_count = 0, record = NULL, history = NULL,
                        content_hash = NULL, updated_run = ?, updated_at = ?
                    WHERE sequence = ?
                    """,
                arguments: [runID, stamp, retirement.retired])
            try db.execute(
                sql: """
                    INSERT INTO golden_redirects (retired, survivor, run_id, reason, at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (retired) DO UPDATE SET survivor = excluded.survivor, run_id = excluded.run_id,
                        reason = excluded.reason, at = excluded.at
                    """,
                arguments: [retirement.retired, retirement.survivor, runID, retirement.reason, stamp])
            try db.execute(
                sql: "UPDATE golden_redirects SET survivor = ? WHERE survivor = ?",
                arguments: [retirement.survivor, retirement.retired])
        }
    }

    /// Appends `entries` to the merge log, stamped with the run and time.
    static func appendLog(_ entries: [MergeLogEntry], runID: Int64?, stamp: String, _ db: Database) throws {
        let insert = try StatementBinder(
            db,
            sql: """
                INSERT INTO merge_log (run_id, at, actor, action, golden, other, records, reason)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """)
        defer { insert.clear() }
        for entry in entries {
            insert.bind(runID, at: 1)
            insert.bind(stamp, at: 2)
            insert.bind(entry.actor, at: 3)
            insert.bind(entry.action, at: 4)
            insert.bind(entry.golden, at: 5)
            insert.bind(entry.other, at: 6)
            insert.bind(entry.records.map(Int64.init), at: 7)
            insert.bind(entry.reason, at: 8)
            try insert.execute()
        }
    }
}
