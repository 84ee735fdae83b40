import GRDB

extension Migration {
    /// `v7-publish`: what `golden publish` has published, so that the next publish sends only
    /// what changed since.
    ///
    /// - `publishes`: one row per publish that sent something, keyed by its sequence (`id`,
    ///   which names the change feed file): the run it ran in, when, how many changes it carried,
    ///   and its summary (JSON).
    /// - `published_goldens`: each golden id as the last publish left it: its status, content
    ///   hash and (retired) the survivor it resolved to. An id whose row here differs from
    ///   `golden_records` is a change for the next publish.
    static func v7Publish(_ db: Database) throws {
        try db.create(table: "publishes", options: [.strict]) { t in
            t.column("id", .integer).primaryKey()
            t.column("run_id", .integer).references("runs")
            t.column("at", .text).notNull()
            t.column("changes", .integer).notNull()
            t.column("summary", .text)
        }

        try db.create(table: "published_goldens", options: [.strict, .withoutRowID]) { t in
            // No foreign key: the publish state must never stand in the way of the golden records.
            t.column("sequence", .integer).primaryKey()
            t.column("status", .text).notNull().check(sql: "status = 'active' OR status = 'retired'")
            t.column("content_hash", .integer)
            t.column("survivor", .integer)
            t.column("publish_id", .integer).notNull().references("publishes")
        }
    }
}
