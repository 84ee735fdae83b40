import GRDB
import GoldenCore

/// A golden record's attribute columns as its flat export row encodes them (`golden_exports`):
/// opaque text whose layout belongs to Pipeline, and the `version` of that layout, so that a
/// reader of another version renders the row from the record instead.
public struct GoldenExportFragment: Hashable, Sendable {
    public var version: Int
    public var text: String

    public init(version: Int, text: String) {
        self.version = version
        self.text = text
    }
}

/// An active golden record as its flat export reads it: the columns of `golden_records` a row
/// begins and ends with, and either its stored fragment (of the version asked for) or — when it
/// has none of that version — its JSON, to render the row from.
///
/// ```swift
/// try store.forEachGoldenExport(version: 1) { row in
///     if let fragment = row.fragment { … }          // the usual case: no JSON read
///     else { decode(row.record, row.history) }      // written before the fragments, or by another version
/// }
/// ```
public struct GoldenExportRow: Hashable, Sendable {
    public var sequence: Int64
    public var goldenID: String
    public var recordCount: Int
    public var updatedAt: Timestamp
    /// The stored fragment's text; `nil` when there is none of the version asked for.
    public var fragment: Optional<String>
    /// The record's and its history's JSON, read only when ``fragment`` is `nil`.
    public var record: Optional<String>
    public var history: Optional<String>

    public init(
        sequence: Int64, goldenID: String, recordCount: Int, updatedAt: Timestamp, fragment: String?, record: String?,
        history: String?
    ) {
        self.sequence = sequence
        self.goldenID = goldenID
        self.recordCount = recordCount
        self.updatedAt = updatedAt
        self.fragment = fragment
        self.record = record
        self.history = history
    }
}

extension GoldenExportRow: FetchableRecord {
    /// Decodes a row of ``GoldenStore/forEachGoldenExport(version:_:)``'s query.
    public init(row: Row) throws {
        sequence = try row.decode(Int64.self, forColumn: "sequence")
        goldenID = try row.decode(String.self, forColumn: "golden_id")
        recordCount = try row.decode(Int.self, forColumn: "record_count")
        updatedAt = try row.isoTimestamp("updated_at", table: "golden_records")
        fragment = try row.decode(String?.self, forColumn: "fragment")
        record = try row.decode(String?.self, forColumn: "record")
        history = try row.decode(String?.self, forColumn: "history")
    }
}
