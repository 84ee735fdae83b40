import GRDB
import GoldenCore

/// The Merge stage's work inside one write transaction (``GoldenStore/merge(runID:at:_:)``):
/// clusters are read in batches in cluster order, golden records written as they are built, and
/// the run finished with the retirements, cross-reference, log and conflict items — so memory
/// holds one batch, not the whole store, and a failure writes nothing.
public final class MergeSession {
    let db: Database
    let runID: Int64?
    let stamp: String
    let time: Timestamp
    /// Sequences from here on were minted this run: inserted, not updated.
    let firstNew: Int64
    public private(set) var changes = MergeWriteChanges()
    /// The search terms of the records written, inserted by ``finish(retirements:xref:log:reviews:only:fingerprint:)``.
    var searchTerms = PendingSearchTerms()

    init(db: Database, runID: Int64?, time: Timestamp) throws {
        self.db = db
        self.runID = runID
        self.time = time
        stamp = time.iso8601
        firstNew = (try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM golden_records") ?? 0) + 1
    }

    /// The content hash of every active golden record (of those of `sequences`, when given), and
    /// the hash of its stored facts (`nil` when it has none), by sequence.
    public func contentHashes(of sequences: [Int64]? = nil) throws -> [Int64: GoldenHashes] {
        var hashes: [Int64: GoldenHashes] = [:]
        let select = """
            SELECT g.sequence, g.content_hash, f.hash, e.version FROM golden_records g
            LEFT JOIN golden_facts f ON f.sequence = g.sequence LEFT JOIN golden_exports e ON e.sequence = g.sequence
            WHERE g.status = 'active'
            """
        let rows =
            if let sequences {
                try Row.fetchCursor(
                    db, sql: select + " AND g.sequence IN (SELECT value FROM json_each(?))",
                    arguments: [GoldenStore.jsonList(sequences)])
            } else {
                try Row.fetchCursor(db, sql: select)
            }
        while let row = try rows.next() {
            hashes[try row.decode(Int64.self, atIndex: 0)] = GoldenHashes(
                content: try row.decode(Int64?.self, atIndex: 1) ?? 0, facts: try row.decode(Int64?.self, atIndex: 2),
                exportVersion: try row.decode(Int?.self, atIndex: 3))
        }
        return hashes
    }

    /// Writes golden records built this run: those minted are inserted a hundred to a
    /// statement, the others updated where their content, member count or status changed.
    public func write(_ rows: [GoldenRow]) throws {
        try GoldenStore.upsertGoldens(
            rows, firstNew: firstNew, runID: runID, stamp: stamp, changes: &changes, searchTerms: &searchTerms, db)
    }

    /// Finishes the run: inserts the search terms of the records written, retires ids with flat
    /// redirects, replaces the cross-reference, appends the log, brings the `conflict` review
    /// items in line with `reviews`, empties the merge queues and records the survivorship
    /// `fingerprint` the golden records were built with.
    ///
    /// With `only` (an incremental run: whole clusters and golden records), the cross-reference
    /// rows and conflict items of those records alone are replaced.
    public func finish(
        retirements: [GoldenRetirement], xref: [(recordID: Int64, sequence: Int64)], log: [MergeLogEntry],
        reviews: [NewReviewItem], only records: [Int64]? = nil, fingerprint: String
    ) throws {
        try searchTerms.flush(db)
        try GoldenStore.retire(retirements, runID: runID, stamp: stamp, db)
        changes.retired = retirements.count
        if records == nil {
            try GoldenStore.replaceRecordColumn(
                table: "golden_xref", column: "sequence", rows: xref.map { ($0.recordID, $0.sequence) },
                what: "cross-reference", db)
        } else {
            let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO golden_xref (record_id, sequence) VALUES (?, ?)")
            for row in xref { try upsert.execute(arguments: [row.recordID, row.sequence]) }
        }
        try GoldenStore.appendLog(log, runID: runID, stamp: stamp, db)
        changes.reviews = try GoldenStore.syncReviews(
            reviews, scope: .kinds([NewReviewItem.conflictKind]), touching: records, runID: runID, time: time, db)
        try db.execute(
            sql: """
                DELETE FROM merge_queue; DELETE FROM merge_event_queue;
                INSERT OR REPLACE INTO merge_state (id, fingerprint, run_id, updated_at) VALUES (1, ?, ?, ?)
                """,
            arguments: [fingerprint, runID, stamp])
    }
}

extension GoldenStore {
    /// Runs `body` with a ``MergeSession`` in one write transaction: everything it writes
    /// commits together, or nothing does.
    ///
    /// Errors `body` throws are rethrown unchanged (a store failure inside becomes a store error).
    public func merge<T>(runID: Int64?, at time: Timestamp, _ body: (MergeSession) throws -> T) throws -> T {
        do {
            return try writer.write { db in
                let session = try MergeSession(db: db, runID: runID, time: time)
                return try body(session)
            }
        } catch let error as CallerError {
            throw error.underlying
        } catch let error as GoldenError {
            throw error
        } catch {
            throw GoldenError.store("Could not write the golden records", error)
        }
    }
}
