import Foundation
import GRDB
import GoldenCore

/// A stored source record awaiting normalization, as read from the store: its fields are still
/// encoded, so that decoding can run on the caller's worker threads (see ``record()``).
public struct PendingRecord: Sendable {
    /// The record's stable id (`source_records.id`).
    public var recordID: Int64
    public var source: String
    public var key: String
    public var observedAt: Optional<Timestamp>
    /// The ``FieldCodec`` text of the record's fields.
    public var encodedFields: String
    public var lineage: Lineage

    public init(recordID: Int64, source: String, key: String, observedAt: Timestamp?, encodedFields: String, lineage: Lineage) {
        self.recordID = recordID
        self.source = source
        self.key = key
        self.observedAt = observedAt
        self.encodedFields = encodedFields
        self.lineage = lineage
    }

    /// The source record, its fields decoded.
    public func record() throws(GoldenError) -> SourceRecord {
        do {
            return SourceRecord(
                source: source, key: key, observedAt: observedAt, fields: try FieldCodec.decode(encodedFields),
                lineage: lineage)
        } catch {
            throw GoldenError(.store, "Malformed source_records.fields in the store (record id \(recordID))", cause: error)
        }
    }
}

/// A normalized record in the store's byte format, ready to write (see ``NormalizedRecordCodec``).
public struct EncodedNormalizedRecord: Sendable {
    public var recordID: Int64
    public var source: String
    public var observedAt: Optional<Timestamp>
    public var findingCount: Int
    public var payload: [UInt8]
    /// The record's `QualitySignature` raw value; `nil` stores it as a record normalized before
    /// `v11-quality-signature` (measured by decoding it, and signed by the next Normalize run).
    public var qualitySignature: Optional<Int64>

    public init(recordID: Int64, _ record: NormalizedRecord, qualitySignature: Int64? = nil) {
        self.recordID = recordID
        source = record.source
        observedAt = record.observedAt
        findingCount = record.findings.count
        payload = NormalizedRecordCodec.encode(record)
        self.qualitySignature = qualitySignature
    }
}

extension GoldenStore {
    /// Up to `limit` records awaiting normalization (new, or with replaced values), in record-id
    /// order after `recordID`. Page through them by passing the last id back.
    public func pendingNormalization(after recordID: Int64, limit: Int) throws(GoldenError) -> [PendingRecord] {
        try readSnapshot("Could not read the records awaiting normalization") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.id, s.source, s.key, s.observed_at, s.fields, s.file, s.line, s.element_path, s.batch_id
                    FROM normalize_queue q JOIN source_records s ON s.id = q.record_id
                    WHERE q.record_id > ? ORDER BY q.record_id LIMIT ?
                    """,
                arguments: [recordID, limit])
            var pending: [PendingRecord] = []
            pending.reserveCapacity(limit)
            while let row = try rows.next() {
                pending.append(
                    PendingRecord(
                        recordID: try row.decode(Int64.self, atIndex: 0), source: try row.decode(String.self, atIndex: 1),
                        key: try row.decode(String.self, atIndex: 2),
                        observedAt: try row.decode(Int64?.self, atIndex: 3).map(Timestamp.init(secondsSinceEpoch:)),
                        encodedFields: try row.decode(String.self, atIndex: 4),
                        lineage: Lineage(
                            file: try row.decode(String.self, atIndex: 5), line: try row.decode(Int?.self, atIndex: 6),
                            elementPath: try row.decode(String?.self, atIndex: 7),
                            batch: try row.decode(Int64.self, atIndex: 8))))
            }
            return pending
        }
    }

    /// How many records await normalization.
    public func pendingNormalizationCount() throws(GoldenError) -> Int {
        try readSnapshot("Could not count the records awaiting normalization") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM normalize_queue") ?? 0
        }
    }

    /// Stores normalized records in one transaction, takes them off the normalize queue and
    /// queues them for matching and merging.
    ///
    /// A record listed twice ends as its last listing. The records go in a hundred to a
    /// statement; the three queues take the page's ids in one statement each (see
    /// `v16-normalize-lean`).
    public func writeNormalized(_ records: [EncodedNormalizedRecord], runID: Int64) throws(GoldenError) {
        guard !records.isEmpty else { return }
        try writeTransaction("Could not write normalized records") { db in
            let insert = MultiRowInsert(
                db, "INSERT OR REPLACE", into: "normalized_records",
                columns: ["record_id", "run_id", "finding_count", "payload", "source", "observed_at", "quality_signature"])
            try insert.insert(count: records.count) { statement, row, first in
                let record = records[row]
                statement.bind(record.recordID, at: first)
                statement.bind(runID, at: first + 1)
                statement.bind(Int64(record.findingCount), at: first + 2)
                statement.bind(blob: record.payload, at: first + 3)
                if let signature = record.qualitySignature {
                    statement.bind(record.source, at: first + 4)
                    statement.bind(record.observedAt?.secondsSinceEpoch, at: first + 5)
                    statement.bind(signature, at: first + 6)
                } else {
                    for index in first + 4...first + 6 { statement.bind(Int64?.none, at: index) }
                }
            }
            let ids = Self.jsonList(records.map(\.recordID))
            try db.execute(
                sql: """
                    DELETE FROM normalize_queue WHERE record_id IN (SELECT value FROM json_each(?1));
                    INSERT OR IGNORE INTO match_queue (record_id) SELECT value FROM json_each(?1);
                    INSERT OR IGNORE INTO merge_queue (record_id) SELECT value FROM json_each(?1);
                    """,
                // Each statement takes its own argument.
                arguments: StatementArguments(Array(repeating: ids, count: 3)))
        }
    }

    /// The normalized form of record `key` of `source`, if it was normalized (it may be older than
    /// the record's values while the record awaits normalizing again).
    public func normalizedRecord(source: String, key: String) throws(GoldenError) -> NormalizedRecord? {
        try readSnapshot("Could not read a normalized record of source \(source)") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT n.payload FROM normalized_records n JOIN source_records s ON s.id = n.record_id
                        WHERE s.source = ? AND s.key = ?
                        """,
                    arguments: [source, key])
            else { return nil }
            return try Self.decodeNormalized(row, source: source, key: key)
        }
    }

    /// Calls `body` with every normalized record and its record id, in record-id order, streaming.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachNormalized(_ body: (Int64, NormalizedRecord) throws -> Void) throws {
        try readStreaming("Could not read the normalized records") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT n.payload, s.source, s.key, n.record_id
                    FROM normalized_records n JOIN source_records s ON s.id = n.record_id ORDER BY n.record_id
                    """)
            while let row = try rows.next() {
                let record = try Self.decodeNormalized(
                    row, source: try row.decode(String.self, atIndex: 1), key: try row.decode(String.self, atIndex: 2))
                let id = try row.decode(Int64.self, atIndex: 3)
                try CallerError.passing { try body(id, record) }
            }
        }
    }

    /// Calls `body` with every normalized record still encoded — its record id, source, key and
    /// payload (``NormalizedRecordCodec``) — in record-id order, streaming: for callers that
    /// decode in parallel.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachNormalizedPayload(_ body: (EncodedNormalizedRow) throws -> Void) throws {
        try readStreaming("Could not read the normalized records") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT n.payload, s.source, s.key, n.record_id
                    FROM normalized_records n JOIN source_records s ON s.id = n.record_id ORDER BY n.record_id
                    """)
            var lastSource = ""
            while let row = try rows.next() {
                var source = try row.decode(String.self, atIndex: 1)
                // One string per source, shared by its records.
                if source == lastSource { source = lastSource } else { lastSource = source }
                let encoded = try EncodedNormalizedRow(row, source: source)
                try CallerError.passing { try body(encoded) }
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
    /// `source` is queued for normalizing again. Returns how many records were queued.
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
                sql: "INSERT OR IGNORE INTO normalize_queue (record_id) SELECT id FROM source_records WHERE source = ?",
                arguments: [source])
            return db.changesCount
        }
    }

    private static func decodeNormalized(_ row: Row, source: String, key: String) throws -> NormalizedRecord {
        let payload = [UInt8](try row.decode(Data.self, atIndex: 0))
        do {
            return try NormalizedRecordCodec.decode(payload, source: source, key: key)
        } catch {
            throw GoldenError(.store, "Malformed normalized_records.payload in the store (\(error))")
        }
    }
}

/// A normalized record as stored: its ids and its encoded payload.
public struct EncodedNormalizedRow: Sendable {
    public var recordID: Int64
    public var source: String
    public var key: String
    public var payload: [UInt8]

    /// The row of a query that selects `n.payload, s.source, s.key, n.record_id`, in that order;
    /// `source` is its source, read by the caller (to share one string per source).
    init(_ row: Row, source: String) throws {
        self.init(
            recordID: try row.decode(Int64.self, atIndex: 3), source: source, key: try row.decode(String.self, atIndex: 2),
            payload: [UInt8](try row.decode(Data.self, atIndex: 0)))
    }

    init(recordID: Int64, source: String, key: String, payload: [UInt8]) {
        self.recordID = recordID
        self.source = source
        self.key = key
        self.payload = payload
    }

    /// The record, decoded.
    ///
    /// - Throws: a store error when the payload is malformed.
    public func decoded() throws(GoldenError) -> NormalizedRecord {
        do {
            return try NormalizedRecordCodec.decode(payload, source: source, key: key)
        } catch {
            throw GoldenError(.store, "Malformed normalized_records.payload in the store (\(error))")
        }
    }
}
