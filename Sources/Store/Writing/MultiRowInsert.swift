import GRDB

/// Inserts many rows with few statement executions: `INSERT INTO t (…) VALUES (…), (…), … [suffix]`,
/// a hundred rows to a statement (the suffix being, say, an `ON CONFLICT` clause).
///
/// Stepping a statement has a fixed cost (a few hundred nanoseconds to microseconds) that a
/// one-row `INSERT` pays per row; across millions of rows that cost, not the B-tree, dominates.
struct MultiRowInsert {
    /// Rows per statement.
    static let rowsPerStatement = 100

    private let db: Database
    private let table: String
    private let columns: [String]
    private let suffix: String
    /// `INSERT`, or `INSERT OR REPLACE` and the like.
    private let verb: String

    init(_ db: Database, _ verb: String = "INSERT", into table: String, columns: [String], suffix: String = "") {
        self.db = db
        self.verb = verb
        self.table = table
        self.columns = columns
        self.suffix = suffix
    }

    /// Inserts `count` rows; `bind` binds row `row`'s values to `statement`, its first column at
    /// parameter `first` (1-based), the next ones after it.
    ///
    /// - Complexity: O(*n*) binds and *n* / 100 statement executions for *n* rows.
    func insert(count: Int, bind: (_ statement: StatementBinder, _ row: Int, _ first: Int32) -> Void) throws {
        var start = 0
        var full: StatementBinder?
        defer { full?.clear() }
        while start < count {
            let rows = min(Self.rowsPerStatement, count - start)
            let statement: StatementBinder
            if rows == Self.rowsPerStatement, let full {
                statement = full
            } else {
                statement = try StatementBinder(db, sql: sql(rows: rows))
                if rows == Self.rowsPerStatement { full = statement }
            }
            for row in 0..<rows { bind(statement, start + row, Int32(row * columns.count + 1)) }
            try statement.execute()
            if rows < Self.rowsPerStatement { statement.clear() }
            start += rows
        }
    }

    /// `verb INTO table (a, b) VALUES (?, ?), (?, ?), … suffix` for `rows` rows.
    private func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "\(verb) INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ") + (suffix.isEmpty ? "" : " " + suffix)
    }
}
