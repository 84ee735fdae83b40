import GRDB

extension Migration {
    /// `v4-merge`: golden records, the cross-reference from source records to them, the
    /// redirects of retired ids, the merge log, and stewards' link constraints.
    ///
    /// - `golden_records`: one row per golden id ever minted, keyed by its sequence (the id's
    ///   mint order; `golden_id` is its opaque text). `status` is `active` or `retired`; a
    ///   retired row keeps its sequence so that ids are never reused. `record` and `history` are
    ///   the golden record and its roll-up of events as JSON; `content_hash` (a 64-bit hash of
    ///   both) tells a changed record from an unchanged one without reading them back.
    ///   `updated_run` is the last run that changed the row: what a change feed reads.
    /// - `golden_xref`: each source record's golden record (by sequence).
    /// - `golden_redirects`: each retired id and the active id it now resolves to — chains are
    ///   kept flat, so one lookup always lands on an active id.
    /// - `merge_log`: every merge, split, creation and retirement, and every steward decision:
    ///   who (`actor`), when, why. Never personal data.
    /// - `match_constraints`: stewards' decisions on pairs of records, `must_link` or
    ///   `cannot_link`, which every later run honours.
    static func v4Merge(_ db: Database) throws {
        try db.create(table: "golden_records", options: [.strict]) { t in
            t.column("sequence", .integer).primaryKey()
            t.column("golden_id", .text).notNull().unique()
            t.column("status", .text).notNull().check(sql: "status = 'active' OR status = 'retired'")
            t.column("record_count", .integer).notNull()
            t.column("record", .text)
            t.column("history", .text)
            t.column("content_hash", .integer)
            t.column("created_run", .integer).references("runs")
            t.column("updated_run", .integer).references("runs").indexed()
            t.column("updated_at", .text).notNull()
        }

        try db.create(table: "golden_xref", options: [.strict]) { t in
            t.column("record_id", .integer).primaryKey().references("source_records")
            t.column("sequence", .integer).notNull().indexed()
        }

        try db.create(table: "golden_redirects", options: [.strict]) { t in
            t.column("retired", .integer).primaryKey()
            t.column("survivor", .integer).notNull().indexed()
            t.column("run_id", .integer).references("runs")
            t.column("reason", .text).notNull()
            t.column("at", .text).notNull()
        }

        try db.create(table: "merge_log", options: [.strict]) { t in
            t.column("id", .integer).primaryKey()
            t.column("run_id", .integer).references("runs")
            t.column("at", .text).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("golden", .integer)
            t.column("other", .integer)
            t.column("records", .integer)
            t.column("reason", .text).notNull()
        }
        try db.create(index: "merge_log_on_golden", on: "merge_log", columns: ["golden"])

        try db.create(table: "match_constraints", options: [.strict]) { t in
            t.column("record_a", .integer).notNull()
            t.column("record_b", .integer).notNull()
            t.primaryKey(["record_a", "record_b"])
            t.column("kind", .text).notNull().check(sql: "kind = 'must_link' OR kind = 'cannot_link'")
            t.column("actor", .text).notNull()
            t.column("at", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("review_item", .integer)
            t.check(sql: "record_a < record_b")
        }
    }
}
