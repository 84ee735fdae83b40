import GoldenCore

/// One line of the change feed: what happened to one golden id since the last publish.
///
/// Downstream tools apply the feed in order (active ids first, then retired ones, so a survivor
/// comes before the ids redirected to it): records `created`, `split` off or `updated` carry the
/// whole golden record; a `merged` id names the survivor it now resolves to; a `retired` id lost
/// all its records and resolves to nothing.
///
/// ```swift
/// let change = GoldenChange(kind: .merged, goldenID: "G7K2M9QX", survivorID: "G3B8D1RT", run: 4, at: "2025-03-01T09:00:00Z")
/// change.kind.carriesRecord   // false: a merged id has no record of its own any more
/// ```
public struct GoldenChange: Hashable, Sendable {
    /// What happened to the id.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// A golden id minted for a new person.
        case created
        /// An active golden record whose content (values, members or history) changed.
        case updated
        /// A golden id retired into another: it now resolves to ``GoldenChange/survivorID``.
        case merged
        /// A golden id minted for records split off an existing golden record
        /// (``GoldenChange/originID``), which keeps its own id.
        case split
        /// A golden id retired because its records left the store: it resolves to nothing.
        case retired

        /// Whether changes of this kind carry the golden record (`created`, `updated`, `split`).
        public var carriesRecord: Bool { self == .created || self == .updated || self == .split }
    }

    public var kind: Kind
    /// The golden id the change is about.
    public var goldenID: String
    /// For `merged`: the active id the retired one resolves to now.
    public var survivorID: Optional<String>
    /// For `split`: the golden record the new id's records were split off.
    public var originID: Optional<String>
    /// The pipeline run that made the change (`nil` for changes made outside a run).
    public var run: Optional<Int64>
    /// When the change was made, ISO 8601 in UTC.
    public var at: String
    /// For `merged`: why, in words (`merged`, …). Never personal data.
    public var reason: Optional<String>
    /// The number of source records in the golden record (0 once retired).
    public var recordCount: Int
    /// The golden record as JSON, for kinds that ``Kind/carriesRecord``.
    public var record: Optional<String>
    /// The roll-up of the person's events as JSON, with ``record``.
    public var history: Optional<String>
    /// The store's 64-bit hash of record and history: equal hashes mean equal content.
    public var contentHash: Optional<Int64>

    public init(
        kind: Kind, goldenID: String, survivorID: String? = nil, originID: String? = nil, run: Int64?, at: String,
        reason: String? = nil, recordCount: Int = 0, record: String? = nil, history: String? = nil,
        contentHash: Int64? = nil
    ) {
        self.kind = kind
        self.goldenID = goldenID
        self.survivorID = survivorID
        self.originID = originID
        self.run = run
        self.at = at
        self.reason = reason
        self.recordCount = recordCount
        self.record = record
        self.history = history
        self.contentHash = contentHash
    }

    /// The status the id has after the change: `active`, or `retired` for merged and retired ids.
    public var status: String { kind.carriesRecord ? "active" : "retired" }
}
