import Foundation
import GRDB
import GoldenCore

/// A stored source record awaiting normalization, with the row id that pages through them.
public struct PendingRecord: Sendable {
    public var rowID: Int64
    public var record: SourceRecord

    public init(rowID: Int64, record: SourceRecord) {
        self.rowID = rowID
        self.record = record
    }
}

extension GoldenStore {
    /// Up to `limit` source records awaiting normalization (new, or with replaced values), in
    /// row order after `rowID`. Page through them by passing the last row id back.
    public func pendingNormalization(after rowID: Int64, limit: Int) throws(GoldenError) -> [PendingRecord] {
        try readSnapshot("Could not read the records awaiting normalization") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT source, key, observed_at, fields, file, line, element_path, batch_id, rowid
                    FROM source_records INDEXED BY source_records_pending_normalization
                    WHERE normalized_run_id IS NULL AND rowid > ? ORDER BY rowid LIMIT ?
                    """,
                arguments: [rowID, limit])
            var pending: [PendingRecord] = []
            pending.reserveCapacity(limit)
            while let row = try rows.next() {
                pending.append(PendingRecord(rowID: try row.decode(Int64.self, atIndex: 8), record: try SourceRecord(storedRow: row)))
            }
            return pending
        }
    }

    /// How many source records await normalization.
    public func pendingNormalizationCount() throws(GoldenError) -> Int {
        try readSnapshot("Could not count the records awaiting normalization") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM source_records WHERE normalized_run_id IS NULL") ?? 0
        }
    }

    /// Stores the normalized form of pending records in one transaction, and marks them
    /// normalized by `runID`. `records[i]` is the normalized form of the record with `rowIDs[i]`.
    public func writeNormalized(_ records: [NormalizedRecord], rowIDs: [Int64], runID: Int64) throws(GoldenError) {
        precondition(records.count == rowIDs.count, "one row id per normalized record")
        guard !records.isEmpty else { return }
        try writeTransaction("Could not write normalized records") { db in
            let upsert = try StatementBinder(
                db,
                sql: """
                    INSERT INTO normalized_records (source, key, run_id, finding_count, payload)
                    VALUES (?1, ?2, ?3, ?4, ?5)
                    ON CONFLICT (source, key) DO UPDATE SET run_id = excluded.run_id,
                        finding_count = excluded.finding_count, payload = excluded.payload
                    """)
            let mark = try StatementBinder(db, sql: "UPDATE source_records SET normalized_run_id = ?1 WHERE rowid = ?2")
            defer {
                upsert.clear()
                mark.clear()
            }
            var writer = BinaryWriter(capacity: 1024)
            for (record, rowID) in zip(records, rowIDs) {
                writer.reset()
                NormalizedRecordCodec.encode(record, into: &writer)
                upsert.bind(record.source, at: 1)
                upsert.bind(record.key, at: 2)
                upsert.bind(runID, at: 3)
                upsert.bind(Int64(record.findings.count), at: 4)
                upsert.bind(blob: writer.bytes, at: 5)
                try upsert.execute()
                mark.bind(runID, at: 1)
                mark.bind(rowID, at: 2)
                try mark.execute()
            }
        }
    }

    /// The normalized form of record `key` of `source`, if it was normalized.
    public func normalizedRecord(source: String, key: String) throws(GoldenError) -> NormalizedRecord? {
        try readSnapshot("Could not read a normalized record of source \(source)") { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT payload FROM normalized_records WHERE source = ? AND key = ?",
                    arguments: [source, key])
            else { return nil }
            return try Self.decodeNormalized(row, source: source, key: key)
        }
    }

    /// Calls `body` with every normalized record, ordered by source then key, streaming.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachNormalized(_ body: (NormalizedRecord) throws -> Void) throws {
        try readStreaming("Could not read the normalized records") { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT payload, source, key FROM normalized_records ORDER BY source, key")
            while let row = try rows.next() {
                let record = try Self.decodeNormalized(
                    row, source: try row.decode(String.self, atIndex: 1), key: try row.decode(String.self, atIndex: 2))
                try CallerError.passing { try body(record) }
            }
        }
    }

    /// The fingerprint of the normalizer and options that produced `source`'s normalized records.
    public func normalizeFingerprint(source: String) throws(GoldenError) -> String? {
        try readSnapshot("Could not read the normalize settings of source \(source)") { db in
            try String.fetchOne(db, sql: "SELECT fingerprint FROM normalize_settings WHERE source = ?", arguments: [source])
        }
    }

    /// Records `fingerprint` for `source`; when it differs from the stored one, every record of
    /// `source` awaits normalizing again. Returns how many records became pending.
    @discardableResult
    public func setNormalizeFingerprint(_ fingerprint: String, source: String) throws(GoldenError) -> Int {
        try writeTransaction("Could not write the normalize settings of source \(source)") { db in
            let stored = try String.fetchOne(
                db, sql: "SELECT fingerprint FROM normalize_settings WHERE source = ?", arguments: [source])
            guard stored != fingerprint else { return 0 }
            try db.execute(
                sql: "INSERT OR REPLACE INTO normalize_settings (source, fingerprint) VALUES (?, ?)",
                arguments: [source, fingerprint])
            guard stored != nil else { return 0 }
            try db.execute(
                sql: "UPDATE source_records SET normalized_run_id = NULL WHERE source = ? AND normalized_run_id IS NOT NULL",
                arguments: [source])
            return db.changesCount
        }
    }

    private static func decodeNormalized(_ row: Row, source: String, key: String) throws -> NormalizedRecord {
        let payload = [UInt8](try row.decode(Data.self, atIndex: 0))
        do {
            return try NormalizedRecordCodec.decode(payload, source: source, key: key)
        } catch {
            throw GoldenError(.store, "Malformed normalized_records.payload in the store (\(error)); run `golden normalize --all`")
        }
    }
}
