import GRDB

extension GoldenStore {
    /// The search terms of one golden record's JSON, bound to `?1`: rows of `(field, term)`, a
    /// term possibly twice. These are the rules the `v8-steward` triggers applied to every
    /// record written until `v13-search-terms` (``GoldenSearchTerm`` computes the same terms from
    /// the record itself); the writer falls back on them for a ``GoldenRow`` without terms.
    static let searchTermsSQL = """
        SELECT field, term FROM (
            SELECT 'name' AS field, n.value AS term
                FROM json_each(json_extract(?1, '$.name.value.given_key', '$.name.value.family_key')) n
            UNION ALL SELECT 'email', CASE two.i WHEN 0 THEN json_extract(e.value, '$.key')
                    ELSE lower(json_extract(e.value, '$.value.normalized')) END
                FROM json_each(?1, '$.emails') e, (SELECT 0 AS i UNION ALL SELECT 1) two
            UNION ALL SELECT 'phone', json_extract(p.value, '$.key') FROM json_each(?1, '$.phones') p
        ) WHERE typeof(term) = 'text' AND term <> ''
        """

    /// Writes the search terms of `rows`, golden records just inserted or changed: when
    /// `replacing`, a record whose terms are those stored is left as it is, and the others' stored
    /// terms are dropped first (a fresh sequence has none).
    ///
    /// Terms a row carries join `pending`, which the run inserts at its end
    /// (``PendingSearchTerms/flush(_:)``); a row without them has its terms derived from its JSON
    /// (``searchTermsSQL``) and inserted now.
    ///
    /// - Complexity: O(*t*) for *t* terms, and one statement per replaced or derived row.
    static func writeSearchTerms(
        of rows: [GoldenRow], replacing: Bool, into pending: inout PendingSearchTerms, _ db: Database
    ) throws {
        var rows = rows
        if replacing {
            // A record updated for its history alone has the terms it had: its rows stay.
            let stored = try storedSearchTerms(of: rows.filter { $0.searchTerms != nil }.map(\.sequence), db)
            rows.removeAll { row in
                guard let terms = row.searchTerms, !stored.unknown.contains(row.sequence) else { return false }
                return Set(terms) == stored.terms[row.sequence] ?? []
            }
        }
        guard !rows.isEmpty else { return }
        if replacing {
            let delete = try StatementBinder(db, sql: "DELETE FROM golden_search WHERE sequence = ?")
            defer { delete.clear() }
            for row in rows {
                delete.bind(row.sequence, at: 1)
                try delete.execute()
            }
        }
        for row in rows {
            guard let rowTerms = row.searchTerms else { continue }
            try pending.append(rowTerms, of: row.sequence, db)
        }
        try deriveSearchTerms(of: rows.filter { $0.searchTerms == nil }, db)
    }

    /// The stored terms of the golden records `sequences`, by sequence (none listed for one
    /// without terms), and the sequences with a stored term of a field this build does not know:
    /// those differ from any terms it computes, so their terms are written again.
    private static func storedSearchTerms(
        of sequences: [Int64], _ db: Database
    ) throws -> (terms: [Int64: Set<GoldenSearchTerm>], unknown: Set<Int64>) {
        guard !sequences.isEmpty else { return ([:], []) }
        let select = try StatementBinder(
            db, sql: "SELECT sequence, field, term FROM golden_search WHERE sequence IN (SELECT value FROM json_each(?))")
        defer { select.clear() }
        select.bind(jsonList(sequences), at: 1)
        var terms: [Int64: Set<GoldenSearchTerm>] = [:]
        var unknown: Set<Int64> = []
        while try select.step() {
            let sequence = select.int64(at: 0)
            guard let field = SearchField(rawValue: select.text(at: 1)) else {
                unknown.insert(sequence)
                continue
            }
            terms[sequence, default: []].insert(GoldenSearchTerm(field, select.text(at: 2)))
        }
        return (terms, unknown)
    }

    /// Inserts the terms of each of `rows` as ``searchTermsSQL`` derives them from its JSON.
    private static func deriveSearchTerms(of rows: [GoldenRow], _ db: Database) throws {
        guard !rows.isEmpty else { return }
        let derive = try StatementBinder(
            db, sql: "INSERT OR IGNORE INTO golden_search (field, term, sequence) SELECT field, term, ?2 FROM (\(searchTermsSQL))")
        defer { derive.clear() }
        for row in rows {
            derive.bind(row.record, at: 1)
            derive.bind(row.sequence, at: 2)
            try derive.execute()
        }
    }

    /// Drops the search terms of a retired golden record.
    static func dropSearchTerms(of sequence: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM golden_search WHERE sequence = ?", arguments: [sequence])
    }
}
