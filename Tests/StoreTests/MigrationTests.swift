import Foundation
import GRDB
import GoldenCore
@testable import Store
import Testing

/// Every migration this build knows, in the order a fresh store applies them.
let everyMigration = [
    "v1-ingest", "v2-normalize", "v3-match", "v4-merge", "v5-incremental", "v6-quality", "v7-publish", "v8-steward",
    "v9-engage", "v10-golden-facts", "v11-quality-signature", "v12-ingest-lean", "v13-search-terms",
    "v14-golden-exports", "v15-golden-listing", "v16-normalize-lean",
]

@Suite struct MigrationTests {
    @Test func freshStoreRunsEveryMigration() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.appliedMigrations() == everyMigration)
        #expect(try fixture.store.counts() == StoreCounts(sources: [], batches: 0))
    }

    @Test func reopeningIsIdempotentAndKeepsData() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(IngestChunk(records: [record("M1", observed: 5)]), batch: batch, runID: run)

        for _ in 0..<2 {
            let reopened = try fixture.reopen()
            #expect(try reopened.appliedMigrations() == everyMigration)
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
        #expect(try store.appliedMigrations() == everyMigration)
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

/// A store file as an earlier build left it: migrated up to `migration` only, with a run, a
/// batch, and the rows `setup` adds. Removed when the value goes away.
final class LegacyStore {
    let directory: URL
    let path: String

    init(upTo migration: String, _ setup: (Database) throws -> Void) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("golden.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try StoreMigrator.migrator.migrate(queue, upTo: migration)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO runs (command, started_at, status) VALUES ('ingest', 1, 'ok')")
            try db.execute(
                sql: """
                    INSERT INTO files (source, path, content_hash, size_bytes, run_id, started_at, status)
                    VALUES ('loyalty', 'f.xml', 'h', 1, 1, 1, 'complete')
                    """)
            try setup(db)
        }
        try queue.close()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A store made by an earlier build (only `v1-ingest`) upgrades in place: records keep their
/// values and get ids, and every one of them awaits normalizing.
@Suite struct UpgradeTests {
    @Test func v1StoreUpgradesToV2() throws {
        let legacy = try LegacyStore(upTo: "v1-ingest") { db in
            for key in ["M1", "M2"] {
                try db.execute(
                    sql: """
                        INSERT INTO source_records (source, key, observed_at, fields, file, line, batch_id, first_batch_id, times_seen)
                        VALUES ('loyalty', ?, 5, '[["given_name","Ann"]]', 'f.xml', 3, 1, 1, 2)
                        """,
                    arguments: [key])
            }
        }

        let store = try GoldenStore(path: legacy.path)
        #expect(try store.appliedMigrations() == everyMigration)
        #expect(try store.record(source: "loyalty", key: "M2")?.fields == [Field("given_name", "Ann")])
        #expect(try store.sightings(source: "loyalty", key: "M1")?.timesSeen == 2)
        #expect(try store.pendingNormalization(after: 0, limit: 10).map(\.key) == ["M1", "M2"])
        // The next sighting in the same batch as the stored values is not a new sighting.
        try store.write(IngestChunk(records: [record("M1", observed: 5)]), batch: 1, runID: 1)
        #expect(try store.sightings(source: "loyalty", key: "M1")?.timesSeen == 2)
    }

    /// A store made before the Match stage (up to `v2-normalize`) gains the match tables in
    /// place, and its record ids are the ones clusters refer to.
    @Test func v2StoreUpgradesToV3() throws {
        let legacy = try LegacyStore(upTo: "v2-normalize") { db in
            try db.execute(
                sql: """
                    INSERT INTO source_records (id, source, key, fields, file, batch_id, first_batch_id, last_sighting_batch_id)
                    VALUES (41, 'loyalty', 'M1', '[]', 'f.xml', 1, 1, 1), (42, 'loyalty', 'M2', '[]', 'f.xml', 1, 1, 1)
                    """)
        }

        let store = try GoldenStore(path: legacy.path)
        #expect(try store.appliedMigrations() == everyMigration)
        #expect(try store.recordID(source: "loyalty", key: "M2") == 42)
        #expect(try store.recordID(source: "loyalty", key: "M3") == nil)
        #expect(try store.matchCounts() == MatchCounts())
        try store.replaceMatchResults(
            runID: 1, pairs: [StoredMatchPair(recordA: 42, recordB: 41, probability: 1, weight: 20, vector: 0, band: "match")],
            clusters: [(41, 41), (42, 41)], reviews: [], at: .at(2))
        #expect(try store.clusterAssignments() == [41: 41, 42: 41])
    }
}
