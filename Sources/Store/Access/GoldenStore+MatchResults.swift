import GRDB
import GoldenCore

extension GoldenStore {
    /// The id of record `key` of `source` (`source_records.id`), if it is stored.
    public func recordID(source: String, key: String) throws(GoldenError) -> Int64? {
        try readSnapshot("Could not look up a record of source \(source)") { db in
            try Int64.fetchOne(
                db, sql: "SELECT id FROM source_records WHERE source = ? AND key = ?", arguments: [source, key])
        }
    }

    /// The stored scored pair of two records, in either order, if the latest Match stage scored it.
    public func matchPair(recordA: Int64, recordB: Int64) throws(GoldenError) -> StoredMatchPair? {
        try readSnapshot("Could not read a match pair") { db in
            try StoredMatchPair.fetchOne(
                db, sql: "SELECT * FROM match_pairs WHERE record_a = ? AND record_b = ?",
                arguments: [min(recordA, recordB), max(recordA, recordB)])
        }
    }

    /// Calls `body` with every stored scored pair, by record ids, streaming.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachMatchPair(_ body: (StoredMatchPair) throws -> Void) throws {
        try readStreaming("Could not read the match pairs") { db in
            let rows = try StoredMatchPair.fetchCursor(db, sql: "SELECT * FROM match_pairs ORDER BY record_a, record_b")
            while let pair = try rows.next() {
                try CallerError.passing { try body(pair) }
            }
        }
    }

    /// Record `recordID`'s cluster in the latest Match stage, if it has one.
    public func clusterID(recordID: Int64) throws(GoldenError) -> Int64? {
        try readSnapshot("Could not read the cluster of record \(recordID)") { db in
            try Int64.fetchOne(db, sql: "SELECT cluster_id FROM match_clusters WHERE record_id = ?", arguments: [recordID])
        }
    }

    /// Calls `body` with every record id and its cluster id, by record id, streaming.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachClusterAssignment(_ body: (_ recordID: Int64, _ clusterID: Int64) throws -> Void) throws {
        try readStreaming("Could not read the clusters") { db in
            try Self.forEachCluster(db, body)
        }
    }

    /// Every record's cluster id, by record id.
    public func clusterAssignments() throws(GoldenError) -> [Int64: Int64] {
        try readSnapshot("Could not read the clusters") { db in
            var assignments: [Int64: Int64] = [:]
            try Self.forEachCluster(db) { assignments[$0] = $1 }
            return assignments
        }
    }

    private static func forEachCluster(_ db: Database, _ body: (Int64, Int64) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT record_id, cluster_id FROM match_clusters ORDER BY record_id")
        while let row = try rows.next() {
            let recordID = try row.decode(Int64.self, atIndex: 0), clusterID = try row.decode(Int64.self, atIndex: 1)
            try CallerError.passing { try body(recordID, clusterID) }
        }
    }

    /// The review items with `status` (every item when `nil`), by id.
    public func reviewItems(status: String?) throws(GoldenError) -> [StoredReviewItem] {
        try readSnapshot("Could not read the review items") { db in
            if let status {
                return try StoredReviewItem.fetchAll(
                    db, sql: "SELECT * FROM review_items WHERE status = ? ORDER BY id", arguments: [status])
            }
            return try StoredReviewItem.fetchAll(db, sql: "SELECT * FROM review_items ORDER BY id")
        }
    }

    /// Records a steward's decision (any status; `open` puts the item back in the queue).
    ///
    /// - Throws: ``GoldenError`` when there is no item `id`.
    public func setReviewStatus(_ id: Int64, status: String, at time: Timestamp) throws(GoldenError) {
        try writeTransaction("Could not update review item \(id)") { db in
            try db.execute(
                sql: "UPDATE review_items SET status = ?, updated_at = ? WHERE id = ?",
                arguments: [status, time.iso8601, id])
            guard db.changesCount == 1 else { throw GoldenError(.store, "There is no review item \(id)") }
        }
    }

    /// How many models, pairs per band, clusters and review items per status the store holds.
    public func matchCounts() throws(GoldenError) -> MatchCounts {
        try readSnapshot("Could not count the match results") { db in
            var counts = MatchCounts()
            counts.models = try Int.fetchOne(db, sql: "SELECT count(*) FROM match_models") ?? 0
            counts.latestModel = try Int64.fetchOne(db, sql: "SELECT max(version) FROM match_models")
            counts.pairsByBand = try Self.grouped(db, "SELECT band, count(*) FROM match_pairs GROUP BY band")
            counts.clusteredRecords = try Int.fetchOne(db, sql: "SELECT count(*) FROM match_clusters") ?? 0
            counts.clusters = try Int.fetchOne(db, sql: "SELECT count(DISTINCT cluster_id) FROM match_clusters") ?? 0
            counts.reviewsByStatus = try Self.grouped(db, "SELECT status, count(*) FROM review_items GROUP BY status")
            return counts
        }
    }

    /// A `SELECT name, count(*) … GROUP BY name` as a dictionary.
    private static func grouped(_ db: Database, _ sql: String) throws -> [String: Int] {
        var result: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            result[try row.decode(String.self, atIndex: 0)] = try row.decode(Int.self, atIndex: 1)
        }
        return result
    }
}
