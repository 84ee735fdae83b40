import GoldenCore

/// The state of a review item a steward saw: deciding it later succeeds only while it is still
/// in this state (an optimistic version check).
public struct ReviewItemVersion: Hashable, Sendable, Codable {
    /// `open`, or the decision already taken.
    public var status: String
    /// When the item was queued or last changed (a run rescoring it, a decision).
    public var updatedAt: Timestamp

    public init(status: String, updatedAt: Timestamp) {
        self.status = status
        self.updatedAt = updatedAt
    }
}

extension StoredReviewItem {
    /// The item's state, for deciding it later: see ``GoldenStore/decide(_:at:)``.
    public var version: ReviewItemVersion { ReviewItemVersion(status: status, updatedAt: updatedAt) }
}

/// The state of a golden record a steward saw: a merge or split built on it succeeds only while
/// the record is still active and unchanged since (no run has moved its members).
public struct GoldenRecordVersion: Hashable, Sendable, Codable {
    /// The golden record, by sequence.
    public var sequence: Int64
    /// When a run last changed it.
    public var updatedAt: Timestamp

    public init(sequence: Int64, updatedAt: Timestamp) {
        self.sequence = sequence
        self.updatedAt = updatedAt
    }
}

extension StoredGoldenRecord {
    /// The record's state, for a decision built on it: see ``GoldenStore/decide(_:at:)``.
    public var version: GoldenRecordVersion { GoldenRecordVersion(sequence: sequence, updatedAt: updatedAt) }
}

/// One steward's decision, written by ``GoldenStore/decide(_:at:)`` in one transaction: review
/// items settled, constraints stored and cleared, and the merge log's lines.
///
/// ```swift
/// let decision = StewardDecision(
///     actor: "ana", reason: "same card, typo in the surname",
///     items: [.init(id: item.id, expected: item.version, status: "accepted")],
///     constraints: [.init(kind: .mustLink, recordA: item.recordA, recordB: item.recordB, reviewItem: item.id)],
///     log: [MergeLogEntry(actor: "ana", action: "accept", golden: 3, other: 9, reason: "same card, typo in the surname")])
/// try store.decide(decision, at: .now)   // throws a `.conflict` error if the item was decided meanwhile
/// ```
public struct StewardDecision: Hashable, Sendable {
    /// A review item to settle, the state it must still be in, and its new status.
    public struct ItemChange: Hashable, Sendable {
        public var id: Int64
        public var expected: ReviewItemVersion
        /// `accepted`, `rejected`, `merged`, `split`…
        public var status: String

        public init(id: Int64, expected: ReviewItemVersion, status: String) {
            self.id = id
            self.expected = expected
            self.status = status
        }
    }

    /// A constraint to add, or to put in place of the pair's current one.
    public struct Link: Hashable, Sendable {
        public var kind: MatchConstraint.Kind
        public var recordA: Int64
        public var recordB: Int64
        /// The review item the constraint settles, if any.
        public var reviewItem: Optional<Int64>

        /// A link of two different records, in either order.
        public init(kind: MatchConstraint.Kind, recordA: Int64, recordB: Int64, reviewItem: Int64? = nil) {
            self.kind = kind
            self.recordA = min(recordA, recordB)
            self.recordB = max(recordA, recordB)
            self.reviewItem = reviewItem
        }
    }

    /// Constraints of one kind to clear: every one with a record in `between` and the other in
    /// `and` (the two lists may be the same, for the pairs within one group).
    public struct Removal: Hashable, Sendable {
        public var kind: MatchConstraint.Kind
        public var between: [Int64]
        public var and: [Int64]

        public init(kind: MatchConstraint.Kind, between: [Int64], and: [Int64]) {
            self.kind = kind
            self.between = between
            self.and = and
        }
    }

    /// Who decided: the steward's name.
    public var actor: String
    /// Why, in the steward's words; stored with each constraint.
    public var reason: String
    public var items: [ItemChange]
    /// Golden records the decision was built on, in the state the steward saw them.
    public var goldens: [GoldenRecordVersion]
    /// Cleared before ``constraints`` are written.
    public var removals: [Removal]
    public var constraints: [Link]
    /// Appended to the merge log.
    public var log: [MergeLogEntry]

    public init(
        actor: String, reason: String, items: [ItemChange] = [], goldens: [GoldenRecordVersion] = [],
        removals: [Removal] = [], constraints: [Link] = [], log: [MergeLogEntry] = []
    ) {
        self.actor = actor
        self.reason = reason
        self.items = items
        self.goldens = goldens
        self.removals = removals
        self.constraints = constraints
        self.log = log
    }
}

/// What ``GoldenStore/decide(_:at:)`` changed.
public struct DecisionChanges: Hashable, Sendable, Codable {
    /// Review items settled.
    public var items = 0
    /// Constraints added, or replaced by one of the other kind.
    public var constraintsWritten = 0
    /// Constraints cleared by the decision's removals.
    public var constraintsRemoved = 0
    /// Lines appended to the merge log.
    public var logLines = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case items, constraintsWritten = "constraints_written", constraintsRemoved = "constraints_removed", logLines = "log_lines"
    }
}
