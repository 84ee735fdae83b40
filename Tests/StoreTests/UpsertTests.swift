import GoldenCore
import Store
import Testing

@Suite struct UpsertTests {
    /// A stored sighting, a later one with the same key, and whether the later one's values win.
    struct Case: Sendable, CustomStringConvertible {
        var stored: Int64?
        var incoming: Int64?
        var replaces: Bool
        var firstSeen: Int64?
        var lastSeen: Int64?

        var description: String {
            "stored \(stored.map(String.init) ?? "nil"), incoming \(incoming.map(String.init) ?? "nil")"
        }
    }

    @Test(arguments: [
        Case(stored: 10, incoming: 20, replaces: true, firstSeen: 10, lastSeen: 20),
        Case(stored: 20, incoming: 10, replaces: false, firstSeen: 10, lastSeen: 20),
        Case(stored: 10, incoming: 10, replaces: true, firstSeen: 10, lastSeen: 10),
        Case(stored: nil, incoming: 10, replaces: true, firstSeen: 10, lastSeen: 10),
        Case(stored: 10, incoming: nil, replaces: false, firstSeen: 10, lastSeen: 10),
        Case(stored: nil, incoming: nil, replaces: true, firstSeen: nil, lastSeen: nil),
    ])
    func newerOrEqualReplacesOlderDoesNot(_ rule: Case) throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run1, batch1) = try fixture.batch(hash: "first")
        let old = record("M1", observed: rule.stored, fields: [Field("email", "old@x.org")], line: 2)
        try store.write(IngestChunk(records: [old]), batch: batch1, runID: run1)

        let (run2, batch2) = try fixture.batch(hash: "second", at: 200)
        let new = record("M1", observed: rule.incoming, fields: [Field("email", "new@x.org")], line: 9)
        try store.write(IngestChunk(records: [new]), batch: batch2, runID: run2)

        let stored = try #require(try store.record(source: "loyalty", key: "M1"))
        let winner = rule.replaces ? new : old
        #expect(stored.fields == winner.fields)
        #expect(stored.observedAt == winner.observedAt)
        let winningBatch = rule.replaces ? batch2 : batch1
        #expect(stored.lineage == Lineage(file: "feeds/loyalty.csv", line: winner.lineage.line, batch: winningBatch))

        let sightings = try #require(try store.sightings(source: "loyalty", key: "M1"))
        #expect(sightings.timesSeen == 2)
        #expect(sightings.firstSeenAt == rule.firstSeen.map(Timestamp.at))
        #expect(sightings.lastSeenAt == rule.lastSeen.map(Timestamp.at))
        #expect(sightings.firstBatchID == batch1)
        #expect(sightings.batchID == (rule.replaces ? batch2 : batch1))
    }

    /// A record repeated within one file (a receipt over several lines) is one sighting, and so
    /// is a file read again after an interrupted run (the same batch); the time range still widens.
    @Test func sightingsCountDistinctBatches() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        let sightings = [30, 10, nil, 50, 20].map { record("M1", observed: $0) }
        try fixture.store.write(IngestChunk(records: Array(sightings[..<3])), batch: batch, runID: run)
        try fixture.store.write(IngestChunk(records: Array(sightings[3...])), batch: batch, runID: run)

        let stored = try #require(try fixture.store.sightings(source: "loyalty", key: "M1"))
        #expect(stored.timesSeen == 1)
        #expect(stored.firstSeenAt == .at(10))
        #expect(stored.lastSeenAt == .at(50))
        #expect(try fixture.store.record(source: "loyalty", key: "M1")?.observedAt == .at(50))
    }

    @Test func sameKeyInOtherSourcesIsAnotherRecord() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(
            IngestChunk(records: [record("K", observed: 1), record("K", source: "web", observed: 1)]),
            batch: batch, runID: run)
        #expect(try fixture.store.counts().records == 2)
        #expect(try fixture.store.sightings(source: "web", key: "K")?.timesSeen == 1)
    }

    @Test func eventsWithTheSameKeyAreReplaced() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run1, batch1) = try fixture.batch(source: "orders", hash: "1")
        try store.write(IngestChunk(events: [event("O1", amount: 100), event("O2")]), batch: batch1, runID: run1)
        let (run2, batch2) = try fixture.batch(source: "orders", hash: "2", at: 300)
        var changed = event("O1", subject: "A2", amount: nil)
        changed.kind = .return
        changed.currency = nil
        changed.attributes = []
        try store.write(IngestChunk(events: [changed]), batch: batch2, runID: run2)

        var events: [Event] = []
        try store.forEachEvent { events.append($0) }
        changed.lineage.batch = batch2
        var unchanged = event("O2")
        unchanged.lineage.batch = batch1
        #expect(events == [changed, unchanged])
        #expect(try store.events(subjectSource: "web", subjectKey: "A2") == [changed])
        #expect(try store.events(subjectSource: "web", subjectKey: "A1") == [unchanged])
    }
}
