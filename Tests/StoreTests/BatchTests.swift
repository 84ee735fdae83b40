import GoldenCore
import Store
import Testing

@Suite struct BatchTests {
    @Test func batchIsFoundByContentHash() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let run = try store.beginRun(command: "ingest", at: .at(10))
        #expect(try store.batch(source: "loyalty", contentHash: "abc") == nil)

        let id = try store.beginBatch(
            source: "loyalty", path: "feeds/members.csv", contentHash: "abc", sizeBytes: 1234, runID: run,
            at: .at(11))
        let begun = try #require(try store.batch(source: "loyalty", contentHash: "abc"))
        #expect(begun.id == id)
        #expect(begun.status == .incomplete)
        #expect(begun.path == "feeds/members.csv")
        #expect(begun.sizeBytes == 1234)
        #expect(begun.runID == run)
        #expect(begun.startedAt == .at(11))
        #expect(begun.finishedAt == nil)

        let counts = RowCounts(read: 10, stored: 8, quarantined: 2)
        try store.finishBatch(id, status: .complete, counts: counts, error: nil, at: .at(12))
        let finished = try #require(try store.batch(id))
        #expect(finished.status == .complete)
        #expect(finished.counts == counts)
        #expect(finished.finishedAt == .at(12))
        #expect(finished.error == nil)

        // Same hash, other source: not the same batch.
        #expect(try store.batch(source: "web", contentHash: "abc") == nil)
    }

    @Test func changedContentUnderTheSameNameIsANewBatch() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let run = try store.beginRun(command: "ingest", at: .at(10))
        let first = try store.beginBatch(
            source: "loyalty", path: "members.csv", contentHash: "v1", sizeBytes: 1, runID: run, at: .at(10))
        let second = try store.beginBatch(
            source: "loyalty", path: "members.csv", contentHash: "v2", sizeBytes: 2, runID: run, at: .at(10))
        #expect(first != second)
        #expect(try store.counts().batches == 2)
    }

    @Test func completeContentCannotBeginAgain() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch(hash: "same")
        try fixture.store.finishBatch(batch, status: .complete, counts: RowCounts(), error: nil, at: .at(2))
        #expect {
            _ = try fixture.store.beginBatch(
                source: "loyalty", path: "again.csv", contentHash: "same", sizeBytes: 10, runID: run, at: .at(3))
        } throws: { error in
            (error as? GoldenError)?.code == .store
        }
    }

    @Test func incompleteBatchResumesUnderItsIdWithoutItsQuarantine() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run, batch) = try fixture.batch(hash: "broken")
        try store.write(IngestChunk(quarantine: [quarantined(3), quarantined(4)]), batch: batch, runID: run)
        try store.finishBatch(
            batch, status: .incomplete, counts: RowCounts(read: 5, stored: 3, quarantined: 2),
            error: "gzip stream truncated", at: .at(101))
        #expect(try store.batch(batch)?.error == "gzip stream truncated")

        let laterRun = try store.beginRun(command: "ingest", at: .at(200))
        let resumed = try store.beginBatch(
            source: "loyalty", path: "feeds/loyalty.csv", contentHash: "broken", sizeBytes: 10,
            runID: laterRun, at: .at(201))
        #expect(resumed == batch)
        let stored = try #require(try store.batch(batch))
        #expect(stored.runID == laterRun)
        #expect(stored.counts == RowCounts())
        #expect(stored.error == nil)
        #expect(stored.startedAt == .at(201))
        #expect(try store.counts().quarantined == 0)
    }

    @Test func finishingAnUnknownBatchFails() throws {
        let fixture = try StoreFixture()
        #expect(throws: GoldenError.self) {
            try fixture.store.finishBatch(7, status: .complete, counts: RowCounts(), error: nil, at: .at(1))
        }
    }
}
