import GRDB
import GoldenCore

extension GoldenStore {
    /// Makes `table` (a `record_id` key and one integer `column`) hold exactly `rows`: upserts
    /// them and deletes the rows of records not listed, rather than deleting every row first —
    /// `record_id` is a foreign key, which turns SQLite's one-step truncation into a row-by-row
    /// delete (1 s per million rows), and a re-run mostly writes what is stored.
    ///
    /// `table` and `column` are the store's own names, never input.
    static func replaceRecordColumn(
        table: String, column: String, rows: [(recordID: Int64, value: Int64)], what: String,
        _ db: Database
    ) throws {
        let ordered = rows.indices.dropFirst().allSatisfy({ rows[$0 - 1].recordID <= rows[$0].recordID })
            ? rows : rows.sorted { $0.recordID < $1.recordID }
        guard let first = ordered.first?.recordID, let last = ordered.last?.recordID else {
            try db.execute(sql: "DELETE FROM \(table)")
            return
        }
        try db.execute(
            sql: "DELETE FROM \(table) WHERE record_id < ? OR record_id > ?", arguments: [first, last])
        let deleteBetween = try StatementBinder(
            db, sql: "DELETE FROM \(table) WHERE record_id > ?1 AND record_id < ?2")
        for index in ordered.indices.dropFirst() {
            let previous = ordered[index - 1].recordID, recordID = ordered[index].recordID
            guard recordID != previous else { throw GoldenError(.store, "A record is listed twice in the \(what)") }
            if recordID > previous + 1 {
                deleteBetween.bind(previous, at: 1)
                deleteBetween.bind(recordID, at: 2)
                try deleteBetween.execute()
            }
        }
        let upsert = MultiRowInsert(
            db, into: table, columns: ["record_id", column],
            suffix: """
                ON CONFLICT (record_id) DO UPDATE SET \(column) = excluded.\(column)
                WHERE \(column) IS NOT excluded.\(column)
                """)
        try upsert.insert(count: ordered.count) { statement, row, first in
            statement.bind(ordered[row].recordID, at: first)
            statement.bind(ordered[row].value, at: first + 1)
        }
    }
}
