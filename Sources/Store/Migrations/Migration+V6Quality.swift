import GRDB

extension Migration {
    /// `v6-quality`: the Quality stage's result of each run, so that reports can show the trend.
    ///
    /// - `quality_results`: one row per run that ran the Quality stage. The headline figures
    ///   (golden records by freshness status, dormant customers, checks that warned or failed) are
    ///   columns, for queries and trends; `result` is the whole result as JSON (per source and
    ///   field, per attribute). `as_of` is the date freshness was judged on, in seconds since the
    ///   epoch. Additive: no other table changes.
    static func v6Quality(_ db: Database) throws {
        try db.create(table: "quality_results", options: [.strict]) { t in
            t.column("run_id", .integer).primaryKey().references("runs")
            t.column("as_of", .integer).notNull()
            t.column("golden_records", .integer).notNull()
            t.column("fresh", .integer).notNull()
            t.column("warn", .integer).notNull()
            t.column("stale", .integer).notNull()
            t.column("unknown", .integer).notNull()
            t.column("dormant", .integer).notNull()
            t.column("checks_warned", .integer).notNull()
            t.column("checks_failed", .integer).notNull()
            t.column("result", .text).notNull().check(sql: "json_valid(result)")
        }
    }
}
