import GRDB
import GoldenCore
import Testing

@testable import Store

/// Chunks are written as multi-row statements: a key repeated within one chunk (and within one
/// statement, or across two) must end as it would had every row been a chunk of its own, and the
/// queues must be filled as the triggers fill them row by row.
@Suite struct ChunkWriteTests {
    /// Sightings of one record within one chunk, and which one's values are kept.
    struct Repeat: Sendable, CustomStringConvertible {
        var observed: [Int64?]
        /// Index in `observed` of the sighting whose values are stored.
        var winner: Int
        var firstSeen: Int64?
        var lastSeen: Int64?

        var description: String { observed.map { $0.map(String.init) ?? "nil" }.joined(separator: ",") }
    }

    @Test(arguments: [
        Repeat(observed: [10, 20], winner: 1, firstSeen: 10, lastSeen: 20),
        Repeat(observed: [20, 10], winner: 0, firstSeen: 10, lastSeen: 20),
        Repeat(observed: [10, 10], winner: 1, firstSeen: 10, lastSeen: 10),
        Repeat(observed: [nil, 10], winner: 1, firstSeen: 10, lastSeen: 10),
        Repeat(observed: [10, nil], winner: 0, firstSeen: 10, lastSeen: 10),
        Repeat(observed: [nil, nil], winner: 1, firstSeen: nil, lastSeen: nil),
        Repeat(observed: [30, nil, 10, 50, 20], winner: 3, firstSeen: 10, lastSeen: 50),
    ])
    func repeatedRecordWithinOneChunk(_ rule: Repeat) throws {
        let sightings = rule.observed.enumerated().map { index, observed in
            record("M1", observed: observed, fields: [Field("email", "v\(index)@x.org")], line: index + 2)
        }
        let fixture = try Self.merged()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(IngestChunk(records: sightings), batch: batch, runID: run)

        let stored = try #require(try fixture.store.record(source: "loyalty", key: "M1"))
        let winner = sightings[rule.winner]
        #expect(stored.fields == winner.fields)
        #expect(stored.observedAt == winner.observedAt)
        #expect(stored.lineage.line == winner.lineage.line)
        let seen = try #require(try fixture.store.sightings(source: "loyalty", key: "M1"))
        #expect(seen.timesSeen == 1)
        #expect(seen.firstSeenAt == rule.firstSeen.map(Timestamp.at))
        #expect(seen.lastSeenAt == rule.lastSeen.map(Timestamp.at))
        #expect(try Self.dump(fixture.store) == Self.rowByRow(IngestChunk(records: sightings)))
    }

    /// A mixed chunk larger than one statement, with keys repeated within and across statements,
    /// events re-delivered under another subject, and quarantined rows.
    static func mixedChunk(rows: Int) -> IngestChunk {
        var chunk = IngestChunk()
        for index in 0..<rows {
            let observed: Int64? = index % 7 == 3 ? nil : Int64((index * 37) % 101)
            chunk.records.append(
                record("M\(index % 60)", observed: observed, fields: [Field("email", "e\(index)@x.org")], line: index + 2))
            var sale = event("O\(index % 90)", subject: "M\(index % 13)", amount: Int64(index))
            sale.subjectSource = "loyalty"
            chunk.events.append(sale)
        }
        chunk.quarantine = [quarantined(3), quarantined(9)]
        return chunk
    }

    @Test(arguments: [1, 99, 100, 101, 250])
    func oneChunkStoresWhatOneRowAtATimeStores(rows: Int) throws {
        let chunk = Self.mixedChunk(rows: rows)
        let fixture = try Self.merged()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(chunk, batch: batch, runID: run)
        let dump = try Self.dump(fixture.store)
        #expect(dump == (try Self.rowByRow(chunk)))
        #expect(dump.normalizeQueue.count == min(rows, 60))
        #expect(dump.mergeEventQueue.count == min(rows, 90))
    }

    /// Events delivered again, within one chunk or in a later one, replace the stored event; it is
    /// queued for merging, and so is the record it left.
    @Test(arguments: [false, true])
    func redeliveredEventQueuesTheRecordItLeft(laterChunk: Bool) throws {
        let fixture = try Self.merged()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(
            IngestChunk(records: [record("A", observed: 1), record("B", observed: 1)]), batch: batch, runID: run)
        var first = event("O1", subject: "A")
        first.subjectSource = "loyalty"
        var again = first
        again.subjectKey = "B"
        again.amount = Amount(tenThousandths: 7)
        if laterChunk {
            try fixture.store.write(IngestChunk(events: [first]), batch: batch, runID: run)
            try fixture.store.write(IngestChunk(events: [again]), batch: batch, runID: run)
        } else {
            try fixture.store.write(IngestChunk(events: [first, again]), batch: batch, runID: run)
        }
        let dump = try Self.dump(fixture.store)
        #expect(dump.events.count == 1)
        #expect(try fixture.store.events(subjectSource: "loyalty", subjectKey: "B").map(\.amount) == [again.amount])
        #expect(try fixture.store.events(subjectSource: "loyalty", subjectKey: "A").isEmpty)
        // Record A lost the event; the event (rowid 1) changed.
        let recordA = try #require(try fixture.store.recordID(source: "loyalty", key: "A"))
        #expect(dump.mergeQueue == [recordA])
        #expect(dump.mergeEventQueue == [1])
    }

    /// Once Normalize and Merge emptied the queues, a chunk queues exactly what it inserted or
    /// changed: new records for normalizing, every event it wrote for merging, and records seen
    /// again (replaced or not) for merging.
    @Test func laterChunkQueuesWhatItInsertedOrChanged() throws {
        let fixture = try Self.merged()
        let (run1, batch1) = try fixture.batch(hash: "1")
        var first = event("O1", subject: "A")
        first.subjectSource = "loyalty"
        var second = event("O2", subject: "B")
        second.subjectSource = "loyalty"
        try fixture.store.write(
            IngestChunk(records: [record("A", observed: 10), record("B", observed: 10)], events: [first, second]),
            batch: batch1, runID: run1)
        try fixture.store.writer.write { db in
            try db.execute(sql: "DELETE FROM normalize_queue; DELETE FROM merge_queue; DELETE FROM merge_event_queue")
        }

        let (run2, batch2) = try fixture.batch(hash: "2")
        var third = event("O3", subject: "C")
        third.subjectSource = "loyalty"
        try fixture.store.write(
            IngestChunk(records: [record("A", observed: 5), record("C", observed: 1)], events: [second, third]),
            batch: batch2, runID: run2)
        let dump = try Self.dump(fixture.store)
        #expect(dump.normalizeQueue == [3])  // C is new; A's older sighting replaced nothing
        #expect(dump.mergeQueue == [1])  // A was seen again
        #expect(dump.mergeEventQueue == [2, 3])  // O2 written again, O3 new
    }

    /// Before any merge, new events are not queued (the first merge reads them all); events
    /// written again are, by their trigger, as are records seen again.
    @Test func aStoreNeverMergedQueuesNoNewEvents() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        var first = event("O1", subject: "A")
        first.subjectSource = "loyalty"
        var second = event("O2", subject: "A")
        second.subjectSource = "loyalty"
        try fixture.store.write(
            IngestChunk(records: [record("A", observed: 10)], events: [first, second]), batch: batch, runID: run)
        var dump = try Self.dump(fixture.store)
        #expect(dump.events.count == 2 && dump.normalizeQueue == [1])
        #expect(dump.mergeEventQueue.isEmpty)

        second.amount = Amount(tenThousandths: 9)
        try fixture.store.write(IngestChunk(events: [second]), batch: batch, runID: run)
        dump = try Self.dump(fixture.store)
        #expect(dump.mergeEventQueue == [2])
    }

    // MARK: Helpers

    /// A fresh store as a Merge stage leaves it: with its merge state, so that ingest queues the
    /// events it inserts.
    static func merged() throws -> StoreFixture {
        let fixture = try StoreFixture()
        try fixture.store.writer.write { db in
            try db.execute(
                sql: "INSERT INTO merge_state (id, fingerprint, run_id, updated_at) VALUES (1, 'test', NULL, '1970-01-01T00:00:00Z')")
        }
        return fixture
    }

    /// Every row of the tables a chunk writes and the queues its triggers fill, ids included.
    struct Dump: Equatable {
        var records: [String] = []
        var events: [String] = []
        var quarantine: [String] = []
        var normalizeQueue: [Int64] = []
        var mergeQueue: [Int64] = []
        var mergeEventQueue: [Int64] = []
    }

    static func dump(_ store: GoldenStore) throws -> Dump {
        try store.writer.read { db in
            func rows(_ sql: String) throws -> [String] {
                try Row.fetchAll(db, sql: sql).map { row in
                    row.databaseValues.map { $0.isNull ? "NULL" : "\($0)" }.joined(separator: "|")
                }
            }
            return Dump(
                records: try rows("SELECT * FROM source_records ORDER BY id"),
                events: try rows("SELECT rowid, * FROM events ORDER BY rowid"),
                quarantine: try rows("SELECT * FROM quarantine ORDER BY id"),
                normalizeQueue: try Int64.fetchAll(db, sql: "SELECT record_id FROM normalize_queue ORDER BY 1"),
                mergeQueue: try Int64.fetchAll(db, sql: "SELECT record_id FROM merge_queue ORDER BY 1"),
                mergeEventQueue: try Int64.fetchAll(db, sql: "SELECT event_id FROM merge_event_queue ORDER BY 1"))
        }
    }

    /// What a fresh store holds after `chunk` is written one row per chunk: the order and rule
    /// of the row-by-row upserts that multi-row statements must reproduce.
    static func rowByRow(_ chunk: IngestChunk) throws -> Dump {
        let fixture = try Self.merged()
        let (run, batch) = try fixture.batch()
        for record in chunk.records { try fixture.store.write(IngestChunk(records: [record]), batch: batch, runID: run) }
        for event in chunk.events { try fixture.store.write(IngestChunk(events: [event]), batch: batch, runID: run) }
        for row in chunk.quarantine { try fixture.store.write(IngestChunk(quarantine: [row]), batch: batch, runID: run) }
        return try dump(fixture.store)
    }
}
