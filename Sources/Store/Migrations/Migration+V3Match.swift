import GRDB

extension Migration {
    /// `v3-match`: the match model's versions, the scored pairs, the clusters, and the review
    /// queue.
    ///
    /// - `match_models`: every trained model, versioned (`AUTOINCREMENT`: a version is never
    ///   reused, even after the latest is deleted), with the fingerprint of the settings and data
    ///   it was trained on and the model itself as JSON.
    /// - `match_pairs`: the scored candidate pairs of the latest Match stage, by record ids
    ///   (`source_records.id`, the smaller first); `vector` is the packed comparison levels. A
    ///   `WITHOUT ROWID` table: the primary key is the row, so millions of pairs take no second
    ///   index.
    /// - `match_clusters`: each record's cluster in the latest Match stage.
    /// - `review_items`: pairs queued for data stewards. An item's `(kind, record_a, record_b)` is
    ///   unique, so a re-run finds the item it produced before; items a steward decided (`status`
    ///   other than `open`) outlive the runs.
    ///
    /// Pair and cluster rows do not declare `record_a`/`record_b` foreign keys (per-row checks on
    /// millions of rows); `match_clusters.record_id` does, since there is one row per record.
    /// Times are ISO 8601 UTC text (`2024-05-01T12:00:00Z`), which sorts as time does.
    static func v3Match(_ db: Database) throws {
        try db.create(table: "match_models", options: [.strict]) { t in
            t.autoIncrementedPrimaryKey("version")
            t.column("created_at", .text).notNull()
            t.column("run_id", .integer).references("runs")
            t.column("fingerprint", .text).notNull()
            t.column("model", .text).notNull().check(sql: "json_valid(model)")
        }

        try db.create(table: "match_pairs", options: [.strict, .withoutRowID]) { t in
            t.column("record_a", .integer).notNull()
            t.column("record_b", .integer).notNull()
            t.primaryKey(["record_a", "record_b"])
            t.column("probability", .real).notNull()
            t.column("weight", .real).notNull()
            t.column("vector", .integer).notNull()  // ComparisonVector.raw, as a signed 64-bit integer
            // OR, not IN: SQLite evaluates a CHECK's IN list through a temporary b-tree per row,
            // which made inserting 2M pairs 2 s slower.
            t.column("band", .text).notNull().check(sql: "band = 'match' OR band = 'review' OR band = 'non_match'")
            t.check(sql: "record_a < record_b")
        }

        try db.create(table: "match_clusters", options: [.strict]) { t in
            t.column("record_id", .integer).primaryKey().references("source_records")
            t.column("cluster_id", .integer).notNull().indexed()
        }

        try db.create(table: "review_items", options: [.strict]) { t in
            t.column("id", .integer).primaryKey()
            t.column("kind", .text).notNull()
            t.column("status", .text).notNull().defaults(to: "open").indexed()
            t.column("record_a", .integer).notNull()
            t.column("record_b", .integer).notNull()
            t.column("probability", .real)
            t.column("reason", .text).notNull()  // never personal data
            t.column("created_run", .integer).references("runs")
            t.column("updated_at", .text).notNull()
            t.uniqueKey(["kind", "record_a", "record_b"])
            t.check(sql: "record_a < record_b")
        }
    }
}
