import GRDB
import GoldenCore

extension GoldenStore {
    /// Stores run `row.runID`'s quality result, replacing one stored before for that run.
    public func writeQualityResult(_ row: QualityResultRow) throws(GoldenError) {
        try writeTransaction("Could not write the quality result of run \(row.runID)") { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO quality_results (
                        run_id, as_of, golden_records, fresh, warn, stale, unknown, dormant, checks_warned, checks_failed, result)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    row.runID, row.asOf.secondsSinceEpoch, row.goldenRecords, row.fresh, row.warn, row.stale, row.unknown,
                    row.dormant, row.checksWarned, row.checksFailed, row.resultJSON,
                ])
        }
    }

    /// The quality results of the latest `limit` runs that have one, most recent first.
    public func recentQualityResults(limit: Int) throws(GoldenError) -> [QualityResultRow] {
        try readSnapshot("Could not read the quality results") { db in
            try QualityResultRow.fetchAll(
                db,
                sql: """
                    SELECT q.*, r.started_at FROM quality_results q JOIN runs r ON r.id = q.run_id
                    ORDER BY q.run_id DESC LIMIT ?
                    """,
                arguments: [limit])
        }
    }

    /// Per source, the rows its ingested files held and how many were quarantined: the quarantine
    /// rate's parts. Sources without files are absent.
    public func ingestRowCounts() throws(GoldenError) -> [String: RowCounts] {
        try readSnapshot("Could not count the ingested rows") { db in
            var counts: [String: RowCounts] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT source, sum(rows_read), sum(rows_stored), sum(rows_quarantined) FROM files GROUP BY source")
            while let row = try rows.next() {
                counts[try row.decode(String.self, atIndex: 0)] = RowCounts(
                    read: try row.decode(Int.self, atIndex: 1), stored: try row.decode(Int.self, atIndex: 2),
                    quarantined: try row.decode(Int.self, atIndex: 3))
            }
            return counts
        }
    }
}

extension GoldenStore {
    /// How many review items await a steward, per kind (`review_band`, `conflict`…).
    public func openReviewCountsByKind() throws(GoldenError) -> [String: Int] {
        try readSnapshot("Could not count the review items") { db in
            var counts: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT kind, count(*) FROM review_items WHERE status = 'open' GROUP BY kind")
            while let row = try rows.next() { counts[try row.decode(String.self, atIndex: 0)] = try row.decode(Int.self, atIndex: 1) }
            return counts
        }
    }
}
