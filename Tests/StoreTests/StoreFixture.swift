import Foundation
import GoldenCore
import Store

/// A throwaway store in its own temporary directory, removed when the fixture goes away.
final class StoreFixture {
    let directory: URL
    let path: String
    let store: GoldenStore

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("golden-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("golden.sqlite").path
        store = try GoldenStore(path: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Opens another store on the same file, as a later process would.
    func reopen() throws -> GoldenStore { try GoldenStore(path: path) }

    /// A new run, and a batch of `source` in it to write chunks into.
    func batch(
        source: String = "loyalty", hash: String = "h1", at time: Int64 = 100
    ) throws -> (run: Int64, batch: Int64) {
        let run = try store.beginRun(command: "ingest", at: .at(time))
        let batch = try store.beginBatch(
            source: source, path: "feeds/\(source).csv", contentHash: hash, sizeBytes: 10, runID: run,
            at: .at(time))
        return (run, batch)
    }
}

extension Timestamp {
    static func at(_ seconds: Int64) -> Timestamp { Timestamp(secondsSinceEpoch: seconds) }
}

func record(
    _ key: String, source: String = "loyalty", observed: Int64?,
    fields: [Field] = [Field("given_name", "Ann")], line: Int = 2
) -> SourceRecord {
    SourceRecord(
        source: source, key: key, observedAt: observed.map(Timestamp.at), fields: fields,
        lineage: Lineage(file: "feeds/\(source).csv", line: line))
}

func event(_ key: String, source: String = "orders", subject: String = "A1", amount: Int64? = 12_500) -> Event {
    Event(
        source: source, key: key, subjectSource: "web", subjectKey: subject, kind: .order,
        occurredAt: .at(1_700_000_000), amount: amount.map(Amount.init(tenThousandths:)), currency: "GBP",
        attributes: [Field("sku", "X-1"), Field("sku", "Y-2")],
        lineage: Lineage(file: "feeds/orders.xml", line: 7, elementPath: "/orders/order[3]"))
}

func quarantined(_ line: Int, source: String = "loyalty", raw: [UInt8] = Array("a,b".utf8)) -> QuarantinedRow {
    QuarantinedRow(
        source: source, file: "feeds/\(source).csv", line: line, field: "email", reason: .raggedRow,
        message: "3 fields where the header has 4", raw: raw)
}
