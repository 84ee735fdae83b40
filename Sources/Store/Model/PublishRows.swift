import GRDB
import GoldenCore

/// A golden id as the last publish left it.
public struct PublishedGoldenState: Hashable, Sendable {
    /// `active` or `retired`.
    public var status: String
    public var contentHash: Int64?
    /// For a retired id: the survivor it resolved to, by sequence.
    public var survivor: Int64?

    public init(status: String, contentHash: Int64?, survivor: Int64?) {
        self.status = status
        self.contentHash = contentHash
        self.survivor = survivor
    }
}

/// A golden id whose state differs from the one the last publish left (or every golden id,
/// for a full publish): the row the change feed is derived from.
public struct GoldenPublishRow: Sendable {
    /// The golden record as it is now (`record` and `history` are `nil` once retired).
    public var golden: StoredGoldenRecord
    public var contentHash: Int64?
    /// As the last publish left it; `nil` when it was never published.
    public var published: PublishedGoldenState?
    /// For a retired id that resolves to another: the survivor, its id text, and the redirect's
    /// reason, run and time.
    public var survivor: Int64?
    public var survivorID: String?
    public var redirectReason: String?
    public var redirectRun: Int64?
    public var redirectAt: Timestamp?

    /// What the next publish records for the id.
    public var state: PublishedGoldenState {
        PublishedGoldenState(status: golden.status, contentHash: contentHash, survivor: survivor)
    }
}

extension GoldenPublishRow: FetchableRecord {
    /// Decodes a row of ``GoldenStore/forEachGoldenToPublish(all:_:)``'s query.
    public init(row: Row) throws {
        golden = try StoredGoldenRecord(row: row)
        contentHash = try row.decode(Int64?.self, forColumn: "content_hash")
        if let status = try row.decode(String?.self, forColumn: "published_status") {
            published = PublishedGoldenState(
                status: status, contentHash: try row.decode(Int64?.self, forColumn: "published_hash"),
                survivor: try row.decode(Int64?.self, forColumn: "published_survivor"))
        }
        survivor = try row.decode(Int64?.self, forColumn: "survivor")
        survivorID = try row.decode(String?.self, forColumn: "survivor_id")
        redirectReason = try row.decode(String?.self, forColumn: "redirect_reason")
        redirectRun = try row.decode(Int64?.self, forColumn: "redirect_run")
        if let at = try row.decode(String?.self, forColumn: "redirect_at") {
            guard let time = Timestamp(iso8601: at) else { throw GoldenError(.store, "Malformed time in golden_redirects.at") }
            redirectAt = time
        }
    }
}

/// A publish that sent something: its sequence (which names its change feed file), the run it
/// ran in, when, and how many changes it carried.
public struct StoredPublish: Hashable, Sendable {
    public var id: Int64
    public var runID: Int64?
    public var at: Timestamp
    public var changes: Int
}

extension StoredPublish: FetchableRecord {
    /// Decodes a row of the `publishes` table.
    public init(row: Row) throws {
        id = try row.decode(Int64.self, forColumn: "id")
        runID = try row.decode(Int64?.self, forColumn: "run_id")
        at = try row.isoTimestamp("at", table: "publishes")
        changes = try row.decode(Int.self, forColumn: "changes")
    }
}
