import GoldenCore
import PostgresNIO

/// One `INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE` statement for many rows at once:
/// each column travels as one array parameter, so a batch of a thousand rows is one round trip
/// with a fixed number of parameters.
///
/// A row whose stored copy already holds the same values is left alone (`WHERE … IS DISTINCT
/// FROM`): re-publishing unchanged rows writes nothing and keeps their `updated_at`. The statement
/// returns one row per row it wrote, telling inserts from updates.
struct UnnestUpsert {
    /// A column: its name, the SQL type its text is cast to, and whether it may be NULL.
    struct Column {
        var name: String
        var type: String
        var nullable = false
    }

    /// The qualified, quoted table name.
    let table: String
    let columns: [Column]
    /// The SQL text, built once.
    let sql: String

    /// - Parameters:
    ///   - key: the columns of the primary key (the conflict target).
    ///   - compared: the columns whose change makes a stored row be rewritten.
    ///   - extra: columns every row gets from a SQL expression (`publish_id`, `updated_at`).
    init(table: String, columns: [Column], key: [String], compared: [String], extra: [(name: String, value: String)]) {
        self.table = table
        self.columns = columns
        var arrays: [String] = [], aliases: [String] = [], values: [String] = []
        for (index, column) in columns.enumerated() {
            arrays.append("$\(arrays.count + 1)::text[]")
            aliases.append("c\(index)")
            let cast = column.type == "text" ? "u.c\(index)" : "u.c\(index)::\(column.type)"
            if column.nullable {
                arrays.append("$\(arrays.count + 1)::bool[]")
                aliases.append("n\(index)")
                values.append("CASE WHEN u.n\(index) THEN NULL ELSE \(cast) END")
            } else {
                values.append(cast)
            }
        }
        let names = columns.map(\.name) + extra.map(\.name)
        let updates = names.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        let stored = compared.map { "t.\($0)" }.joined(separator: ", ")
        let incoming = compared.map { "excluded.\($0)" }.joined(separator: ", ")
        sql = """
            INSERT INTO \(table) AS t (\(names.joined(separator: ", ")))
            SELECT \((values + extra.map(\.value)).joined(separator: ", "))
            FROM unnest(\(arrays.joined(separator: ", "))) AS u(\(aliases.joined(separator: ", ")))
            ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))
            WHERE (\(stored)) IS DISTINCT FROM (\(incoming))
            RETURNING (xmax = 0) AS inserted
            """
    }

    /// Writes `rows` (each with one value per column, `nil` for NULL) in one statement; returns how
    /// many were inserted and how many updated (the rest were unchanged).
    func write(_ rows: [[String?]], session: PostgresSession) throws(GoldenError) -> (inserted: Int, updated: Int) {
        guard !rows.isEmpty else { return (0, 0) }
        var bindings = PostgresBindings(capacity: columns.count * 2)
        for (index, column) in columns.enumerated() {
            bindings.append(rows.map { $0[index] ?? "" })
            if column.nullable { bindings.append(rows.map { $0[index] == nil }) }
        }
        let result = try session.run(PostgresQuery(unsafeSQL: sql, binds: bindings))
        var inserted = 0
        for row in result.rows where (try? row.decode(Bool.self)) == true { inserted += 1 }
        return (inserted, result.rows.count - inserted)
    }
}
