import GRDB
import GoldenCore

/// A pair in the data stewards' review queue.
public struct StoredReviewItem: Hashable, Sendable {
    public var id: Int64
    /// Why the pair was queued (`review_band`, `cannot_link`, `cluster_size`, `household`, …).
    public var kind: String
    /// `open` until a steward decides; any other status is a decision that runs leave alone.
    public var status: String
    /// The smaller record id.
    public var recordA: Int64
    /// The larger record id.
    public var recordB: Int64
    public var probability: Optional<Double>
    /// Why, in words; never personal data.
    public var reason: String
    /// The run that first queued the item.
    public var createdRun: Optional<Int64>
    /// When the item was queued or last changed.
    public var updatedAt: Timestamp
}

extension StoredReviewItem: FetchableRecord {
    /// Decodes a row of the `review_items` table.
    public init(row: Row) throws {
        id = try row.decode(Int64.self, forColumn: "id")
        kind = try row.decode(String.self, forColumn: "kind")
        status = try row.decode(String.self, forColumn: "status")
        recordA = try row.decode(Int64.self, forColumn: "record_a")
        recordB = try row.decode(Int64.self, forColumn: "record_b")
        probability = try row.decode(Double?.self, forColumn: "probability")
        reason = try row.decode(String.self, forColumn: "reason")
        createdRun = try row.decode(Int64?.self, forColumn: "created_run")
        updatedAt = try row.isoTimestamp("updated_at", table: "review_items")
    }
}

/// A review item a Match stage produced, to queue with ``GoldenStore/replaceMatchResults(runID:pairs:clusters:reviews:at:)``.
public struct NewReviewItem: Hashable, Sendable {
    /// The kind of the Merge stage's items: two values of an attribute that survivorship could
    /// not choose between (two dates of birth from equally trusted sources).
    public static let conflictKind = "conflict"

    public var kind: String
    /// The smaller record id.
    public var recordA: Int64
    /// The larger record id.
    public var recordB: Int64
    public var probability: Optional<Double>
    /// Why, in words; never personal data.
    public var reason: String

    /// An item for two different records, in either order: the store keeps the smaller id first.
    public init(kind: String, recordA: Int64, recordB: Int64, probability: Double?, reason: String) {
        self.kind = kind
        self.recordA = min(recordA, recordB)
        self.recordB = max(recordA, recordB)
        self.probability = probability
        self.reason = reason
    }
}
