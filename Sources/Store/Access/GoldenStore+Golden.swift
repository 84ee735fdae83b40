import GRDB
import GoldenCore

extension GoldenStore {
    /// Every source record's golden record, by sequence: what the next Merge stage keeps ids by.
    public func goldenAssignments() throws(GoldenError) -> [Int64: Int64] {
        try readSnapshot("Could not read the golden cross-reference") { db in
            var assignments: [Int64: Int64] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT record_id, sequence FROM golden_xref")
            while let row = try rows.next() {
                assignments[try row.decode(Int64.self, atIndex: 0)] = try row.decode(Int64.self, atIndex: 1)
            }
            return assignments
        }
    }

    /// The content hash of every active golden record, by sequence.
    public func goldenContentHashes() throws(GoldenError) -> [Int64: Int64] {
        try readSnapshot("Could not read the golden records") { db in
            var hashes: [Int64: Int64] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT sequence, content_hash FROM golden_records WHERE status = 'active'")
            while let row = try rows.next() {
                hashes[try row.decode(Int64.self, atIndex: 0)] = try row.decode(Int64?.self, atIndex: 1) ?? 0
            }
            return hashes
        }
    }

    /// The sequence the next minted golden id takes: one past every id ever minted.
    public func nextGoldenSequence() throws(GoldenError) -> Int64 {
        try readSnapshot("Could not read the golden records") { db in
            (try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM golden_records") ?? 0) + 1
        }
    }

    /// The golden record with id text `goldenID` (active or retired); `nil` when there is none.
    public func goldenRecord(id goldenID: String) throws(GoldenError) -> StoredGoldenRecord? {
        try readSnapshot("Could not read a golden record") { db in
            try StoredGoldenRecord.fetchOne(db, sql: "SELECT * FROM golden_records WHERE golden_id = ?", arguments: [goldenID])
        }
    }

    /// The golden record with sequence `sequence`; `nil` when there is none.
    public func goldenRecord(sequence: Int64) throws(GoldenError) -> StoredGoldenRecord? {
        try readSnapshot("Could not read a golden record") { db in
            try StoredGoldenRecord.fetchOne(db, sql: "SELECT * FROM golden_records WHERE sequence = ?", arguments: [sequence])
        }
    }

    /// Calls `body` with every active golden record, by sequence, streaming.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachGoldenRecord(_ body: (StoredGoldenRecord) throws -> Void) throws {
        try readStreaming("Could not read the golden records") { db in
            let rows = try StoredGoldenRecord.fetchCursor(
                db, sql: "SELECT * FROM golden_records WHERE status = 'active' ORDER BY sequence")
            while let record = try rows.next() { try CallerError.passing { try body(record) } }
        }
    }

    /// Calls `body` with every stored source record's source, key and golden id text, by source
    /// and key, streaming: `golden export xref`.
    public func forEachXref(_ body: (_ source: String, _ key: String, _ goldenID: String) throws -> Void) throws {
        try forEachXref(where: "1", orderBy: "r.source, r.key", arguments: [], body)
    }

    /// The source records of the golden record `sequence`, by record id.
    public func goldenMembers(sequence: Int64) throws(GoldenError) -> [(recordID: Int64, source: String, key: String)] {
        try readSnapshot("Could not read the golden cross-reference") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, r.source, r.key FROM golden_xref x JOIN source_records r ON r.id = x.record_id
                    WHERE x.sequence = ? ORDER BY r.id
                    """,
                arguments: [sequence]
            ).map { (try $0.decode(Int64.self, atIndex: 0), try $0.decode(String.self, atIndex: 1), try $0.decode(String.self, atIndex: 2)) }
        }
    }

    /// Where the id `goldenID` leads: itself when active, its survivor's id text when retired
    /// (redirects are kept flat), `nil` when no such id was ever minted.
    public func resolveGoldenID(_ goldenID: String) throws(GoldenError) -> String? {
        try readSnapshot("Could not read the golden redirects") { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT coalesce(s.golden_id, g.golden_id) FROM golden_records g
                    LEFT JOIN golden_redirects r ON r.retired = g.sequence
                    LEFT JOIN golden_records s ON s.sequence = r.survivor
                    WHERE g.golden_id = ?
                    """,
                arguments: [goldenID])
        }
    }

    /// Every redirect: the retired id text, the id text it resolves to, and why.
    public func goldenRedirects() throws(GoldenError) -> [(retired: String, survivor: String, reason: String)] {
        try readSnapshot("Could not read the golden redirects") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.golden_id, b.golden_id, r.reason FROM golden_redirects r
                    JOIN golden_records a ON a.sequence = r.retired JOIN golden_records b ON b.sequence = r.survivor
                    ORDER BY r.retired
                    """
            ).map { (try $0.decode(String.self, atIndex: 0), try $0.decode(String.self, atIndex: 1), try $0.decode(String.self, atIndex: 2)) }
        }
    }

    /// The merge log, oldest first; only the lines about `golden` (as either side) when given.
    public func mergeLog(golden: Int64? = nil) throws(GoldenError) -> [StoredMergeLogEntry] {
        try readSnapshot("Could not read the merge log") { db in
            if let golden {
                return try StoredMergeLogEntry.fetchAll(
                    db, sql: "SELECT * FROM merge_log WHERE golden = ?1 OR other = ?1 ORDER BY id", arguments: [golden])
            }
            return try StoredMergeLogEntry.fetchAll(db, sql: "SELECT * FROM merge_log ORDER BY id")
        }
    }

    /// How many golden records are active and retired, and how many records they cover.
    public func goldenCounts() throws(GoldenError) -> (active: Int, retired: Int, records: Int) {
        try readSnapshot("Could not count the golden records") { db in
            let active = try Int.fetchOne(db, sql: "SELECT count(*) FROM golden_records WHERE status = 'active'") ?? 0
            let retired = try Int.fetchOne(db, sql: "SELECT count(*) FROM golden_records WHERE status = 'retired'") ?? 0
            let records = try Int.fetchOne(db, sql: "SELECT count(*) FROM golden_xref") ?? 0
            return (active, retired, records)
        }
    }

    /// Calls `body` with every stored event and the golden id text of the record it belongs to
    /// (`nil` when that record has none), by event source and key, streaming: `golden export
    /// events`. The golden id comes from ``goldenListing(_:sequence:)``.
    public func forEachEventWithGolden(_ body: (Event, _ goldenID: String?) throws -> Void) throws {
        try readStreaming("Could not read the stored events") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT e.source, e.key, e.subject_source, e.subject_key, e.kind, e.occurred_at, e.amount,
                        e.currency, e.attributes, e.file, e.line, e.element_path, e.batch_id, g.golden_id
                    FROM events e
                    LEFT JOIN source_records r ON r.source = e.subject_source AND r.key = e.subject_key
                    LEFT JOIN golden_xref x ON x.record_id = r.id
                    LEFT JOIN \(Self.goldenListing("g", sequence: "x.sequence"))
                    ORDER BY e.source, e.key
                    """)
            while let row = try rows.next() {
                let event = try Event(storedRow: row)
                let golden = try row.decode(String?.self, atIndex: 13)
                try CallerError.passing { try body(event, golden) }
            }
        }
    }

    /// Every review item with the source and key of its two records and their golden ids, by
    /// id; only those with `status` and of `kind` when given, and a page of them with `limit`
    /// (and `offset`).
    public func reviewItemsWithRecords(
        status: String? = nil, kind: String? = nil, limit: Int? = nil, offset: Int = 0
    ) throws(GoldenError) -> [ReviewItemWithRecords] {
        try readSnapshot("Could not read the review items") { db in
            try Self.reviewItemsWithRecords(
                db, where: "(?1 IS NULL OR i.status = ?1) AND (?2 IS NULL OR i.kind = ?2)", page: "LIMIT ?3 OFFSET ?4",
                arguments: [status, kind, limit ?? -1, offset])
        }
    }

    /// The review items that match `condition` (over `review_items i`), with their records'
    /// sources, keys and golden ids, by id; `page` is a `LIMIT … OFFSET …` clause or empty.
    static func reviewItemsWithRecords(
        _ db: Database, where condition: String, page: String = "", arguments: StatementArguments
    ) throws -> [ReviewItemWithRecords] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT i.*, ra.source AS source_a, ra.key AS key_a, rb.source AS source_b, rb.key AS key_b,
                    ga.golden_id AS golden_a, gb.golden_id AS golden_b
                FROM review_items i
                JOIN source_records ra ON ra.id = i.record_a JOIN source_records rb ON rb.id = i.record_b
                LEFT JOIN golden_xref xa ON xa.record_id = i.record_a LEFT JOIN golden_records ga ON ga.sequence = xa.sequence
                LEFT JOIN golden_xref xb ON xb.record_id = i.record_b LEFT JOIN golden_records gb ON gb.sequence = xb.sequence
                WHERE \(condition)
                ORDER BY i.id \(page)
                """,
            arguments: arguments
        ).map(ReviewItemWithRecords.init(row:))
    }
}

/// A review item with what a steward needs to find its records: their sources and keys, and
/// the golden records they are in now.
public struct ReviewItemWithRecords: Hashable, Sendable, FetchableRecord {
    public var item: StoredReviewItem
    public var sourceA: String
    public var keyA: String
    public var sourceB: String
    public var keyB: String
    public var goldenA: Optional<String>
    public var goldenB: Optional<String>

    public init(row: Row) throws {
        item = try StoredReviewItem(row: row)
        sourceA = try row.decode(String.self, forColumn: "source_a")
        keyA = try row.decode(String.self, forColumn: "key_a")
        sourceB = try row.decode(String.self, forColumn: "source_b")
        keyB = try row.decode(String.self, forColumn: "key_b")
        goldenA = try row.decode(String?.self, forColumn: "golden_a")
        goldenB = try row.decode(String?.self, forColumn: "golden_b")
    }
}

extension GoldenStore {
    /// Calls `body` with every active golden record as its flat export reads it, by sequence,
    /// streaming: with its stored export fragment of `version`, or — where it has none of that
    /// version — with its JSON instead.
    ///
    /// The golden records are listed from `golden_records_listing`, which holds the columns a
    /// row needs besides its fragment; a record's JSON is read, by sequence, only where it has no
    /// fragment of `version`. So a store of rendered fragments is read without its records.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachGoldenExport(version: Int, _ body: (GoldenExportRow) throws -> Void) throws {
        try readStreaming("Could not read the golden records") { db in
            let rows = try GoldenExportRow.fetchCursor(
                db,
                sql: """
                    SELECT g.sequence, g.golden_id, g.record_count, e.fragment,
                        coalesce(e.updated_at, g.updated_at) AS updated_at, NULL AS record, NULL AS history
                    FROM golden_records g INDEXED BY golden_records_listing
                    LEFT JOIN golden_exports e ON e.sequence = g.sequence AND e.version = ?
                    WHERE g.status = 'active' ORDER BY g.sequence
                    """,
                arguments: [version])
            let json = try db.cachedStatement(sql: "SELECT record, history FROM golden_records WHERE sequence = ?")
            while var row = try rows.next() {
                if row.fragment == nil, let stored = try Row.fetchOne(json, arguments: [row.sequence]) {
                    (row.record, row.history) = (stored[0], stored[1])
                }
                try CallerError.passing { try body(row) }
            }
        }
    }
}
