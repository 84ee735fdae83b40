import GoldenCore
import Store
import Testing

@Suite struct ReadingTests {
    @Test func countsArePerSource() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run, loyalty) = try fixture.batch(source: "loyalty", hash: "l")
        try store.write(
            IngestChunk(
                records: [record("M1", observed: 1), record("M2", observed: 1), record("M1", observed: 2)],
                quarantine: [quarantined(5)]),
            batch: loyalty, runID: run)
        let (_, orders) = try fixture.batch(source: "orders", hash: "o")
        try store.write(
            IngestChunk(events: [event("O1"), event("O2")], quarantine: [quarantined(9, source: "orders")]),
            batch: orders, runID: run)

        let counts = try store.counts()
        #expect(counts.sources == [
            StoreCounts.Source(source: "loyalty", records: 2, events: 0, quarantined: 1, pendingNormalization: 2),
            StoreCounts.Source(source: "orders", records: 0, events: 2, quarantined: 1),
        ])
        #expect(counts.records == 2)
        #expect(counts.events == 2)
        #expect(counts.quarantined == 2)
        #expect(counts.batches == 2)
        #expect(counts["web"] == StoreCounts.Source(source: "web"))
    }

    @Test(arguments: [("loyalty", ["loyalty/A", "loyalty/B", "loyalty/C"]), ("web", ["web/A"]), ("pos", [])]
        as [(String, [String])])
    func recordsStreamBySourceThenKey(source: String, expected: [String]) throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        let records = [
            record("C", observed: 3), record("A", source: "web", observed: nil), record("A", observed: 1),
            record("B", observed: 2, fields: [Field("email", "b@x.org"), Field("email", "b2@x.org")]),
        ]
        try fixture.store.write(IngestChunk(records: records), batch: batch, runID: run)

        var seen: [SourceRecord] = []
        try fixture.store.forEachRecord(source: source) { seen.append($0) }
        #expect(seen.map { "\($0.source)/\($0.key)" } == expected)

        var all: [SourceRecord] = []
        try fixture.store.forEachRecord(source: nil) { all.append($0) }
        #expect(all.map { "\($0.source)/\($0.key)" } == ["loyalty/A", "loyalty/B", "loyalty/C", "web/A"])
        let b = try #require(all.first { $0.key == "B" })
        var expectedB = records[3]
        expectedB.lineage.batch = batch
        #expect(b == expectedB)
    }

    @Test func quarantineStreamsInInsertionOrder() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(IngestChunk(quarantine: [quarantined(9), quarantined(3)]), batch: batch, runID: run)
        try fixture.store.write(IngestChunk(quarantine: [quarantined(1)]), batch: batch, runID: run)
        var lines: [Int?] = []
        var ids: [Int64] = []
        try fixture.store.forEachQuarantined {
            lines.append($0.row.line)
            ids.append($0.id)
        }
        #expect(lines == [9, 3, 1])
        #expect(ids == ids.sorted())
    }

    struct Stop: Error, Equatable {}

    @Test func callerErrorsPassThroughUnchanged() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(
            IngestChunk(records: [record("A", observed: 1), record("B", observed: 1)], events: [event("E")],
                        quarantine: [quarantined(1)]),
            batch: batch, runID: run)
        var calls = 0
        #expect(throws: Stop()) {
            try fixture.store.forEachRecord(source: nil) { _ in
                calls += 1
                throw Stop()
            }
        }
        #expect(calls == 1)
        #expect(throws: Stop()) { try fixture.store.forEachEvent { _ in throw Stop() } }
        #expect(throws: Stop()) { try fixture.store.forEachQuarantined { _ in throw Stop() } }
    }

    @Test func unknownRecordIsNil() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.record(source: "loyalty", key: "nope") == nil)
        #expect(try fixture.store.sightings(source: "loyalty", key: "nope") == nil)
    }
}
