import GRDB
import GoldenCore

extension GoldenStore {
    /// Review item `id` with its records' sources, keys and golden ids; `nil` when there is none.
    public func reviewItemWithRecords(id: Int64) throws(GoldenError) -> ReviewItemWithRecords? {
        try readSnapshot("Could not read review item \(id)") { db in
            try Self.reviewItemsWithRecords(db, where: "i.id = ?1", arguments: [id]).first
        }
    }

    /// How many review items have `status` and are of `kind` (each filter only when given).
    public func reviewItemCount(status: String? = nil, kind: String? = nil) throws(GoldenError) -> Int {
        try readSnapshot("Could not count the review items") { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM review_items WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR kind = ?2)",
                arguments: [status, kind]) ?? 0
        }
    }

    /// The review items with `status` whose pair has one record in `between` and the other in
    /// `and`, by id: the items a merge or split of golden records settles.
    public func reviewItems(
        status: String, between: [Int64], and: [Int64]
    ) throws(GoldenError) -> [StoredReviewItem] {
        try readSnapshot("Could not read the review items") { db in
            try StoredReviewItem.fetchAll(
                db,
                sql: "SELECT * FROM review_items WHERE status = ?1 AND \(Self.pairAcross(2, 3)) ORDER BY id",
                arguments: [status, Self.jsonList(between), Self.jsonList(and)])
        }
    }
}

extension GoldenStore {
    /// A page of the review items that `filter` keeps, by id, with their records' sources, keys
    /// and golden ids.
    ///
    /// - Complexity: an index range (status, probability) or a scan by id that stops after
    ///   `offset + limit` matches.
    public func reviewItemsWithRecords(
        _ filter: ReviewItemFilter, limit: Int, offset: Int = 0
    ) throws(GoldenError) -> [ReviewItemWithRecords] {
        let (condition, arguments) = filter.condition
        return try readSnapshot("Could not read the review items") { db in
            try Self.reviewItemsWithRecords(
                db, where: condition, page: "LIMIT ? OFFSET ?",
                arguments: StatementArguments(arguments + [limit, offset]))
        }
    }

    /// How many review items `filter` keeps.
    public func reviewItemCount(_ filter: ReviewItemFilter) throws(GoldenError) -> Int {
        let (condition, arguments) = filter.condition
        let joins =
            filter.source == nil
            ? "" : "JOIN source_records ra ON ra.id = i.record_a JOIN source_records rb ON rb.id = i.record_b"
        return try readSnapshot("Could not count the review items") { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM review_items i \(joins) WHERE \(condition)",
                arguments: StatementArguments(arguments)) ?? 0
        }
    }
}
