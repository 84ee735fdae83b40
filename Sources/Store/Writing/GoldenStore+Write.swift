import GRDB
import GoldenCore

extension GoldenStore {
    /// Writes one chunk of an ingest batch in one transaction: upserts its source records and
    /// events, and appends its quarantined rows. This is the ingest hot path.
    ///
    /// A source record with the `(source, key)` of a stored one replaces the stored fields and
    /// lineage (and becomes the record's `batch_id`) unless its `observedAt` is older than the
    /// stored one; a missing `observedAt` counts as the oldest. Every sighting, replacing or
    /// not, increments `times_seen` and widens `first_seen_at`…`last_seen_at`. An event with the
    /// `(source, key)` of a stored one replaces it. The rule lives in SQL (`ON CONFLICT … DO
    /// UPDATE`), applied row by row in chunk order, so it holds within a chunk and between
    /// chunks, batches and runs alike. New records are queued for normalizing and new or replaced
    /// events for merging (see ``ChunkWriter``).
    ///
    /// The records' and events' `lineage.batch` is ignored: `batch` is stored instead.
    ///
    /// - Complexity: O(*n* log *N*) for *n* rows in the chunk and *N* in the store.
    public func write(_ chunk: IngestChunk, batch: Int64, runID: Int64) throws(GoldenError) {
        guard !chunk.isEmpty else { return }
        try writeTransaction("Could not write a chunk of batch \(batch)") { db in
            // Records and events do not declare their batch a foreign key (see v1-ingest).
            guard try Int64.fetchOne(db, sql: "SELECT id FROM files WHERE id = ?", arguments: [batch]) != nil else {
                throw GoldenError(.store, "There is no batch \(batch)")
            }
            var writer = try ChunkWriter(db)
            defer { writer.finish() }
            try writer.upsert(chunk.records, batch: batch)
            try writer.upsert(chunk.events, batch: batch)
            for row in chunk.quarantine { try writer.insert(row, runID: runID, batch: batch) }
        }
    }

    /// Appends quarantined rows that belong to no batch (a file that could not be opened, so had
    /// no content hash), or to `batch` when given.
    public func addQuarantined(_ rows: [QuarantinedRow], runID: Int64, batch: Int64? = nil) throws(GoldenError) {
        guard !rows.isEmpty else { return }
        try writeTransaction("Could not write quarantined rows of run \(runID)") { db in
            var writer = try ChunkWriter(db)
            defer { writer.finish() }
            for row in rows { try writer.insert(row, runID: runID, batch: batch) }
        }
    }
}

/// Writes records, events and quarantined rows with cached prepared statements, inside the
/// caller's transaction.
///
/// Records and events go in multi-row upserts (``MultiRowInsert``), a hundred rows to a statement,
/// in the rows' order: the `UPDATE` triggers on `source_records` and `events` make SQLite open and
/// close a statement journal per statement, which cost more than the row itself when every row
/// was a statement of its own. Then the rows the chunk inserted — those with an id above the
/// largest before it — are queued for normalizing (records) and merging (events) in one
/// statement each, as the `INSERT` triggers did row by row before v12-ingest-lean; new events
/// only once a merge has run (before it, the first merge reads every event anyway).
struct ChunkWriter {
    private let db: Database
    private var quarantineStatement: StatementBinder?
    /// Encoded fields of the row being bound; reused from row to row, grown as needed.
    private var fieldBuffer: [UInt8] = []

    /// Whether the events a chunk inserts are queued for merging: only once a Merge stage has
    /// run (`merge_state` has its row). Before that the first merge builds every golden record
    /// from every event, and a queue of every event ever ingested would only be emptied by it.
    private let queuesNewEvents: Bool

    init(_ db: Database) throws {
        self.db = db
        queuesNewEvents = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM merge_state)") ?? true
    }

    /// Upserts `records`, in order, under the rule of ``GoldenStore/write(_:batch:runID:)``, and
    /// queues the new ones for normalizing.
    mutating func upsert(_ records: [SourceRecord], batch: Int64) throws {
        guard !records.isEmpty else { return }
        let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM source_records") ?? 0
        let insert = MultiRowInsert(db, into: "source_records", columns: Self.recordColumns, suffix: Self.recordConflictSQL)
        try insert.insert(count: records.count) { statement, row, first in
            let record = records[row]
            let observedAt = record.observedAt?.secondsSinceEpoch
            statement.bind(record.source, at: first)
            statement.bind(record.key, at: first + 1)
            statement.bind(observedAt, at: first + 2)
            bindFields(record.fields, to: statement, at: first + 3)
            statement.bind(record.lineage.file, at: first + 4)
            statement.bind(record.lineage.line, at: first + 5)
            statement.bind(record.lineage.elementPath, at: first + 6)
            statement.bind(batch, at: first + 7)
            statement.bind(batch, at: first + 8)
            statement.bind(observedAt, at: first + 9)
            statement.bind(observedAt, at: first + 10)
            statement.bind(Int64(1), at: first + 11)
            statement.bind(batch, at: first + 12)
        }
        try db.execute(sql: Self.queueInsertedRecordsSQL, arguments: [last])
    }

    /// Upserts `events`, in order — one with the `(source, key)` of a stored one replaces it — and
    /// queues the new ones for merging once a merge has run (see ``queuesNewEvents``).
    mutating func upsert(_ events: [Event], batch: Int64) throws {
        guard !events.isEmpty else { return }
        let last = queuesNewEvents ? try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM events") ?? 0 : 0
        let insert = MultiRowInsert(db, into: "events", columns: Self.eventColumns, suffix: Self.eventConflictSQL)
        try insert.insert(count: events.count) { statement, row, first in
            let event = events[row]
            statement.bind(event.source, at: first)
            statement.bind(event.key, at: first + 1)
            statement.bind(event.subjectSource, at: first + 2)
            statement.bind(event.subjectKey, at: first + 3)
            statement.bind(event.kind.rawValue, at: first + 4)
            statement.bind(event.occurredAt?.secondsSinceEpoch, at: first + 5)
            statement.bind(event.amount?.tenThousandths, at: first + 6)
            statement.bind(event.currency, at: first + 7)
            bindFields(event.attributes, to: statement, at: first + 8)
            statement.bind(event.lineage.file, at: first + 9)
            statement.bind(event.lineage.line, at: first + 10)
            statement.bind(event.lineage.elementPath, at: first + 11)
            statement.bind(batch, at: first + 12)
        }
        if queuesNewEvents { try db.execute(sql: Self.queueInsertedEventsSQL, arguments: [last]) }
    }

    mutating func insert(_ row: QuarantinedRow, runID: Int64, batch: Int64?) throws {
        if quarantineStatement == nil {
            quarantineStatement = try StatementBinder(db, sql: Self.insertQuarantineSQL)
        }
        let statement = quarantineStatement.unsafelyUnwrapped
        statement.bind(runID, at: 1)
        statement.bind(batch, at: 2)
        statement.bind(row.source, at: 3)
        statement.bind(row.file, at: 4)
        statement.bind(row.line, at: 5)
        statement.bind(row.elementPath, at: 6)
        statement.bind(row.field, at: 7)
        statement.bind(row.reason.rawValue, at: 8)
        statement.bind(row.message, at: 9)
        statement.bind(blob: row.raw, at: 10)
        statement.bind(row.rawTruncated ? 1 : 0, at: 11)
        try statement.execute()
    }

    /// Drops the statements' bindings, so no copy of personal data lingers in them.
    func finish() {
        quarantineStatement?.clear()
    }

    private mutating func bindFields(_ fields: [Field], to statement: StatementBinder, at index: Int32) {
        let bound = FieldCodec.maximumEncodedCount(of: fields)
        if fieldBuffer.count < bound {
            fieldBuffer.append(contentsOf: repeatElement(0, count: bound - fieldBuffer.count))
        }
        fieldBuffer.withUnsafeMutableBufferPointer { buffer in
            let count = FieldCodec.encode(fields, into: buffer)
            statement.bind(utf8: UnsafeBufferPointer(rebasing: buffer[..<count]), at: index)
        }
    }
}
