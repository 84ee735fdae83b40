import GRDB

extension Migration {
    /// `v8-steward`: what the steward workbench searches golden records by, and how it filters
    /// the review queue.
    ///
    /// - `golden_search`: one row per search term of an active golden record. `field` is `name`
    ///   (each given and family name key: lower case, accents folded), `email` (each address's
    ///   grouping key, and its normalized form when that differs) or `phone` (each number's
    ///   E.164 key). The primary key `(field, term, sequence)` makes every search an index range
    ///   scan: an exact term, or a prefix of one.
    /// - Triggers keep it in line with `golden_records` whatever writes them: an inserted or
    ///   changed `record` replaces its terms, a retired one (`record` `NULL`) has none. The rows
    ///   already stored are indexed here, by touching their `record`.
    /// - `review_items_on_probability`: the score band filter of the review queue.
    static func v8Steward(_ db: Database) throws {
        try db.create(table: "golden_search", options: [.strict, .withoutRowID]) { t in
            t.column("field", .text).notNull()
            t.column("term", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.primaryKey(["field", "term", "sequence"])
        }
        try db.create(index: "golden_search_on_sequence", on: "golden_search", columns: ["sequence"])
        try db.create(index: "review_items_on_probability", on: "review_items", columns: ["probability"])

        for (name, event) in [("golden_search_on_insert", "INSERT"), ("golden_search_on_update", "UPDATE OF record")] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(name) AFTER \(event) ON golden_records BEGIN
                        DELETE FROM golden_search WHERE sequence = NEW.sequence;
                        INSERT OR IGNORE INTO golden_search (field, term, sequence)
                        SELECT field, term, NEW.sequence FROM (
                            SELECT 'name' AS field, json_extract(NEW.record, '$.name.value.given_key') AS term
                            UNION ALL SELECT 'name', json_extract(NEW.record, '$.name.value.family_key')
                            UNION ALL SELECT 'email', json_extract(value, '$.key') FROM json_each(NEW.record, '$.emails')
                            UNION ALL SELECT 'email', lower(json_extract(value, '$.value.normalized'))
                                FROM json_each(NEW.record, '$.emails')
                            UNION ALL SELECT 'phone', json_extract(value, '$.key') FROM json_each(NEW.record, '$.phones')
                        ) WHERE NEW.record IS NOT NULL AND term IS NOT NULL AND term <> '';
                    END
                    """)
        }
        try db.execute(
            sql: """
                CREATE TRIGGER golden_search_on_delete AFTER DELETE ON golden_records BEGIN
                    DELETE FROM golden_search WHERE sequence = OLD.sequence;
                END
                """)
        try db.execute(sql: "UPDATE golden_records SET record = record WHERE record IS NOT NULL")
    }
}
