import GRDB

extension Migration {
    /// `v14-golden-exports`: each active golden record's flat export row, rendered once by the
    /// Merge stage when it writes the record, so that `golden export golden` and the publish
    /// files target read no golden JSON.
    ///
    /// - `golden_exports`: one row per active golden record (by sequence). `fragment` is the
    ///   row's attribute columns, already encoded (their layout belongs to Pipeline, whose
    ///   `version` of it is stored beside); `updated_at` repeats the record's, so that a reader
    ///   needs only the columns of `golden_records` stored before its large JSON ones (golden id,
    ///   member count). Written with the record whenever the record is inserted or changed,
    ///   deleted when it is retired or written without a fragment. Records written before this migration have none until they change: readers
    ///   fall back to the record's JSON, as they do for a fragment of another version.
    static func v14GoldenExports(_ db: Database) throws {
        try db.create(table: "golden_exports", options: [.strict]) { t in
            t.column("sequence", .integer).primaryKey().references("golden_records")
            t.column("version", .integer).notNull()
            t.column("updated_at", .text).notNull()
            t.column("fragment", .text).notNull()
        }
    }
}
