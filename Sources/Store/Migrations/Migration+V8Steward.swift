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
    ///   `v13-search-terms` drops them: the Merge stage's writer keeps the index since.
    /// - `review_items_on_status_kind_probability`: the review queue's filters by status, kind
    ///   and score band, and their counts, from the index alone.
    static func v8Steward(_ db: Database) throws {
        try db.create(table: "golden_search", options: [.strict, .withoutRowID]) { t in
            t.column("field", .text).notNull()
            t.column("term", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.primaryKey(["field", "term", "sequence"])
        }
        try db.create(index: "golden_search_on_sequence", on: "golden_search", columns: ["sequence"])
        try db.create(index: "review_items_on_status_kind_probability", on: "review_items", columns: ["status", "kind", "probability"])

        for (name, event) in [("golden_search_on_insert", "INSERT"), ("golden_search_on_update", "UPDATE OF record")] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(name) AFTER \(event) ON golden_records BEGIN
                        DELETE FROM golden_search WHERE sequence = NEW.sequence;
                        INSERT OR IGNORE INTO golden_search (field, term, sequence)
                        SELECT field, term, NEW.sequence FROM (
                            SELECT 'name' AS field, n.value AS term
                                FROM json_each(json_extract(NEW.record, '$.name.value.given_key', '$.name.value.family_key')) n
                            UNION ALL SELECT 'email', CASE two.i WHEN 0 THEN json_extract(e.value, '$.key')
                                    ELSE lower(json_extract(e.value, '$.value.normalized')) END
                                FROM json_each(NEW.record, '$.emails') e, (SELECT 0 AS i UNION ALL SELECT 1) two
                            UNION ALL SELECT 'phone', json_extract(p.value, '$.key') FROM json_each(NEW.record, '$.phones') p
                        ) WHERE NEW.record IS NOT NULL AND typeof(term) = 'text' AND term <> '';
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
