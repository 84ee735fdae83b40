import GRDB
import GoldenCore

extension GoldenStore {
    /// Per source and quality signature, how many normalized records have it and the latest
    /// observed-at among them, ordered by source, then signature; and `unsigned` called with
    /// every normalized record stored without a signature (before `v11-quality-signature`),
    /// still encoded, in record-id order. Both from one snapshot of the store, so each record
    /// is in exactly one of them.
    ///
    /// `unsigned` must not call back into this store. Errors it throws are rethrown unchanged.
    ///
    /// - Complexity: one scan of the index `normalized_records_on_quality`, in group order (no
    ///   sort, no join, no per-record work outside SQLite), then the partial index
    ///   `normalized_records_unsigned`, which holds only the unsigned records.
    public func qualitySignatureCounts(unsigned: (EncodedNormalizedRow) throws -> Void) throws -> [QualitySignatureCount] {
        var counts: [QualitySignatureCount] = []
        try readStreaming("Could not count the normalized records by quality signature") { db in
            let groups = try Row.fetchCursor(db, sql: Self.signatureCountsSQL)
            while let row = try groups.next() {
                counts.append(
                    QualitySignatureCount(
                        source: try row.decode(String.self, atIndex: 0), signature: try row.decode(Int64.self, atIndex: 1),
                        count: try row.decode(Int.self, atIndex: 2),
                        latestObservedAt: try row.decode(Int64?.self, atIndex: 3).map(Timestamp.init(secondsSinceEpoch:))))
            }
            let rows = try Row.fetchCursor(db, sql: Self.unsignedRowsSQL + " ORDER BY n.record_id")
            while let row = try rows.next() {
                let encoded = try EncodedNormalizedRow(row, source: try row.decode(String.self, atIndex: 1))
                try CallerError.passing { try unsigned(encoded) }
            }
        }
        return counts
    }

    /// The normalized records per source and quality signature.
    static let signatureCountsSQL = """
        SELECT source, quality_signature, count(*), max(observed_at) FROM normalized_records
        WHERE quality_signature IS NOT NULL GROUP BY source, quality_signature ORDER BY source, quality_signature
        """

    /// The normalized records without a quality signature, as ``EncodedNormalizedRow/init(_:source:)`` reads them.
    static let unsignedRowsSQL = """
        SELECT n.payload, s.source, s.key, n.record_id FROM normalized_records n JOIN source_records s ON s.id = n.record_id
        WHERE n.quality_signature IS NULL
        """

    /// How many normalized records have no quality signature (normalized before
    /// `v11-quality-signature` and not signed since).
    public func unsignedNormalizedCount() throws(GoldenError) -> Int {
        try readSnapshot("Could not count the normalized records without a quality signature") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM normalized_records WHERE quality_signature IS NULL") ?? 0
        }
    }

    /// Up to `limit` normalized records without a quality signature, still encoded, in record-id
    /// order after `recordID`. Page through them by passing the last id back.
    ///
    /// - Complexity: a range of the partial index `normalized_records_unsigned`, which holds only
    ///   these records: nothing is read when every record is signed.
    public func unsignedNormalizedRows(after recordID: Int64, limit: Int) throws(GoldenError) -> [EncodedNormalizedRow] {
        try readSnapshot("Could not read the normalized records without a quality signature") { db in
            let rows = try Row.fetchCursor(
                db, sql: Self.unsignedRowsSQL + " AND n.record_id > ? ORDER BY n.record_id LIMIT ?", arguments: [recordID, limit])
            var page: [EncodedNormalizedRow] = []
            while let row = try rows.next() {
                page.append(try EncodedNormalizedRow(row, source: try row.decode(String.self, atIndex: 1)))
            }
            return page
        }
    }

    /// Stores the quality signatures (and the source and observed-at beside them) of normalized
    /// records stored without one, in one transaction. The records' payloads, and the match and
    /// merge queues, are left as they are.
    public func writeQualitySignatures(_ rows: [QualitySignatureRow]) throws(GoldenError) {
        guard !rows.isEmpty else { return }
        try writeTransaction("Could not write quality signatures") { db in
            let update = try StatementBinder(
                db,
                sql: """
                    UPDATE normalized_records SET source = ?2, observed_at = ?3, quality_signature = ?4
                    WHERE record_id = ?1
                    """)
            defer { update.clear() }
            for row in rows {
                update.bind(row.recordID, at: 1)
                update.bind(row.source, at: 2)
                update.bind(row.observedAt?.secondsSinceEpoch, at: 3)
                update.bind(row.signature, at: 4)
                try update.execute()
            }
        }
    }
}
