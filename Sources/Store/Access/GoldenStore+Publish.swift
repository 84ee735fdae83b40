import GRDB
import GoldenCore

extension GoldenStore {
    /// The golden ids that differ from what the last publish left: active ones never published,
    /// active again, or with another content hash; retired ones published as active, or
    /// redirected (anew, or to another survivor) since.
    static let changedSincePublish = """
        (g.status = 'active' AND (p.sequence IS NULL OR p.status <> 'active' OR p.content_hash IS NOT g.content_hash))
        OR (g.status = 'retired' AND p.sequence IS NULL AND r.retired IS NOT NULL)
        OR (g.status = 'retired' AND p.status = 'active')
        OR (g.status = 'retired' AND p.status = 'retired' AND p.survivor IS NOT r.survivor)
        """

    /// How many golden ids the next publish would carry as changes.
    public func goldenChangesToPublish() throws(GoldenError) -> Int {
        try readSnapshot("Could not compare the golden records with the last publish") { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM golden_records g
                    LEFT JOIN published_goldens p ON p.sequence = g.sequence
                    LEFT JOIN golden_redirects r ON r.retired = g.sequence
                    WHERE \(Self.changedSincePublish)
                    """) ?? 0
        }
    }

    /// Calls `body` with each golden id that changed since the last publish — or, with `all`,
    /// every golden id — streaming: active ids first, then retired ones, each by sequence (so a
    /// survivor comes before the ids redirected to it).
    ///
    /// One statement per status, each walking the status index in sequence order: a single
    /// statement ordered by status would have SQLite sort every row it selects — the records'
    /// JSON included — in memory before the first one came back.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachGoldenToPublish(all: Bool = false, _ body: (GoldenPublishRow) throws -> Void) throws {
        try readStreaming("Could not read the golden records to publish") { db in
            for status in ["active", "retired"] {
                let rows = try GoldenPublishRow.fetchCursor(
                    db,
                    sql: """
                        SELECT g.*, p.status AS published_status, p.content_hash AS published_hash,
                            p.survivor AS published_survivor, r.survivor, s.golden_id AS survivor_id,
                            r.reason AS redirect_reason, r.run_id AS redirect_run, r.at AS redirect_at
                        FROM golden_records g
                        LEFT JOIN published_goldens p ON p.sequence = g.sequence
                        LEFT JOIN golden_redirects r ON r.retired = g.sequence
                        LEFT JOIN golden_records s ON s.sequence = r.survivor
                        WHERE g.status = ? AND (\(all ? "1" : Self.changedSincePublish))
                        ORDER BY g.sequence
                        """,
                    arguments: [status])
                while let row = try rows.next() { try CallerError.passing { try body(row) } }
            }
        }
    }

    /// For every golden id minted by a split, the id text of the golden record it was split off
    /// (the latest split when there were several).
    public func splitOrigins() throws(GoldenError) -> [Int64: String] {
        try readSnapshot("Could not read the merge log") { db in
            var origins: [Int64: String] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT m.other, g.golden_id FROM merge_log m JOIN golden_records g ON g.sequence = m.golden
                    WHERE m.action = 'split' AND m.other IS NOT NULL ORDER BY m.id
                    """)
            while let row = try rows.next() {
                origins[try row.decode(Int64.self, atIndex: 0)] = try row.decode(String.self, atIndex: 1)
            }
            return origins
        }
    }

    /// Calls `body` with the source, key and golden id text of every source record in the golden
    /// records `sequences`, streaming, a few hundred golden records at a time.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachXref(
        of sequences: [Int64], _ body: (_ source: String, _ key: String, _ goldenID: String) throws -> Void
    ) throws {
        var start = 0
        while start < sequences.count {
            let chunk = Array(sequences[start..<min(start + 500, sequences.count)])
            start += chunk.count
            try forEachXref(
                where: "x.sequence IN (\(databaseQuestionMarks(count: chunk.count)))", orderBy: "x.sequence, r.id",
                arguments: StatementArguments(chunk), body)
        }
    }

    /// `golden_records` as `alias`, joined on its sequence being `sequence` through
    /// `golden_records_listing` (both statuses, then the sequence): for queries that want only
    /// the golden id text. A lookup in the table reads a page of records' JSON per row.
    static func goldenListing(_ alias: String, sequence: String) -> String {
        """
        golden_records \(alias) INDEXED BY golden_records_listing
            ON \(alias).status IN ('active', 'retired') AND \(alias).sequence = \(sequence)
        """
    }

    /// Calls `body` with the source, key and golden id text of the xref rows that match
    /// `condition` (over `golden_xref x`, `source_records r`, `golden_records g`), streaming;
    /// the golden id from ``goldenListing(_:sequence:)``.
    func forEachXref(
        where condition: String, orderBy order: String, arguments: StatementArguments,
        _ body: (_ source: String, _ key: String, _ goldenID: String) throws -> Void
    ) throws {
        try readStreaming("Could not read the golden cross-reference") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT r.source, r.key, g.golden_id FROM golden_xref x
                    JOIN source_records r ON r.id = x.record_id
                    JOIN \(Self.goldenListing("g", sequence: "x.sequence"))
                    WHERE \(condition) ORDER BY \(order)
                    """,
                arguments: arguments)
            while let row = try rows.next() {
                let source = try row.decode(String.self, atIndex: 0), key = try row.decode(String.self, atIndex: 1)
                let golden = try row.decode(String.self, atIndex: 2)
                try CallerError.passing { try body(source, key, golden) }
            }
        }
    }

    /// The latest publish that sent something; `nil` before the first.
    public func lastPublish() throws(GoldenError) -> StoredPublish? {
        try readSnapshot("Could not read the publish history") { db in
            try StoredPublish.fetchOne(db, sql: "SELECT * FROM publishes ORDER BY id DESC LIMIT 1")
        }
    }

    /// Records publish `id` and the state it left each golden id it carried in, in one
    /// transaction: the next publish carries only what differs from `states`.
    ///
    /// - Throws: ``GoldenError`` when publish `id` is already recorded (another publish ran at
    ///   the same time); nothing is written then.
    public func recordPublish(
        id: Int64, runID: Int64?, at time: Timestamp, states: [(sequence: Int64, state: PublishedGoldenState)],
        summaryJSON: String?
    ) throws(GoldenError) {
        try writeTransaction("Could not record publish \(id)") { db in
            try db.execute(
                sql: "INSERT INTO publishes (id, run_id, at, changes, summary) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, runID, time.iso8601, states.count, summaryJSON])
            let insert = MultiRowInsert(
                db, into: "published_goldens", columns: ["sequence", "status", "content_hash", "survivor", "publish_id"],
                suffix: """
                    ON CONFLICT (sequence) DO UPDATE SET status = excluded.status, content_hash = excluded.content_hash,
                        survivor = excluded.survivor, publish_id = excluded.publish_id
                    """)
            try insert.insert(count: states.count) { statement, index, first in
                let (sequence, state) = states[index]
                statement.bind(sequence, at: first)
                statement.bind(state.status, at: first + 1)
                statement.bind(state.contentHash, at: first + 2)
                statement.bind(state.survivor, at: first + 3)
                statement.bind(id, at: first + 4)
            }
        }
    }
}
