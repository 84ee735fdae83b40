import GRDB
import GoldenCore

/// Which review items a stage owns: the open ones it did not produce again are removed.
enum ReviewScope {
    /// Items of these kinds.
    case kinds([String])
    /// Items of every kind but these.
    case allBut([String])

    /// The condition on `review_items.kind`, with one `?` per kind.
    var sql: String {
        let marks = Array(repeating: "?", count: kinds.count).joined(separator: ", ")
        switch self {
        case .kinds(let kinds): return kinds.isEmpty ? "0" : "kind IN (\(marks))"
        case .allBut(let kinds): return kinds.isEmpty ? "1" : "kind NOT IN (\(marks))"
        }
    }

    var kinds: [String] {
        switch self {
        case .kinds(let kinds), .allBut(let kinds): kinds
        }
    }
}

extension GoldenStore {
    /// Upserts the produced items, then removes the open items of `scope` not produced (listed
    /// in a temporary table as they go by) — with `records`, only those with a record among
    /// them. Decided items are never touched.
    static func syncReviews(
        _ reviews: [NewReviewItem], scope: ReviewScope, touching records: [Int64]? = nil, runID: Int64?,
        time: Timestamp, _ db: Database
    ) throws -> ReviewQueueChanges {
        try db.execute(
            sql: """
                CREATE TEMP TABLE review_seen (
                    kind TEXT NOT NULL, record_a INTEGER NOT NULL, record_b INTEGER NOT NULL,
                    PRIMARY KEY (kind, record_a, record_b)) WITHOUT ROWID
                """)
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.review_seen") }
        let insert = try StatementBinder(
            db,
            sql: """
                INSERT INTO review_items (kind, status, record_a, record_b, probability, reason, created_run, updated_at)
                VALUES (?1, 'open', ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (kind, record_a, record_b) DO NOTHING
                """)
        let update = try StatementBinder(
            db,
            sql: """
                UPDATE review_items SET probability = ?4, reason = ?5, updated_at = ?7
                WHERE kind = ?1 AND record_a = ?2 AND record_b = ?3 AND status = 'open'
                    AND (probability IS NOT ?4 OR reason IS NOT ?5)
                """)
        let seen = try StatementBinder(
            db, sql: "INSERT OR IGNORE INTO temp.review_seen (kind, record_a, record_b) VALUES (?1, ?2, ?3)")
        defer {
            insert.clear()
            update.clear()
        }
        var changes = ReviewQueueChanges()
        let updatedAt = time.iso8601
        func bind(_ item: NewReviewItem, to statement: StatementBinder) {
            statement.bind(item.kind, at: 1)
            statement.bind(item.recordA, at: 2)
            statement.bind(item.recordB, at: 3)
            statement.bind(item.probability, at: 4)
            statement.bind(item.reason, at: 5)
            statement.bind(updatedAt, at: 7)
        }
        for item in reviews {
            bind(item, to: insert)
            bind(item, to: update)
            insert.bind(runID, at: 6)
            try insert.execute()
            if db.changesCount > 0 {
                changes.inserted += 1
            } else {
                try update.execute()
                changes.updated += db.changesCount
            }
            seen.bind(item.kind, at: 1)
            seen.bind(item.recordA, at: 2)
            seen.bind(item.recordB, at: 3)
            try seen.execute()
        }
        var touching = ""
        if let records {
            try db.execute(sql: "CREATE TEMP TABLE review_touching (record_id INTEGER PRIMARY KEY)")
            let add = try StatementBinder(db, sql: "INSERT OR IGNORE INTO temp.review_touching (record_id) VALUES (?1)")
            defer { add.clear() }
            for record in records {
                add.bind(record, at: 1)
                try add.execute()
            }
            touching = " AND (record_a IN temp.review_touching OR record_b IN temp.review_touching)"
        }
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.review_touching") }
        try db.execute(
            sql: """
                DELETE FROM review_items WHERE status = 'open' AND \(scope.sql)\(touching) AND NOT EXISTS (
                    SELECT 1 FROM temp.review_seen s
                    WHERE s.kind = review_items.kind AND s.record_a = review_items.record_a
                        AND s.record_b = review_items.record_b)
                """,
            arguments: StatementArguments(scope.kinds))
        changes.removed = db.changesCount
        return changes
    }
}
