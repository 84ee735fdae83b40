import Foundation
import GoldenCore
import Publish

/// The change feed as JSON lines: one object per ``GoldenChange``, keys in a fixed order,
/// numbers as numbers, the record and history embedded as JSON objects, absent values `null`.
///
/// ```json
/// {"publish":3,"change":"merged","golden_id":"G7K2M9QX","survivor_id":"G3B8D1RT","origin_id":null,"run":4,"at":"2025-03-01T09:00:00Z","reason":"merged","record_count":0,"record":null,"history":null}
/// ```
enum ChangeFeedFile {
    static let columns = [
        "publish", "change", "golden_id", "survivor_id", "origin_id", "run", "at", "reason", "record_count", "record",
        "history",
    ]
    /// Columns written as they are: numbers and JSON.
    static let raw: Set<String> = ["publish", "run", "record_count", "record", "history"]

    /// One line's values, in ``columns`` order.
    static func values(_ change: GoldenChange, publish: Int64) -> [String?] {
        [
            String(publish), change.kind.rawValue, change.goldenID, change.survivorID, change.originID,
            change.run.map(String.init), change.at, change.reason, String(change.recordCount), change.record, change.history,
        ]
    }

    /// Calls `body` with an `emit` function that writes changes to `path` through a temporary
    /// file, renamed into place only when `body` returns and at least one line was written (an
    /// empty feed leaves no file). Returns the number of lines.
    static func write(
        to path: String, gzip: Bool, publish: Int64, _ body: (_ emit: (GoldenChange) throws -> Void) throws -> Void
    ) throws(GoldenError) -> Int {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw GoldenError(.io, "cannot create the change feed's folder", at: SourceLocation(file: directory))
        }
        let partial = path + ".partial"
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let count = try TableExport.write(columns: columns, rawJSON: raw, format: .jsonl, gzip: gzip, to: partial) { emit in
            try withoutActuallyEscaping(emit) { emit in try body { change in try emit(values(change, publish: publish)) } }
        }
        guard count > 0 else { return 0 }
        try PublishFiles.moveIntoPlace(partial, path)
        return count
    }
}
