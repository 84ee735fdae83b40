import GRDB

extension GoldenStore {
    /// Writes the export fragments of `rows`, golden records just inserted or changed and
    /// stamped `stamp`: a row's fragment replaces the stored one, a row without one has the
    /// stored one dropped (it would describe the record as it was), a hundred rows to a
    /// statement.
    static func writeExports(of rows: [GoldenRow], stamp: String, _ db: Database) throws {
        let fragments = rows.filter { $0.export != nil }
        let insert = MultiRowInsert(
            db, into: "golden_exports", columns: ["sequence", "version", "updated_at", "fragment"],
            suffix: """
                ON CONFLICT (sequence) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at,
                    fragment = excluded.fragment
                """)
        try insert.insert(count: fragments.count) { statement, index, first in
            let row = fragments[index]
            statement.bind(row.sequence, at: first)
            statement.bind(Int64(row.export!.version), at: first + 1)
            statement.bind(stamp, at: first + 2)
            statement.bind(row.export!.text, at: first + 3)
        }
        let without = rows.filter { $0.export == nil }
        guard !without.isEmpty else { return }
        let delete = try StatementBinder(db, sql: "DELETE FROM golden_exports WHERE sequence = ?")
        defer { delete.clear() }
        for row in without {
            delete.bind(row.sequence, at: 1)
            try delete.execute()
        }
    }

    /// Stores the fragments `rows` carry for stored records left as they were (same content):
    /// where a record has none, or one of another layout version, stamped with the record's own
    /// `updated_at`; a fragment of the same version stays (the same content renders the same).
    /// So a full merge fills in the fragments of records written before there were any.
    static func fillExports(of rows: [GoldenRow], _ db: Database) throws {
        let carrying = rows.filter { $0.export != nil }
        guard !carrying.isEmpty else { return }
        let fill = try StatementBinder(
            db,
            sql: """
                INSERT INTO golden_exports (sequence, version, updated_at, fragment)
                SELECT sequence, ?2, updated_at, ?3 FROM golden_records WHERE sequence = ?1 AND status = 'active'
                ON CONFLICT (sequence) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at,
                    fragment = excluded.fragment
                WHERE golden_exports.version IS NOT excluded.version
                """)
        defer { fill.clear() }
        for row in carrying {
            fill.bind(row.sequence, at: 1)
            fill.bind(Int64(row.export!.version), at: 2)
            fill.bind(row.export!.text, at: 3)
            try fill.execute()
        }
    }
}
