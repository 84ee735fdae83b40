import Foundation
import GoldenCore
import Store
import Testing

@Suite struct MigrationTests {
    @Test func freshStoreRunsEveryMigration() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.appliedMigrations() == ["v1-ingest", "v2-normalize"])
        #expect(try fixture.store.counts() == StoreCounts(sources: [], batches: 0))
    }

    @Test func reopeningIsIdempotentAndKeepsData() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(IngestChunk(records: [record("M1", observed: 5)]), batch: batch, runID: run)

        for _ in 0..<2 {
            let reopened = try fixture.reopen()
            #expect(try reopened.appliedMigrations() == ["v1-ingest", "v2-normalize"])
            #expect(try reopened.record(source: "loyalty", key: "M1")?.fields == [Field("given_name", "Ann")])
            #expect(try reopened.counts().records == 1)
        }
    }

    @Test func fileIsInWALModeWithLargePages() throws {
        let fixture = try StoreFixture()
        let header = try #require(FileHandle(forReadingAtPath: fixture.path)).readData(ofLength: 20)
        #expect(header.prefix(15) == Data("SQLite format 3".utf8))
        #expect(Int(header[16]) << 8 | Int(header[17]) == 16384)
        // File format versions 2 and 2: write-ahead log.
        #expect(header[18] == 2 && header[19] == 2)
    }

    @Test func inMemoryStoreIsMigrated() throws {
        let store = try GoldenStore.inMemory()
        #expect(try store.appliedMigrations() == ["v1-ingest", "v2-normalize"])
    }

    @Test func missingParentDirectoryIsAStoreError() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("golden-missing-\(UUID().uuidString)/nested/golden.sqlite").path
        #expect {
            _ = try GoldenStore(path: path)
        } throws: { error in
            (error as? GoldenError)?.code == .store
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
