import Foundation
import GoldenCore
import Merge
import Store
import Testing

@testable import Pipeline

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

    @Test(
        "the CSV export, in batches on several threads, is the rows of Foundation's decoding in the store's order",
        arguments: [(1, 2048), (4, 2048), (4, 7), (2, 1)])
    func csvExport(threads: Int, batch: Int) throws {
        let workspace = try GoldenExportTests.workspace()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let expectedPath = workspace.path + "/expected.csv"
        let expected = try TableExport.write(columns: GoldenExport.goldenColumns, format: .csv, gzip: false, to: expectedPath) { emit in
            try store.forEachGoldenRecord { stored in
                let record = try MergeJSON.decode(stored.record ?? "", as: GoldenRecord.self)
                let history = try MergeJSON.decode(stored.history ?? "", as: HistorySummary.self)
                try emit(GoldenCSV.values(stored: stored, record: record, history: history))
            }
        }
        let path = workspace.path + "/golden.csv"
        let written = try GoldenExport.goldenRecords(store, format: .csv, gzip: false, to: path, threads: threads, batch: batch)
        #expect(written == expected)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: expectedPath)))
    }
}
