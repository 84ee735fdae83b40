import GRDB
import GoldenCore

extension GoldenStore {
    /// Adds `constraint`, or puts it in place of the pair's current constraint (a pair has at
    /// most one: the latest decision).
    ///
    /// - Throws: ``GoldenError`` when the constraint names one record twice or a record that is
    ///   not stored.
    public func setMatchConstraint(_ constraint: MatchConstraint) throws(GoldenError) {
        try writeTransaction("Could not store a match constraint") { db in
            try Self.upsert(constraint, db)
        }
    }

    /// Every stored constraint, by record ids.
    public func matchConstraints() throws(GoldenError) -> [MatchConstraint] {
        try readSnapshot("Could not read the match constraints") { db in
            try MatchConstraint.fetchAll(db, sql: "SELECT * FROM match_constraints ORDER BY record_a, record_b")
        }
    }

    /// The constraint on records `recordA` and `recordB` (in either order), if there is one.
    public func matchConstraint(recordA: Int64, recordB: Int64) throws(GoldenError) -> MatchConstraint? {
        try readSnapshot("Could not read the match constraints") { db in
            try MatchConstraint.fetchOne(
                db, sql: "SELECT * FROM match_constraints WHERE record_a = ? AND record_b = ?",
                arguments: [min(recordA, recordB), max(recordA, recordB)])
        }
    }

    /// The constraints with at least one record among `recordIDs`, by record ids.
    public func matchConstraints(involving recordIDs: [Int64]) throws(GoldenError) -> [MatchConstraint] {
        try readSnapshot("Could not read the match constraints") { db in
            try MatchConstraint.fetchAll(
                db,
                sql: """
                    SELECT * FROM match_constraints
                    WHERE record_a IN (SELECT value FROM json_each(?1)) OR record_b IN (SELECT value FROM json_each(?1))
                    ORDER BY record_a, record_b
                    """,
                arguments: [Self.jsonList(recordIDs)])
        }
    }

    /// The golden record (by sequence) that record `recordID` is in, if the Merge stage placed it.
    public func goldenSequence(recordID: Int64) throws(GoldenError) -> Int64? {
        try readSnapshot("Could not read the golden cross-reference") { db in
            try Int64.fetchOne(db, sql: "SELECT sequence FROM golden_xref WHERE record_id = ?", arguments: [recordID])
        }
    }

    /// Inserts or replaces the pair's constraint.
    static func upsert(_ constraint: MatchConstraint, _ db: Database) throws {
        guard constraint.recordA != constraint.recordB else {
            throw GoldenError(.store, "A match constraint must name two different records")
        }
        let stored = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM source_records WHERE id IN (?, ?)",
            arguments: [constraint.recordA, constraint.recordB])
        guard stored == 2 else {
            throw GoldenError(.store, "A match constraint names record \(constraint.recordA) or \(constraint.recordB), which is not stored")
        }
        try db.execute(
            sql: """
                INSERT INTO match_constraints (record_a, record_b, kind, actor, at, reason, review_item)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (record_a, record_b) DO UPDATE SET kind = excluded.kind, actor = excluded.actor,
                    at = excluded.at, reason = excluded.reason, review_item = excluded.review_item
                """,
            arguments: [
                constraint.recordA, constraint.recordB, constraint.kind.rawValue, constraint.actor,
                constraint.at.iso8601, constraint.reason, constraint.reviewItem,
            ])
    }

    /// The condition that a pair `(record_a, record_b)` has one record in the id list of
    /// parameter `x` and the other in that of parameter `y` (lists as ``jsonList(_:)`` writes them).
    static func pairAcross(_ x: Int, _ y: Int) -> String {
        let inX = "IN (SELECT value FROM json_each(?\(x)))", inY = "IN (SELECT value FROM json_each(?\(y)))"
        return "((record_a \(inX) AND record_b \(inY)) OR (record_a \(inY) AND record_b \(inX)))"
    }

    /// `[1,2,3]`: a list of ids as one statement argument, read back with `json_each`.
    static func jsonList(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
