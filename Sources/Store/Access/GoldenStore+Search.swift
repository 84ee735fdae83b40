import GRDB
import GoldenCore

extension GoldenStore {
    /// What a golden-record search matches on: the fields of `golden_search` (see `v8-steward`).
    public enum SearchField: String, Sendable, CaseIterable {
        /// A given or family name key (lower case, accents folded).
        case name
        /// An e-mail address's grouping key or normalized form.
        case email
        /// A phone number's E.164 key (`+442079460000`).
        case phone
    }

    /// The active golden records that have, for each of `terms`, a search term in `field` equal
    /// to it (or starting with it, with `prefix`); at most `limit`, in the order of the first
    /// term's index (by term, then sequence).
    ///
    /// - Complexity: a range scan of the first term's index entries that stops after `limit`
    ///   matches, each checked against the other terms by index lookups.
    public func searchGoldens(
        _ field: SearchField, terms: [String], prefix: Bool = false, limit: Int
    ) throws(GoldenError) -> [Int64] {
        guard !terms.isEmpty, limit > 0 else { return [] }
        var conditions: [String] = [], arguments: [any DatabaseValueConvertible] = []
        for term in terms {
            if prefix {
                // `term <= t < term + U+10FFFF`: a prefix as an index range.
                conditions.append("field = ? AND term >= ? AND term < ?")
                arguments += [field.rawValue, term, term + "\u{10FFFF}"]
            } else {
                conditions.append("field = ? AND term = ?")
                arguments += [field.rawValue, term]
            }
        }
        let others = conditions.dropFirst().map { " AND sequence IN (SELECT sequence FROM golden_search WHERE \($0))" }
        let sql = "SELECT DISTINCT sequence FROM golden_search WHERE \(conditions[0])\(others.joined()) LIMIT ?"
        return try readSnapshot("Could not search the golden records") { db in
            try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [limit]))
        }
    }

    /// A line about each golden record in `sequences` (in that order; unknown ones are left out):
    /// its id, status, record count and display name.
    public func goldenSummaries(_ sequences: [Int64]) throws(GoldenError) -> [GoldenSummaryRow] {
        guard !sequences.isEmpty else { return [] }
        let rows = try readSnapshot("Could not read the golden records") { db in
            try GoldenSummaryRow.fetchAll(
                db,
                sql: """
                    SELECT sequence, golden_id, status, record_count, json_extract(record, '$.display_name') AS display_name,
                        updated_at
                    FROM golden_records WHERE sequence IN (SELECT value FROM json_each(?))
                    """,
                arguments: [Self.jsonList(sequences)])
        }
        let bySequence = Dictionary(rows.map { ($0.sequence, $0) }, uniquingKeysWith: { first, _ in first })
        return sequences.compactMap { bySequence[$0] }
    }

    /// The retired golden ids that redirect to `sequence`, with why and when.
    public func redirects(to sequence: Int64) throws(GoldenError) -> [(retired: String, reason: String, at: String)] {
        try readSnapshot("Could not read the golden redirects") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT g.golden_id, r.reason, r.at FROM golden_redirects r JOIN golden_records g ON g.sequence = r.retired
                    WHERE r.survivor = ? ORDER BY r.retired
                    """,
                arguments: [sequence]
            ).map { (try $0.decode(String.self, atIndex: 0), try $0.decode(String.self, atIndex: 1), try $0.decode(String.self, atIndex: 2)) }
        }
    }

    /// The merge log's newest lines first, a page at a time (`before`: only lines with a smaller
    /// id), and only those of `actor` when given: the audit log of the steward workbench.
    public func mergeLogPage(before: Int64? = nil, actor: String? = nil, limit: Int) throws(GoldenError) -> [StoredMergeLogEntry] {
        var terms: [String] = [], arguments: [any DatabaseValueConvertible] = []
        if let before {
            terms.append("id < ?")
            arguments.append(before)
        }
        if let actor {
            terms.append("actor = ?")
            arguments.append(actor)
        }
        let condition = terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND ")
        return try readSnapshot("Could not read the merge log") { db in
            try StoredMergeLogEntry.fetchAll(
                db, sql: "SELECT * FROM merge_log \(condition) ORDER BY id DESC LIMIT ?",
                arguments: StatementArguments(arguments + [limit]))
        }
    }
}

/// A golden record in a list of search results.
public struct GoldenSummaryRow: Hashable, Sendable, FetchableRecord {
    public var sequence: Int64
    public var goldenID: String
    /// `active` or `retired`.
    public var status: String
    public var recordCount: Int
    /// The chosen name (personal data); `nil` when retired or without a name.
    public var displayName: Optional<String>
    public var updatedAt: String

    /// Decodes a row of ``GoldenStore/goldenSummaries(_:)``.
    public init(row: Row) throws {
        sequence = try row.decode(Int64.self, forColumn: "sequence")
        goldenID = try row.decode(String.self, forColumn: "golden_id")
        status = try row.decode(String.self, forColumn: "status")
        recordCount = try row.decode(Int.self, forColumn: "record_count")
        displayName = try row.decode(String?.self, forColumn: "display_name")
        updatedAt = try row.decode(String.self, forColumn: "updated_at")
    }
}
