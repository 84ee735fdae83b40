import GRDB
import GoldenCore

extension GoldenStore {
    /// Stores the results of a Merge stage in one transaction.
    ///
    /// - `upserts`: golden records minted or changed. A sequence past every stored one is
    ///   inserted, `active`, created by `runID`; a stored one is updated (and its `updated_run`
    ///   set) only when its content hash, member count or status differs — so a re-run with the
    ///   same inputs changes no row.
    /// - `upserts`' facts, where given, are inserted or replaced in `golden_facts`; the search
    ///   terms and the export fragment of each row inserted or updated replace its stored ones
    ///   in `golden_search` and `golden_exports`.
    /// - `retirements`: each retired id becomes `retired` (its record, history, facts, search
    ///   terms and export fragment dropped), gets a redirect to its survivor, and every redirect
    ///   that pointed at it now points at the survivor (chains stay flat).
    /// - `xref`: replaces the cross-reference wholesale (records not listed lose theirs).
    /// - `log`: appended to the merge log.
    /// - `reviews`: the `conflict` items of the review queue are brought in line with them, as
    ///   ``replaceMatchResults(runID:pairs:clusters:reviews:at:index:state:)`` does for the match items.
    /// - `fingerprint`: the survivorship settings the records were built with (see
    ///   ``mergeFingerprint()``); the merge queues are emptied.
    ///
    /// - Throws: ``GoldenError`` when a record is listed twice in the xref, a record id is
    ///   unknown, or a retirement names an active upsert; nothing is written then.
    @discardableResult
    public func writeMergeResults(
        runID: Int64?, upserts: [GoldenRow], retirements: [GoldenRetirement],
        xref: [(recordID: Int64, sequence: Int64)], log: [MergeLogEntry], reviews: [NewReviewItem],
        at time: Timestamp, fingerprint: String = ""
    ) throws(GoldenError) -> MergeWriteChanges {
        try writeTransaction("Could not write the golden records") { db in
            let session = try MergeSession(db: db, runID: runID, time: time)
            try session.write(upserts)
            try session.finish(retirements: retirements, xref: xref, log: log, reviews: reviews, fingerprint: fingerprint)
            return session.changes
        }
    }

    /// Inserts the rows minted this run (sequences past every stored one) a hundred to a
    /// statement, and updates the others one by one where they changed; writes the facts of
    /// those written and adds their search terms to `searchTerms` (or writes them, see
    /// ``writeSearchTerms(of:replacing:into:_:)``).
    static func upsertGoldens(
        _ rows: [GoldenRow], firstNew: Int64, runID: Int64?, stamp: String, changes: inout MergeWriteChanges,
        searchTerms: inout PendingSearchTerms, _ db: Database
    ) throws {
        let fresh = rows.filter { $0.sequence >= firstNew }.sorted { $0.sequence < $1.sequence }
        let insert = MultiRowInsert(
            db, into: "golden_records",
            columns: [
                "sequence", "golden_id", "status", "record_count", "record", "history", "content_hash", "created_run",
                "updated_run", "updated_at",
            ])
        try insert.insert(count: fresh.count) { statement, index, first in
            let row = fresh[index]
            statement.bind(row.sequence, at: first)
            statement.bind(row.goldenID, at: first + 1)
            statement.bind("active", at: first + 2)
            statement.bind(Int64(row.recordCount), at: first + 3)
            statement.bind(row.record, at: first + 4)
            statement.bind(row.history, at: first + 5)
            statement.bind(row.contentHash, at: first + 6)
            statement.bind(runID, at: first + 7)
            statement.bind(runID, at: first + 8)
            statement.bind(stamp, at: first + 9)
        }
        changes.created += fresh.count

        let update = try StatementBinder(
            db,
            sql: """
                UPDATE golden_records SET status = 'active', record_count = ?2, record = ?3, history = ?4,
                    content_hash = ?5, updated_run = ?6, updated_at = ?7
                WHERE sequence = ?1 AND (content_hash IS NOT ?5 OR record_count IS NOT ?2 OR status IS NOT 'active')
                """)
        defer { update.clear() }
        var updated: [GoldenRow] = []
        for row in rows where row.sequence < firstNew {
            update.bind(row.sequence, at: 1)
            update.bind(Int64(row.recordCount), at: 2)
            update.bind(row.record, at: 3)
            update.bind(row.history, at: 4)
            update.bind(row.contentHash, at: 5)
            update.bind(runID, at: 6)
            update.bind(stamp, at: 7)
            try update.execute()
            if db.changesCount > 0 { updated.append(row) }
        }
        changes.updated += updated.count
        try writeSearchTerms(of: fresh, replacing: false, into: &searchTerms, db)
        try writeSearchTerms(of: updated, replacing: true, into: &searchTerms, db)
        try writeExports(of: fresh + updated, stamp: stamp, db)
        let written = Set(updated.map(\.sequence))
        try fillExports(of: rows.filter { $0.sequence < firstNew && !written.contains($0.sequence) }, db)
        try writeFacts(rows, db)
    }

    /// Inserts or replaces the facts of the rows that carry them, a hundred to a statement.
    static func writeFacts(_ rows: [GoldenRow], _ db: Database) throws {
        let facts = rows.filter { $0.facts != nil }
        let insert = MultiRowInsert(
            db, into: "golden_facts", columns: ["sequence", "golden_id", "hash", "facts"],
            suffix: "ON CONFLICT (sequence) DO UPDATE SET golden_id = excluded.golden_id, hash = excluded.hash, facts = excluded.facts")
        try insert.insert(count: facts.count) { statement, index, first in
            let row = facts[index]
            statement.bind(row.sequence, at: first)
            statement.bind(row.goldenID, at: first + 1)
            statement.bind(row.facts!.hash, at: first + 2)
            statement.bind(blob: row.facts!.bytes, at: first + 3)
        }
    }

    static func retire(_ retirements: [GoldenRetirement], runID: Int64?, stamp: String, _ db: Database) throws {
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
            try db.execute(sql: "DELETE FROM golden_facts WHERE sequence = ?", arguments: [retirement.retired])
            try db.execute(sql: "DELETE FROM golden_exports WHERE sequence = ?", arguments: [retirement.retired])
            try dropSearchTerms(of: retirement.retired, db)
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

    /// Appends `entries` to the merge log, stamped with the run and time, a hundred to a statement.
    static func appendLog(_ entries: [MergeLogEntry], runID: Int64?, stamp: String, _ db: Database) throws {
        let insert = MultiRowInsert(
            db, into: "merge_log", columns: ["run_id", "at", "actor", "action", "golden", "other", "records", "reason"])
        try insert.insert(count: entries.count) { statement, index, first in
            let entry = entries[index]
            statement.bind(runID, at: first)
            statement.bind(stamp, at: first + 1)
            statement.bind(entry.actor, at: first + 2)
            statement.bind(entry.action, at: first + 3)
            statement.bind(entry.golden, at: first + 4)
            statement.bind(entry.other, at: first + 5)
            statement.bind(entry.records.map(Int64.init), at: first + 6)
            statement.bind(entry.reason, at: first + 7)
        }
    }
}
