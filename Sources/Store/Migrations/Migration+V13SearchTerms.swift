import GRDB

extension Migration {
    /// `v13-search-terms`: the Merge writer keeps `golden_search` itself, so the triggers of
    /// `v8-steward` go.
    ///
    /// They ran `json_each`/`json_extract` over every golden record written: the largest single
    /// cost of writing golden records. The writer now stores the terms the Merge stage computed
    /// from the record it built (``GoldenRow/searchTerms``; the same terms, see
    /// ``GoldenSearchTerm``), replaces them when it updates a record and drops them when it
    /// retires one. The rows already stored were written by the triggers and stay as they are.
    static func v13SearchTerms(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER IF EXISTS golden_search_on_insert;
                DROP TRIGGER IF EXISTS golden_search_on_update;
                DROP TRIGGER IF EXISTS golden_search_on_delete;
                """)
    }
}
