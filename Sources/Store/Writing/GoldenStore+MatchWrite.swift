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
    /// - an `open` item not produced again is removed (the Merge stage's `conflict` items are
    ///   left to it);
    /// - an item a steward decided (any status but `open`) is left as it is, produced or not.
    ///
    /// So a re-run with the same inputs leaves every row as it was.
    ///
    /// With `index` and `state` (a full Match stage), the blocking index is replaced too, the
    /// match queue emptied and the next Merge stage told to rebuild every golden record.
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
        reviews: [NewReviewItem], at time: Timestamp, index: BlockIndexSnapshot? = nil, state: MatchState? = nil
    ) throws(GoldenError) -> ReviewQueueChanges {
        try writeTransaction("Could not write the match results") { db in
            if let index, let state { try Self.replaceBlockIndex(index, state: state, runID: runID, time: time, db) }
            try db.execute(sql: "DELETE FROM match_pairs")
            try Self.insertPairs(pairs, db)
            try Self.replaceRecordColumn(table: "match_clusters", column: "cluster_id", rows: clusters.map { ($0.recordID, $0.clusterID) }, what: "clusters", db)
            return try Self.syncReviews(reviews, scope: .allBut([NewReviewItem.conflictKind]), runID: runID, time: time, db)
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
}
