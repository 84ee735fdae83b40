import GRDB
import GoldenCore

extension GoldenStore {
    /// Every clustered record as its source and key with its cluster id, in record-id order:
    /// what `golden evaluate` scores against labelled truth.
    ///
    /// - Complexity: one streaming pass over the clusters joined with the records.
    public func forEachClusterMember(_ body: (_ source: String, _ key: String, _ clusterID: Int64) throws -> Void) throws {
        try readStreaming("Could not read the clusters") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT r.source, r.key, c.cluster_id FROM match_clusters c
                    JOIN source_records r ON r.id = c.record_id ORDER BY c.record_id
                    """)
            while let row = try rows.next() {
                let source = try row.decode(String.self, atIndex: 0), key = try row.decode(String.self, atIndex: 1)
                let cluster = try row.decode(Int64.self, atIndex: 2)
                try CallerError.passing { try body(source, key, cluster) }
            }
        }
    }
}
