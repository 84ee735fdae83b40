import GRDB
import GoldenCore

extension GoldenStore {
    /// How many records, events and quarantined rows the store holds per source, and how many
    /// ingest batches.
    public func counts() throws(GoldenError) -> StoreCounts {
        try readSnapshot("Could not count the store's rows") { db in
            var bySource: [String: StoreCounts.Source] = [:]
            func add(_ sql: String, _ update: (inout StoreCounts.Source, Int) -> Void) throws {
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    let source = try row.decode(String.self, atIndex: 0)
                    let count = try row.decode(Int.self, atIndex: 1)
                    update(&bySource[source, default: StoreCounts.Source(source: source)], count)
                }
            }
            try add("SELECT source, count(*) FROM source_records GROUP BY source") { $0.records = $1 }
            try add("SELECT source, count(*) FROM events GROUP BY source") { $0.events = $1 }
            try add("SELECT source, count(*) FROM quarantine GROUP BY source") { $0.quarantined = $1 }
            try add(
                "SELECT s.source, count(*) FROM normalized_records n JOIN source_records s ON s.id = n.record_id GROUP BY s.source"
            ) { $0.normalized = $1 }
            try add(
                "SELECT s.source, count(*) FROM normalize_queue q JOIN source_records s ON s.id = q.record_id GROUP BY s.source"
            ) { $0.pendingNormalization = $1 }
            let batches = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0
            return StoreCounts(sources: bySource.values.sorted { $0.source < $1.source }, batches: batches)
        }
    }

    /// The stored record `key` of `source`, if any, with the lineage of the sighting that set it.
    public func record(source: String, key: String) throws(GoldenError) -> SourceRecord? {
        try readSnapshot("Could not read a record of source \(source)") { db in
            try Row.fetchOne(
                db, sql: "\(Self.selectRecords) WHERE source = ? AND key = ?", arguments: [source, key]
            ).map(SourceRecord.init(storedRow:))
        }
    }

    /// How often and when record `key` of `source` was seen, if it is stored.
    public func sightings(source: String, key: String) throws(GoldenError) -> RecordSightings? {
        try readSnapshot("Could not read a record of source \(source)") { db in
            try RecordSightings.fetchOne(
                db,
                sql: """
                    SELECT times_seen, first_seen_at, last_seen_at, first_batch_id, batch_id
                    FROM source_records WHERE source = ? AND key = ?
                    """,
                arguments: [source, key])
        }
    }

    /// Calls `body` with every stored record of `source` (every source when `nil`), ordered by
    /// source then key, streaming: memory stays bounded whatever the size of the store.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged; the
    /// store's own failures are ``GoldenError``s.
    public func forEachRecord(source: String?, _ body: (SourceRecord) throws -> Void) throws {
        try readStreaming("Could not read the stored records") { db in
            let rows: RowCursor
            if let source {
                rows = try Row.fetchCursor(
                    db, sql: "\(Self.selectRecords) WHERE source = ? ORDER BY source, key", arguments: [source])
            } else {
                rows = try Row.fetchCursor(db, sql: "\(Self.selectRecords) ORDER BY source, key")
            }
            while let row = try rows.next() {
                let record = try SourceRecord(storedRow: row)
                try CallerError.passing { try body(record) }
            }
        }
    }

    /// Calls `body` with every stored event, ordered by source then key, streaming.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachEvent(_ body: (Event) throws -> Void) throws {
        try readStreaming("Could not read the stored events") { db in
            let rows = try Row.fetchCursor(db, sql: "\(Self.selectEvents) ORDER BY source, key")
            while let row = try rows.next() {
                let event = try Event(storedRow: row)
                try CallerError.passing { try body(event) }
            }
        }
    }

    /// The stored events of one subject record, by time then key.
    public func events(subjectSource: String, subjectKey: String) throws(GoldenError) -> [Event] {
        try readSnapshot("Could not read the events of a record of source \(subjectSource)") { db in
            try Row.fetchAll(
                db,
                sql: """
                    \(Self.selectEvents) WHERE subject_source = ? AND subject_key = ?
                    ORDER BY occurred_at, source, key
                    """,
                arguments: [subjectSource, subjectKey]
            ).map(Event.init(storedRow:))
        }
    }

    /// Calls `body` with every quarantined row in the order they were quarantined, streaming.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachQuarantined(_ body: (StoredQuarantine) throws -> Void) throws {
        try readStreaming("Could not read the quarantined rows") { db in
            let rows = try StoredQuarantine.fetchCursor(db, sql: "SELECT * FROM quarantine ORDER BY id")
            while let row = try rows.next() {
                try CallerError.passing { try body(row) }
            }
        }
    }

    static let selectRecords = """
        SELECT source, key, observed_at, fields, file, line, element_path, batch_id FROM source_records
        """

    static let selectEvents = """
        SELECT source, key, subject_source, subject_key, kind, occurred_at, amount, currency,
            attributes, file, line, element_path, batch_id
        FROM events
        """
}
