import Foundation
import GoldenCore
import Pipeline
import Publish
import Store
import Testing

@Suite(.serialized) struct PublishFilesTests {
    static let publishFile = """
        feed: { directory: out/feed }
        targets:
          - { name: snapshot, kind: files, directory: out/files, format: jsonl, gzip: false }
          - { name: csv, kind: files, directory: out/csv, format: csv, gzip: true, tables: [xref] }
        """

    @Test func aRunPublishesFilesAndTheFeedAndARepublishWritesNothing() throws {
        let workspace = try TempWorkspace(copying: "retail")
        try workspace.write(Self.publishFile, to: "Mappings/publish.yml")
        let summary = try workspace.run()
        let publish = try #require(summary.publish)
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let counts = try store.goldenCounts()

        #expect(publish.status == "published" && publish.publish == 1)
        #expect(publish.changes.created == counts.active && publish.changes.total == counts.active)
        #expect(publish.feed == "out/feed/changes-000001.jsonl")
        // Every active golden id is in the first feed, created, with its record and history.
        let feed = try PublishFixture.feed(workspace.path + "/out/feed/changes-000001.jsonl")
        #expect(Set(feed.lines.map(\.goldenID)) == Set(try PublishFixture.activeHashes(store).keys))
        #expect(feed.lines.allSatisfy { $0.change == "created" })
        #expect(feed.objects.allSatisfy { $0["record"] is [String: Any] && $0["history"] is [String: Any] && $0["publish"] as? Int == 1 })
        #expect(feed.objects.allSatisfy { $0["run"] as? Int == Int(summary.runID) })

        // The files hold what `golden export` would write.
        let snapshot = try #require(publish.files.first { $0.target == "snapshot" })
        #expect(snapshot.files == ["golden.jsonl": counts.active, "xref.jsonl": counts.records, "redirects.jsonl": 0])
        #expect(publish.files.first { $0.target == "csv" }?.files == ["xref.csv.gz": counts.records])
        let exported = workspace.path + "/exported.jsonl"
        try GoldenExport.write(.golden, configPath: workspace.config, format: .jsonl, gzip: false, to: exported)
        #expect(try Data(contentsOf: URL(fileURLWithPath: exported)) == Data(contentsOf: URL(fileURLWithPath: workspace.path + "/out/files/golden.jsonl")))

        // Nothing changed: nothing is published, no file is touched, no feed file appears.
        let modified = try FileManager.default.attributesOfItem(atPath: workspace.path + "/out/files/golden.jsonl")[.modificationDate] as? Date
        let again = try Runner(configPath: workspace.config, progress: .silent).run(command: "publish")
        #expect(again.publish?.status == "unchanged" && again.publish?.publish == nil)
        #expect(try Self.feedFiles(workspace) == ["changes-000001.jsonl"])
        #expect(try FileManager.default.attributesOfItem(atPath: workspace.path + "/out/files/golden.jsonl")[.modificationDate] as? Date == modified)
        #expect(try store.lastPublish()?.id == 1)

        // A files target whose files were removed is written again, with no feed (no change).
        try FileManager.default.removeItem(atPath: workspace.path + "/out/csv")
        let restored = try #require(try Runner(configPath: workspace.config, progress: .silent).run(command: "publish").publish)
        #expect(restored.status == "published" && restored.changes.total == 0 && restored.feed == nil)
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/out/csv/xref.csv.gz"))
        #expect(try Self.feedFiles(workspace) == ["changes-000001.jsonl"])
    }

    /// `gzip_level` changes the bytes, not what they hold: level 9 writes smaller files than
    /// the default 1 with the same lines in them.
    @Test func theGzipLevelChangesOnlyTheSize() throws {
        let workspace = try TempWorkspace(copying: "retail")
        try workspace.write(
            """
            feed: false
            targets:
              - { name: fast, kind: files, directory: out/fast, gzip: true, tables: [golden, xref] }
              - { name: small, kind: files, directory: out/small, gzip: true, gzip_level: 9, tables: [golden, xref] }
            """, to: "Mappings/publish.yml")
        _ = try workspace.run()
        for file in ["golden.csv.gz", "xref.csv.gz"] {
            let fast = workspace.path + "/out/fast/" + file, small = workspace.path + "/out/small/" + file
            let lines = try GoldenExportTests.lines(of: fast, gzip: true)
            #expect(lines.count > 10)
            #expect(try GoldenExportTests.lines(of: small, gzip: true) == lines)
            let sizes = try [fast, small].map { try FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0 }
            #expect(sizes[1] < sizes[0], "\(file): \(sizes)")
        }
    }

    /// The files targets are written on their own thread while the feed is written: a target
    /// that fails fails the publish with its error and nothing is recorded, so the next publish
    /// carries the same changes, under the same number (its feed file replaces the one written).
    @Test func aFilesTargetThatFailsFailsThePublishAndRecordsNothing() throws {
        let workspace = try TempWorkspace(copying: "retail")
        try workspace.write(Self.publishFile, to: "Mappings/publish.yml")
        // A file where the target's folder should be: the folder cannot be made.
        try workspace.write("not a folder", to: "out/csv")
        #expect {
            _ = try workspace.run()
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.code == .io && error.message.contains("'csv'")
        }
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        #expect(try store.lastPublish() == nil)

        try FileManager.default.removeItem(atPath: workspace.path + "/out/csv")
        let publish = try #require(try Runner(configPath: workspace.config, progress: .silent).run(command: "publish").publish)
        #expect(publish.status == "published" && publish.publish == 1)
        #expect(publish.changes.created == (try store.goldenCounts().active))
        #expect(try Self.feedFiles(workspace) == ["changes-000001.jsonl"])
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/out/csv/xref.csv.gz"))
    }

    /// The change feed's files (the engagement actions published beside them left out).
    static func feedFiles(_ workspace: TempWorkspace) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/out/feed").filter { $0.hasPrefix("changes-") }.sorted()
    }

    @Test func publishWithoutAPublishFileIsAConfigError() throws {
        let workspace = try TempWorkspace(copying: "retail")
        try FileManager.default.removeItem(atPath: workspace.path + "/Mappings/publish.yml")
        #expect(try workspace.run().publish == nil)
        #expect {
            _ = try Runner(configPath: workspace.config, progress: .silent).run(command: "publish")
        } throws: { error in
            (error as? GoldenError).map { $0.code == .config && $0.exitCode == 2 && $0.message.contains("publish") } ?? false
        }
    }
}

/// The bundled workspace and `golden init` publish to files out of the box.
@Suite struct PublishDefaultsTests {
    @Test(arguments: ["retail", nil] as [String?])
    func aRunEndsWithAPublish(workspace name: String?) throws {
        let workspace = try TempWorkspace(copying: name)
        if name == nil { try workspace.add(fixture: "retail/feeds/loyalty/members_001.xml", as: "feeds/loyalty/members_001.xml") }
        let summary = try workspace.run()
        let publish = try #require(summary.publish)
        #expect(publish.status == "published")
        #expect(publish.changes.total > 0 && publish.changes.total == summary.merge?.created)
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/publish/feed/changes-000001.jsonl"))
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/publish/files/golden.csv.gz"))
        #expect(try workspace.run().publish?.changes.total == 0)
    }
}
