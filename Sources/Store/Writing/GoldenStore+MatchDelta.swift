import Foundation
import GRDB
import GoldenCore

/// What an incremental Match stage changes: the changed records' block keys and pairs, and the
/// clusters and review items of the records around them.
public struct MatchDelta: Sendable {
    /// The records taken off the match queue: their index entries and pairs are replaced.
    public var changed: [Int64]
    /// The changed records' block keys now (a record without keys has none in the index).
    public var keys: [Int64: [StoredBlockKey]]
    /// The pairs (match and review bands) with a changed record.
    public var pairs: [StoredMatchPair]
    /// The re-clustered records and their clusters: whole components of linked records.
    public var clusters: [(recordID: Int64, clusterID: Int64)]
    /// The review items with a re-clustered record: they replace the open ones stored.
    public var reviews: [NewReviewItem]
    public var state: MatchState

    public init(
        changed: [Int64], keys: [Int64: [StoredBlockKey]],
        pairs: [StoredMatchPair], clusters: [(recordID: Int64, clusterID: Int64)], reviews: [NewReviewItem],
        state: MatchState
    ) {
        self.changed = changed
        self.keys = keys
        self.pairs = pairs
        self.clusters = clusters
        self.reviews = reviews
        self.state = state
    }
}

extension GoldenStore {
    /// Applies an incremental Match stage in one transaction: the changed records' index
    /// keys and pairs are replaced, the re-clustered records' clusters written, their open
    /// review items brought in line with `delta.reviews` (as ``replaceMatchResults(runID:pairs:clusters:reviews:at:)``
    /// does for all), the changed records taken off the match queue and the re-clustered ones
    /// put on the merge queue.
    @discardableResult
    public func applyMatchDelta(_ delta: MatchDelta, runID: Int64?, at time: Timestamp) throws(GoldenError) -> ReviewQueueChanges {
        try writeTransaction("Could not write the match results") { db in
            let setKeys = try db.cachedStatement(sql: "INSERT OR REPLACE INTO record_block_keys (record_id, keys) VALUES (?, ?)")
            let dropKeys = try db.cachedStatement(sql: "DELETE FROM record_block_keys WHERE record_id = ?")
            let dropPairs = try db.cachedStatement(sql: "DELETE FROM match_pairs WHERE record_a = ?1 OR record_b = ?1")
            let dequeue = try db.cachedStatement(sql: "DELETE FROM match_queue WHERE record_id = ?")
            for record in delta.changed {
                if let keys = delta.keys[record], !keys.isEmpty {
                    try setKeys.execute(arguments: [record, Data(StoredBlockKey.blob(keys))])
                } else {
                    try dropKeys.execute(arguments: [record])
                }
                try dropPairs.execute(arguments: [record])
                try dequeue.execute(arguments: [record])
            }
            let addPair = try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO match_pairs (record_a, record_b, probability, weight, vector, band)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            for pair in delta.pairs {
                try addPair.execute(
                    arguments: [pair.recordA, pair.recordB, pair.probability, pair.weight, pair.vector, pair.band])
            }
            let setCluster = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO match_clusters (record_id, cluster_id) VALUES (?, ?)")
            let enqueue = try db.cachedStatement(sql: "INSERT OR IGNORE INTO merge_queue (record_id) VALUES (?)")
            for (record, cluster) in delta.clusters {
                try setCluster.execute(arguments: [record, cluster])
                try enqueue.execute(arguments: [record])
            }
            try Self.setMatchState(delta.state, runID: runID, time: time, db)
            return try Self.syncReviews(
                delta.reviews, scope: .allBut([NewReviewItem.conflictKind]), touching: delta.clusters.map(\.recordID),
                runID: runID, time: time, db)
        }
    }

    /// Replaces the blocking index with `snapshot`, empties the match queue, records `state`
    /// and marks every golden record for rebuilding (a full match may have moved any record).
    static func replaceBlockIndex(_ snapshot: BlockIndexSnapshot, state: MatchState, runID: Int64?, time: Timestamp, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM record_block_keys; DELETE FROM match_queue; DELETE FROM merge_state")
        let order = snapshot.order()
        let insertKeys = MultiRowInsert(db, into: "record_block_keys", columns: ["record_id", "keys"])
        try insertKeys.insert(count: snapshot.count) { statement, row, first in
            let row = order?[row] ?? row
            statement.bind(snapshot.recordIDs[row], at: first)
            statement.bind(blob: snapshot.blob(at: row), at: first + 1)
        }
        try setMatchState(state, runID: runID, time: time, db)
    }

    static func setMatchState(_ state: MatchState, runID: Int64?, time: Timestamp, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO match_state (id, model_version, fingerprint, run_id, updated_at)
                VALUES (1, ?, ?, ?, ?)
                """,
            arguments: [state.modelVersion, state.fingerprint, runID, time.iso8601])
    }
}
