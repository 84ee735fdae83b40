import Foundation
import GRDB
import GoldenCore

/// A quarantined row as the store keeps it: the row, and the run and batch that produced it.
public struct StoredQuarantine: Hashable, Sendable {
    /// Increasing in the order rows were quarantined.
    public var id: Int64
    public var runID: Int64
    /// `nil` when the file failed before a batch could begin (it could not be opened).
    public var batchID: Optional<Int64>
    public var row: QuarantinedRow
}

extension StoredQuarantine: FetchableRecord {
    /// Decodes a row of the `quarantine` table.
    public init(row: Row) throws {
        id = try row.decode(Int64.self, forColumn: "id")
        runID = try row.decode(Int64.self, forColumn: "run_id")
        batchID = try row.decode(Int64?.self, forColumn: "batch_id")
        let raw = try row.decode(Data.self, forColumn: "raw")
        var quarantined = QuarantinedRow(
            source: try row.decode(String.self, forColumn: "source"),
            file: try row.decode(String.self, forColumn: "file"),
            line: try row.decode(Int?.self, forColumn: "line"),
            elementPath: try row.decode(String?.self, forColumn: "element_path"),
            field: try row.decode(String?.self, forColumn: "field"),
            reason: try row.enumeration(QuarantineReason.self, "reason", table: "quarantine"),
            message: try row.decode(String.self, forColumn: "message"),
            raw: raw)
        quarantined.rawTruncated = try row.decode(Bool.self, forColumn: "raw_truncated")
        self.row = quarantined
    }
}
