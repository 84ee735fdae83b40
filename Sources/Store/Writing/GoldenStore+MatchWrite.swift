import GRDB
import GoldenCore

extension GoldenStore {
    /// Stores the results of a Match stage in one transaction: its scored pairs and clusters
    /// replace the stored ones wholesale, and the review queue is brought in line with `reviews`.
    ///
    /// Review items are keyed by `(kind, recordA, recordB)`:
    /// - an item not in the queue is added, `open`, created by `runID`;
    /// - an `open` item produced again keeps its id and creating run; its probability and reason
    ///   are updated when they changed (and then its `updatedAt`);
    /// - an `open` item not produced again is removed;
    /// - an item a steward decided (any status but `open`) is left as it is, produced or not.
    ///
    /// So a re-run with the same inputs leaves every row as it was.
    ///
    /// - Parameters:
    ///   - clusters: Each record's cluster; a record id must be a `source_records.id`.
    ///   - time: The time written on new and changed review items.
    /// - Throws: ``GoldenError`` when a pair or a record is listed twice, a record id is unknown,
    ///   or a pair or item names one record twice; nothing is written then.
    /// - Complexity: O(*p* log *p* + *c* log *c*) to order unsorted input, plus the inserts:
    ///   ordered, so each appends to its table's B-tree.
    @discardableResult
    public func replaceMatchResults(
        runID: Int64?, pairs: [StoredMatchPair], clusters: [(recordID: Int64, clusterID: Int64)],
        reviews: [NewReviewItem], at time: Timestamp
    ) throws(GoldenError) -> ReviewQueueChanges {
        try writeTransaction("Could not write the match results") { db in
            try db.execute(sql: "DELETE FROM match_pairs")
            try Self.insertPairs(pairs, db)
            try Self.replaceClusters(clusters, db)
            return try Self.syncReviews(reviews, runID: runID, time: time, db)
        }
    }

    /// Inserts the pairs in key order, so that each insert appends to the table's B-tree.
    private static func insertPairs(_ pairs: [StoredMatchPair], _ db: Database) throws {
        let order = pairOrder(pairs) ?? []
        let insert = MultiRowInsert(
            db, into: "match_pairs", columns: ["record_a", "record_b", "probability", "weight", "vector", "band"])
        try insert.insert(count: pairs.count) { statement, row, first in
            let pair = pairs[order.isEmpty ? row : Int(order[row].index)]
            statement.bind(pair.recordA, at: first)
            statement.bind(pair.recordB, at: first + 1)
            statement.bind(pair.probability, at: first + 2)
            statement.bind(pair.weight, at: first + 3)
            statement.bind(pair.vector, at: first + 4)
            statement.bind(pair.band, at: first + 5)
        }
    }

    /// A pair's key and position, for ordering plain words rather than whole pairs.
    private struct PairKey: Comparable {
        var recordA: Int64
        var recordB: Int64
        var index: Int32

        static func < (x: PairKey, y: PairKey) -> Bool {
            x.recordA != y.recordA ? x.recordA < y.recordA : x.recordB < y.recordB
        }
    }

    /// The pairs' positions in key order; `nil` when they are in key order already.
    private static func pairOrder(_ pairs: [StoredMatchPair]) -> [PairKey]? {
        precondition(pairs.count <= Int(Int32.max), "too many pairs")
        var keys = pairs.indices.map { PairKey(recordA: pairs[$0].recordA, recordB: pairs[$0].recordB, index: Int32($0)) }
        if keys.indices.dropFirst().allSatisfy({ !(keys[$0] < keys[$0 - 1]) }) { return nil }
        keys.sort()
        return keys
    }

    /// Upserts the clusters and deletes the rows of records not listed, rather than deleting
    /// every row first: `record_id` is a foreign key, which turns SQLite's one-step truncation
    /// into a row-by-row delete (1 s per million rows), and a re-run mostly writes what is stored.
    private static func replaceClusters(_ clusters: [(recordID: Int64, clusterID: Int64)], _ db: Database) throws {
        let ordered = clusters.indices.dropFirst().allSatisfy({ clusters[$0 - 1].recordID <= clusters[$0].recordID })
            ? clusters : clusters.sorted { $0.recordID < $1.recordID }
        guard let first = ordered.first?.recordID, let last = ordered.last?.recordID else {
            try db.execute(sql: "DELETE FROM match_clusters")
            return
        }
        try db.execute(
            sql: "DELETE FROM match_clusters WHERE record_id < ? OR record_id > ?", arguments: [first, last])
        let deleteBetween = try StatementBinder(
            db, sql: "DELETE FROM match_clusters WHERE record_id > ?1 AND record_id < ?2")
        for index in ordered.indices.dropFirst() {
            let previous = ordered[index - 1].recordID, recordID = ordered[index].recordID
            guard recordID != previous else { throw GoldenError(.store, "A record is listed twice in the clusters") }
            if recordID > previous + 1 {
                deleteBetween.bind(previous, at: 1)
                deleteBetween.bind(recordID, at: 2)
                try deleteBetween.execute()
            }
        }
        let upsert = MultiRowInsert(
            db, into: "match_clusters", columns: ["record_id", "cluster_id"],
            suffix: """
                ON CONFLICT (record_id) DO UPDATE SET cluster_id = excluded.cluster_id
                WHERE cluster_id IS NOT excluded.cluster_id
                """)
        try upsert.insert(count: ordered.count) { statement, row, first in
            statement.bind(ordered[row].recordID, at: first)
            statement.bind(ordered[row].clusterID, at: first + 1)
        }
    }

    /// Upserts the produced items, then removes the open items not produced (listed in a
    /// temporary table as they go by).
    private static func syncReviews(
        _ reviews: [NewReviewItem], runID: Int64?, time: Timestamp, _ db: Database
    ) throws -> ReviewQueueChanges {
        try db.execute(
            sql: """
                CREATE TEMP TABLE match_review_seen (
                    kind TEXT NOT NULL, record_a INTEGER NOT NULL, record_b INTEGER NOT NULL,
                    PRIMARY KEY (kind, record_a, record_b)) WITHOUT ROWID
                """)
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.match_review_seen") }
        let insert = try StatementBinder(
            db,
            sql: """
                INSERT INTO review_items (kind, status, record_a, record_b, probability, reason, created_run, updated_at)
                VALUES (?1, 'open', ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (kind, record_a, record_b) DO NOTHING
                """)
        let update = try StatementBinder(
            db,
            sql: """
                UPDATE review_items SET probability = ?4, reason = ?5, updated_at = ?7
                WHERE kind = ?1 AND record_a = ?2 AND record_b = ?3 AND status = 'open'
                    AND (probability IS NOT ?4 OR reason IS NOT ?5)
                """)
        let seen = try StatementBinder(
            db, sql: "INSERT OR IGNORE INTO temp.match_review_seen (kind, record_a, record_b) VALUES (?1, ?2, ?3)")
        defer {
            insert.clear()
            update.clear()
        }
        var changes = ReviewQueueChanges()
        let updatedAt = time.iso8601
        func bind(_ item: NewReviewItem, to statement: StatementBinder) {
            statement.bind(item.kind, at: 1)
            statement.bind(item.recordA, at: 2)
            statement.bind(item.recordB, at: 3)
            statement.bind(item.probability, at: 4)
            statement.bind(item.reason, at: 5)
            statement.bind(updatedAt, at: 7)
        }
        for item in reviews {
            bind(item, to: insert)
            bind(item, to: update)
            insert.bind(runID, at: 6)
            try insert.execute()
            if db.changesCount > 0 {
                changes.inserted += 1
            } else {
                try update.execute()
                changes.updated += db.changesCount
            }
            seen.bind(item.kind, at: 1)
            seen.bind(item.recordA, at: 2)
            seen.bind(item.recordB, at: 3)
            try seen.execute()
        }
        try db.execute(
            sql: """
                DELETE FROM review_items WHERE status = 'open' AND NOT EXISTS (
                    SELECT 1 FROM temp.match_review_seen s
                    WHERE s.kind = review_items.kind AND s.record_a = review_items.record_a
                        AND s.record_b = review_items.record_b)
                """)
        changes.removed = db.changesCount
        return changes
    }
}
