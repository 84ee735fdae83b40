import GRDB
import GoldenCore
import Testing

@testable import Store

/// A first load writes events without their index by customer and builds it at the end; a store
/// left without it gets it back when opened.
@Suite struct BulkLoadTests {
    static func indexNames(_ store: GoldenStore) throws -> Set<String> {
        try store.writer.read { db in
            try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events'"))
        }
    }

    /// The plan the merge reader's lookup by customer gets.
    static func subjectLookupPlan(_ store: GoldenStore) throws -> String {
        try store.writer.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT key FROM events WHERE subject_source = 'web' AND subject_key = 'A1'"
            ).map { $0["detail"] as String }.joined(separator: "; ")
        }
    }

    @Test func firstLoadDropsTheIndexAndBuildsItAtTheEnd() throws {
        let fixture = try StoreFixture()
        #expect(try Self.indexNames(fixture.store).contains("events_on_subject"))
        #expect(try fixture.store.beginBulkLoad())
        #expect(!(try Self.indexNames(fixture.store).contains("events_on_subject")))

        let (run, batch) = try fixture.batch(source: "orders")
        let events = (0..<300).map { event("O\($0)", subject: "A\($0 % 7)") }
        try fixture.store.write(IngestChunk(events: events), batch: batch, runID: run)
        try fixture.store.buildDeferredIndexes()

        #expect(try Self.indexNames(fixture.store).contains("events_on_subject"))
        #expect(try Self.subjectLookupPlan(fixture.store).contains("events_on_subject"))
        let count = try fixture.store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM events INDEXED BY events_on_subject WHERE subject_key = 'A1' AND subject_source = 'web'")
        }
        #expect(count == events.filter { $0.subjectKey == "A1" }.count)
        // Building again finds it there and changes nothing.
        try fixture.store.buildDeferredIndexes()
        #expect(try Self.indexNames(fixture.store).contains("events_on_subject"))
    }

    @Test func storeWithEventsIsNotBulkLoaded() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch(source: "orders")
        try fixture.store.write(IngestChunk(events: [event("O1")]), batch: batch, runID: run)
        #expect(!(try fixture.store.beginBulkLoad()))
        #expect(try Self.indexNames(fixture.store).contains("events_on_subject"))
    }

    @Test func openingAStoreLeftWithoutTheIndexBuildsIt() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch(source: "orders")
        #expect(try fixture.store.beginBulkLoad())
        try fixture.store.write(IngestChunk(events: [event("O1"), event("O2", subject: "B2")]), batch: batch, runID: run)
        // The process stops here; the next one opens the store.
        let reopened = try fixture.reopen()
        #expect(try Self.indexNames(reopened).contains("events_on_subject"))
        #expect(try Self.subjectLookupPlan(reopened).contains("events_on_subject"))
        // The sort's settings are back to the store's own.
        let settings = try reopened.writer.write { db in
            try (Int.fetchOne(db, sql: "PRAGMA temp_store"), Int.fetchOne(db, sql: "PRAGMA threads"))
        }
        #expect(settings.0 == 2 && settings.1 == 0)
    }
}
