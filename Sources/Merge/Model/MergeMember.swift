import GoldenCore

/// One record of a cluster, as the Merge stage receives it: the store's id of the source record
/// and its normalized form.
///
/// ```swift
/// let members = cluster.map { MergeMember(recordID: $0.id, record: $0.normalized) }
/// let (golden, conflicts) = Survivorship(settings: .defaults).goldenRecord(of: members)
/// ```
public struct MergeMember: Hashable, Sendable {
    /// The stored source record's id (stable across runs).
    public var recordID: Int64
    /// The record's normalized values.
    public var record: NormalizedRecord

    /// A member of a cluster.
    public init(recordID: Int64, record: NormalizedRecord) {
        self.recordID = recordID
        self.record = record
    }
}
