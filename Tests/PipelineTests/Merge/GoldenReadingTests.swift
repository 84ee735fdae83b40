import Foundation
import GRDB
import GoldenCore
import Merge
import Testing

@testable import Pipeline
@testable import Store

/// The stored golden records of a real run, read by the fast reader: export and publish read
/// them so.
@Suite struct GoldenReadingTests {
    @Test("every golden record and history of the retail fixture's run reads as Foundation reads it")
    func corpus() throws {
        let workspace = try GoldenExportTests.workspace()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        var read = 0
        try store.forEachGoldenRecord { stored in
            let record = try #require(stored.record)
            let history = try #require(stored.history)
            #expect(try MergeJSON.fastDecode(record, as: GoldenRecord.self) == MergeJSON.decode(record, as: GoldenRecord.self))
            #expect(try MergeJSON.fastDecode(history, as: HistorySummary.self) == MergeJSON.decode(history, as: HistorySummary.self))
            read += 1
        }
        #expect(read == (try store.goldenCounts().active))
        #expect(read > 100)
    }

    /// What the store holds of the export fragments when the CSV is exported.
    enum Fragments: String, CaseIterable, Sendable {
        /// As the run left them: every active record has one.
        case stored
        /// None (a store written before fragments were stored).
        case none
        /// Every other record's dropped.
        case some
        /// Of another layout version: all must be rendered anew.
        case otherVersion
        /// One fragment altered while its version says current: the export must show it, so
        /// the test can fail if stored fragments were ignored.
        case tampered
    }

    @Test(
        "the CSV export, from stored fragments or decoded JSON, in batches on several threads, is the rows of Foundation's decoding in the store's order",
        arguments: [
            (1, 2048, Fragments.stored), (4, 7, .stored), (2, 1, .none), (4, 2048, .none), (2, 7, .some),
            (2, 2048, .otherVersion), (1, 2048, .tampered),
        ])
    func csvExport(threads: Int, batch: Int, fragments: Fragments) throws {
        let workspace = try GoldenExportTests.workspace()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let expectedPath = workspace.path + "/expected.csv"
        let expected = try TableExport.write(columns: GoldenExport.goldenColumns, format: .csv, gzip: false, to: expectedPath) { emit in
            try store.forEachGoldenRecord { stored in
                let record = try MergeJSON.decode(stored.record ?? "", as: GoldenRecord.self)
                let history = try MergeJSON.decode(stored.history ?? "", as: HistorySummary.self)
                try emit(
                    [stored.goldenID, String(stored.recordCount)] + GoldenCSV.attributes(record: record, history: history)
                        + [stored.updatedAt.iso8601])
            }
        }
        let stored = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM golden_exports") ?? 0 }
        #expect(stored == expected, "the run stores one fragment per active golden record")
        try store.writer.write { db in
            switch fragments {
            case .stored: break
            case .none: try db.execute(sql: "DELETE FROM golden_exports")
            case .some: try db.execute(sql: "DELETE FROM golden_exports WHERE sequence % 2 = 0")
            case .otherVersion: try db.execute(sql: "UPDATE golden_exports SET version = version + 1")
            case .tampered:
                try db.execute(sql: "UPDATE golden_exports SET fragment = 'x' WHERE sequence = (SELECT min(sequence) FROM golden_exports)")
            }
        }
        let path = workspace.path + "/golden.csv"
        let written = try GoldenExport.goldenRecords(store, format: .csv, gzip: false, to: path, threads: threads, batch: batch)
        #expect(written == expected)
        let same = try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: expectedPath))
        #expect(same == (fragments != .tampered))
    }

    /// A store whose records have no fragments (written before `v14-golden-exports`) gets them
    /// from a full re-resolution, stamped with each record's own time, though no record changes.
    @Test func aRebuildFillsInMissingFragments() throws {
        let workspace = try GoldenExportTests.workspace()
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        let store = runner.store
        let before = workspace.path + "/before.csv"
        let rows = try GoldenExport.goldenRecords(store, format: .csv, gzip: false, to: before)
        try store.writer.write { db in try db.execute(sql: "DELETE FROM golden_exports") }
        let summary = try runner.run(command: "rebuild")
        #expect(summary.merge?.updated == 0 && summary.merge?.created == 0)
        let filled = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM golden_exports") ?? 0 }
        #expect(filled == rows)
        let after = workspace.path + "/after.csv"
        #expect(try GoldenExport.goldenRecords(store, format: .csv, gzip: false, to: after) == rows)
        #expect(try Data(contentsOf: URL(fileURLWithPath: after)) == Data(contentsOf: URL(fileURLWithPath: before)))
    }
}
