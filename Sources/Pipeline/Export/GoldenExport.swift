import Foundation
import GoldenCore
import GoldenIO
import Merge
import Store

/// `golden export golden|xref|events|review`: the Merge stage's results as files for downstream
/// tools. Personal data: golden records, events and review items hold the values themselves;
/// the xref holds keys and ids only.
public enum GoldenExport {
    /// What to export.
    public enum Table: String, Sendable, CaseIterable {
        /// One row per active golden record: the chosen values, the number of records, the
        /// history's headline figures (JSON lines: the whole record and history).
        case golden
        /// `source,record_key,golden_id`: one row per source record with a golden record.
        case xref
        /// Every event with the golden id of the record it belongs to.
        case events
        /// The review queue, with each item's records and golden ids.
        case review
    }

    /// Writes `table` of the workspace's store to `path` ("-" for standard output); returns the
    /// number of rows written.
    @discardableResult
    public static func write(
        _ table: Table, configPath: String, format: TableExport.Format, gzip: Bool, to path: String
    ) throws(GoldenError) -> Int {
        let config = try WorkspaceConfig.load(path: configPath)
        let store = try GoldenStore(path: config.storePath)
        switch table {
        case .golden: return try goldenRecords(store, format: format, gzip: gzip, to: path)
        case .xref:
            return try TableExport.write(columns: ["source", "record_key", "golden_id"], format: format, gzip: gzip, to: path) { emit in
                try store.forEachXref { try emit([$0, $1, $2]) }
            }
        case .events: return try events(store, format: format, gzip: gzip, to: path)
        case .review: return try review(store, format: format, gzip: gzip, to: path)
        }
    }

    static let goldenColumns = [
        "golden_id", "record_count", "display_name", "given_name", "family_name", "date_of_birth", "gender", "email",
        "emails", "phone", "phones", "street", "city", "postcode", "country", "loyalty_cards", "account_ids",
        "usernames", "purchases", "first_purchase_at", "last_purchase_at", "spend", "returns", "channels", "updated_at",
    ]

    /// How many golden records are decoded and turned into rows at once, across the threads.
    static let rowBatch = 2048

    /// Writes every active golden record: as stored (JSON lines), or as the flat rows of
    /// ``goldenColumns``, in the store's order. A row is the record's stored export fragment
    /// between its id, member count and `updated_at`; a record without one of this build's
    /// version (written before fragments were stored) is decoded by ``Merge/MergeJSONReader``
    /// and rendered, `batch` rows at a time on `threads` threads.
    static func goldenRecords(
        _ store: GoldenStore, format: TableExport.Format, gzip: Bool, level: Int = GzipWriter.defaultLevel,
        to path: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount, batch size: Int = rowBatch
    ) throws(GoldenError) -> Int {
        if format == .jsonl {
            return try TableExport.write(
                columns: ["golden_id", "record_count", "record", "history", "updated_at"], rawJSON: ["record", "history"],
                format: format, gzip: gzip, level: level, to: path
            ) { emit in
                try store.forEachGoldenRecord { stored in
                    try emit([stored.goldenID, String(stored.recordCount), stored.record, stored.history, stored.updatedAt.iso8601])
                }
            }
        }
        var count = 0
        try TableExport.withSink(path: path, gzip: gzip, level: level) { sink in
            try sink.write(CSVLine.join(goldenColumns) + "\n")
            var batch: [GoldenExportRow] = []
            batch.reserveCapacity(size)
            func flush() throws {
                let lines = NormalizeStage.process(batch, threads: threads, goldenLine)
                batch.removeAll(keepingCapacity: true)
                for line in lines { try sink.write(try line.get() + "\n") }
                count += lines.count
            }
            try store.forEachGoldenExport(version: GoldenCSV.version) { row in
                batch.append(row)
                if batch.count >= size { try flush() }
            }
            try flush()
        }
        return count
    }

    /// The CSV line of one golden record (``goldenColumns``, without the line break): from its
    /// stored fragment, or rendered from its JSON when it has none.
    static func goldenLine(_ row: GoldenExportRow) throws(GoldenError) -> String {
        let fragment: String
        if let stored = row.fragment {
            fragment = stored
        } else {
            let record = try MergeJSON.fastDecode(row.record ?? "{}", as: GoldenRecord.self)
            let history = try MergeJSON.fastDecode(row.history ?? "{}", as: HistorySummary.self)
            fragment = GoldenCSV.fragment(record: record, history: history)
        }
        return GoldenCSV.line(goldenID: row.goldenID, recordCount: row.recordCount, fragment: fragment, updatedAt: row.updatedAt)
    }

    private static func events(
        _ store: GoldenStore, format: TableExport.Format, gzip: Bool, to path: String
    ) throws(GoldenError) -> Int {
        let columns = [
            "source", "key", "golden_id", "subject_source", "subject_key", "kind", "occurred_at", "amount", "currency",
        ]
        return try TableExport.write(columns: columns, format: format, gzip: gzip, to: path) { emit in
            try store.forEachEventWithGolden { event, golden in
                try emit([
                    event.source, event.key, golden, event.subjectSource, event.subjectKey, event.kind.rawValue,
                    event.occurredAt?.iso8601, event.amount?.description, event.currency,
                ])
            }
        }
    }

    private static func review(
        _ store: GoldenStore, format: TableExport.Format, gzip: Bool, to path: String
    ) throws(GoldenError) -> Int {
        let columns = [
            "id", "kind", "status", "source_a", "key_a", "golden_a", "source_b", "key_b", "golden_b", "probability",
            "reason", "created_run", "updated_at",
        ]
        let items = try store.reviewItemsWithRecords()
        return try TableExport.write(columns: columns, format: format, gzip: gzip, to: path) { emit in
            for row in items {
                let item = row.item
                try emit([
                    String(item.id), item.kind, item.status, row.sourceA, row.keyA, row.goldenA, row.sourceB, row.keyB,
                    row.goldenB, item.probability.map { String($0) }, item.reason, item.createdRun.map(String.init),
                    item.updatedAt.iso8601,
                ])
            }
        }
    }
}
