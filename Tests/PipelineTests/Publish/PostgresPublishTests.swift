import Foundation
import GoldenCore
import Pipeline
import Publish
import Store
import Testing

/// The PostgreSQL cluster `make test` starts (scripts/pg-test-cluster), from GOLDEN_TEST_PG_URL.
enum TestCluster {
    static let url = ProcessInfo.processInfo.environment["GOLDEN_TEST_PG_URL"]
}

/// The PostgreSQL target against the real cluster `make test` starts; skipped, visibly, without it.
@Suite(.serialized, .enabled(if: TestCluster.url != nil, "needs GOLDEN_TEST_PG_URL: run `make test`"))
struct PostgresPublishTests {
    /// A retail workspace publishing to a fresh schema (dropped with `cleanUp`) and a feed.
    final class Workspace {
        let workspace: TempWorkspace
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let session: PostgresSession

        init() throws {
            workspace = try TempWorkspace(copying: "retail")
            let url = try #require(TestCluster.url)
            session = try PostgresSession.connect(to: try PostgresEndpoint(url: url))
            try workspace.write(
                """
                feed: { directory: out/feed }
                targets:
                  - { name: warehouse, kind: postgres, url_env: GOLDEN_TEST_PG_URL, schema: \(schema), batch_size: 50 }
                """, to: "Mappings/publish.yml")
        }

        deinit {
            _ = try? session.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
            session.close()
        }

        var store: GoldenStore { get throws { try Runner(configPath: workspace.config, progress: .silent).store } }

        func run(_ command: String = "run") throws -> RunSummary {
            try Runner(configPath: workspace.config, progress: .silent).run(command: command)
        }

        func count(_ table: String, where condition: String = "true") throws -> Int {
            Int(try #require(try session.rows("SELECT count(*)::text FROM \(schema).\(table) WHERE \(condition)")[0][0]))!
        }

        /// Active golden ids and content hashes in PostgreSQL.
        func activeHashes() throws -> [String: String] {
            var hashes: [String: String] = [:]
            for row in try session.rows("SELECT golden_id, content_hash::text FROM \(schema).golden_records WHERE status = 'active'") {
                hashes[row[0]!] = row[1]
            }
            return hashes
        }

        /// Checks that PostgreSQL holds what the store holds: the same active ids and hashes,
        /// every retired id resolving as the store resolves it, the same xref.
        func expectInStep(_ comment: Comment) throws {
            let store = try store
            #expect(try activeHashes() == PublishFixture.activeHashes(store), comment)
            for row in try session.rows("SELECT golden_id, survivor_id FROM \(schema).golden_records WHERE status = 'retired'") {
                let resolved = try store.resolveGoldenID(row[0]!)
                #expect(resolved == (row[1] ?? row[0]), comment)
            }
            var xref = Set<[String?]>()
            try store.forEachXref { xref.insert([$0, $1, $2]) }
            #expect(Set(try session.rows("SELECT source, record_key, golden_id FROM \(schema).golden_xref")) == xref, comment)
        }

        func feed(_ publish: Int64) throws -> Set<FeedLine> {
            try PublishFixture.feed(workspace.path + "/out/feed/" + FeedSettings(directory: "").fileName(publish: publish)).lines
        }
    }

    @Test func publishesUpsertsOnceAndCarriesExactlyTheNextRunsChanges() throws {
        let fixture = try Workspace()
        try PublishFixture.holdBackCommunity(fixture.workspace)
        let first = try fixture.run()
        let published = try #require(first.publish?.postgres.first)
        let counts = try fixture.store.goldenCounts()
        #expect(counts.active > 0)
        #expect(published.mode == "delta" && published.publish == 1)
        #expect(published.recordsInserted == counts.active && published.recordsUpdated == 0)
        #expect(try fixture.count("golden_records") == counts.active)
        #expect(try fixture.count("golden_xref") == counts.records)
        let url = try #require(TestCluster.url)
        let password = try #require(try PostgresEndpoint(url: url).password)
        #expect(!published.endpoint.contains(password))
        try fixture.expectInStep("first publish")

        // Publishing again without changes writes nothing: no row, no timestamp, no publish.
        let stamps = try fixture.session.rows("SELECT max(updated_at)::text, count(*)::text FROM \(fixture.schema).golden_records")
        let again = try #require(try fixture.run("publish").publish)
        #expect(again.status == "unchanged")
        #expect(again.postgres.map(\.rowsWritten) == [0])
        #expect(try fixture.session.rows("SELECT max(updated_at)::text, count(*)::text FROM \(fixture.schema).golden_records") == stamps)
        #expect(try fixture.count("golden_publishes") == 1)

        // A new feed file arrives: the next run's feed carries exactly what the store says changed.
        try PublishFixture.holdBackCommunity(fixture.workspace, restore: true)
        let second = try fixture.run()
        let expected = try PublishFixture.changes(in: try fixture.store, run: second.runID)
        #expect(Set(expected.map(\.change)).isSuperset(of: ["created", "updated"]), "\(expected.count) changes")
        #expect(try fixture.feed(2) == expected)
        let delta = try #require(second.publish?.postgres.first)
        #expect(delta.mode == "delta" && delta.publish == 2)
        #expect(delta.recordsInserted + delta.recordsUpdated == expected.count)
        #expect(delta.redirectsWritten == expected.count { $0.change == "merged" })
        try fixture.expectInStep("second publish")
    }

    @Test func splitsAndMergesReachTheFeedAndTheRedirects() throws {
        let fixture = try Workspace()
        _ = try fixture.run()
        try fixture.workspace.write("thresholds:\n  match: 0.999999\n  review: 0.5\n", to: "Mappings/match.yml")
        let strict = try fixture.run()
        let splits = try PublishFixture.changes(in: try fixture.store, run: strict.runID)
        #expect(splits.contains { $0.change == "split" })
        #expect(try fixture.feed(2) == splits)
        try fixture.expectInStep("after the splits")

        try FileManager.default.removeItem(atPath: fixture.workspace.path + "/Mappings/match.yml")
        let relaxed = try fixture.run()
        let merges = try PublishFixture.changes(in: try fixture.store, run: relaxed.runID)
        #expect(merges.contains { $0.change == "merged" })
        #expect(try fixture.feed(3) == merges)
        #expect(try fixture.count("golden_redirects") == merges.count { $0.change == "merged" })
        try fixture.expectInStep("after the merges")
    }

    /// A target that lost its tables, or missed a publish, is brought up to date in full; one
    /// already holding the same rows gets nothing rewritten.
    @Test func aTargetOutOfStepIsPublishedInFull() throws {
        let fixture = try Workspace()
        _ = try fixture.run()
        try fixture.session.execute("DELETE FROM \(fixture.schema).golden_publishes")
        let full = try #require(try fixture.run("publish").publish?.postgres.first)
        #expect(full.mode == "full" && full.rowsWritten == 0)

        try fixture.session.execute("DROP SCHEMA \(fixture.schema) CASCADE")
        let rebuilt = try #require(try fixture.run("publish").publish?.postgres.first)
        #expect(rebuilt.mode == "full")
        #expect(rebuilt.recordsInserted == (try fixture.store.goldenCounts().active))
        try fixture.expectInStep("after a full publish")
        #expect(try fixture.run("publish").publish?.status == "unchanged")
    }
}
