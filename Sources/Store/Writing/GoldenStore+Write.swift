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
    /// UPDATE`), so it holds between chunks, batches and runs alike.
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
            var writer = ChunkWriter(db)
            defer { writer.finish() }
            for record in chunk.records { try writer.upsert(record, batch: batch) }
            for event in chunk.events { try writer.upsert(event, batch: batch) }
            for row in chunk.quarantine { try writer.insert(row, runID: runID, batch: batch) }
        }
    }

    /// Appends quarantined rows that belong to no batch (a file that could not be opened, so had
    /// no content hash), or to `batch` when given.
    public func addQuarantined(_ rows: [QuarantinedRow], runID: Int64, batch: Int64? = nil) throws(GoldenError) {
        guard !rows.isEmpty else { return }
        try writeTransaction("Could not write quarantined rows of run \(runID)") { db in
            var writer = ChunkWriter(db)
            defer { writer.finish() }
            for row in rows { try writer.insert(row, runID: runID, batch: batch) }
        }
    }
}

/// Writes records, events and quarantined rows with cached prepared statements, inside the
/// caller's transaction. Statements are prepared on first use.
struct ChunkWriter {
    private let db: Database
    private var recordStatement: StatementBinder?
    private var eventStatement: StatementBinder?
    private var quarantineStatement: StatementBinder?
    /// Encoded fields of the row being written; reused from row to row, grown as needed.
    private var fieldBuffer: [UInt8] = []

    init(_ db: Database) {
        self.db = db
    }

    mutating func upsert(_ record: SourceRecord, batch: Int64) throws {
        if recordStatement == nil { recordStatement = try StatementBinder(db, sql: Self.upsertRecordSQL) }
        let statement = recordStatement.unsafelyUnwrapped
        statement.bind(record.source, at: 1)
        statement.bind(record.key, at: 2)
        statement.bind(record.observedAt?.secondsSinceEpoch, at: 3)
        statement.bind(record.lineage.file, at: 5)
        statement.bind(record.lineage.line, at: 6)
        statement.bind(record.lineage.elementPath, at: 7)
        statement.bind(batch, at: 8)
        bindFields(record.fields, to: statement, at: 4)
        try statement.execute()
    }

    mutating func upsert(_ event: Event, batch: Int64) throws {
        if eventStatement == nil { eventStatement = try StatementBinder(db, sql: Self.upsertEventSQL) }
        let statement = eventStatement.unsafelyUnwrapped
        statement.bind(event.source, at: 1)
        statement.bind(event.key, at: 2)
        statement.bind(event.subjectSource, at: 3)
        statement.bind(event.subjectKey, at: 4)
        statement.bind(event.kind.rawValue, at: 5)
        statement.bind(event.occurredAt?.secondsSinceEpoch, at: 6)
        statement.bind(event.amount?.tenThousandths, at: 7)
        statement.bind(event.currency, at: 8)
        statement.bind(event.lineage.file, at: 10)
        statement.bind(event.lineage.line, at: 11)
        statement.bind(event.lineage.elementPath, at: 12)
        statement.bind(batch, at: 13)
        bindFields(event.attributes, to: statement, at: 9)
        try statement.execute()
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
        recordStatement?.clear()
        eventStatement?.clear()
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
