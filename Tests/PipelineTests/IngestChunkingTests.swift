import Foundation
import GRDB
import GoldenCore
import Testing

@testable import Pipeline
@testable import Store

/// Ingest reads a file on one thread while it writes the chunk before on another: whatever the
/// chunk size, the store must end as a serial ingest leaves it — same rows, ids, queues and
/// quarantined rows — and a file that breaks off keeps every row before the break.
@Suite struct IngestChunkingTests {
    @Test(arguments: [1, 7, 100, 101])
    func everyChunkSizeStoresTheSame(batchSize: Int) throws {
        let reference = try Self.ingest(batchSize: 1_000_000)
        #expect(reference.contains { $0.hasPrefix("e|") })
        #expect(reference.contains { $0.hasPrefix("q|") })
        #expect(try Self.ingest(batchSize: batchSize) == reference)
    }

    /// Ingests the bundled workspace, plus a gzip file that breaks off, in chunks of `batchSize`
    /// rows, and returns every stored row (ids included) but run times.
    static func ingest(batchSize: Int) throws -> [String] {
        let workspace = try TempWorkspace(copying: "retail")
        try workspace.add(fixture: "broken/orders_truncated.csv.gz", as: "feeds/ecommerce/orders_truncated.csv.gz")
        let config = try String(contentsOfFile: workspace.config, encoding: .utf8)
        try workspace.write(
            config.replacingOccurrences(of: "batch_size: 5000", with: "batch_size: \(batchSize)"), to: "golden.yml")
        let summary = try Runner(configPath: workspace.config, progress: .silent).run(command: "ingest")
        #expect(summary.files.contains { $0.status == .incomplete })
        let store = try GoldenStore(path: workspace.path + "/golden.sqlite")
        return try store.writer.read { db in
            var rows: [String] = []
            for (tag, sql) in [
                ("r", "SELECT * FROM source_records ORDER BY id"),
                ("e", "SELECT rowid, * FROM events ORDER BY rowid"),
                ("q", "SELECT id, batch_id, source, file, line, element_path, field, reason, message, raw FROM quarantine ORDER BY id"),
                ("n", "SELECT record_id FROM normalize_queue ORDER BY 1"),
                ("m", "SELECT record_id FROM merge_queue ORDER BY 1"),
                ("v", "SELECT event_id FROM merge_event_queue ORDER BY 1"),
                ("f", "SELECT id, source, path, status, rows_read, rows_stored, rows_quarantined, error FROM files ORDER BY id"),
            ] {
                for row in try Row.fetchAll(db, sql: sql) {
                    rows.append(tag + "|" + row.databaseValues.map { $0.isNull ? "NULL" : "\($0)" }.joined(separator: "|"))
                }
            }
            return rows
        }
    }
}
