import GRDB
import GoldenCore

/// A data steward's decision on a pair of records, as `match_constraints` stores it: every later
/// Match stage joins a must-link pair and keeps a cannot-link pair apart.
///
/// A pair has at most one constraint: a later decision on the same two records replaces the
/// earlier one.
///
/// ```swift
/// try store.setMatchConstraint(
///     MatchConstraint(kind: .cannotLink, recordA: 12, recordB: 7, actor: "ana", reason: "twins", at: .now))
/// try store.matchConstraints()   // [cannot_link 7–12 by ana]
/// ```
public struct MatchConstraint: Hashable, Sendable {
    /// What the constraint asks of clustering.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The two records are one person: always in one cluster.
        case mustLink = "must_link"
        /// The two records are different people: never in one cluster through automatic matches.
        case cannotLink = "cannot_link"
    }

    public var kind: Kind
    /// The smaller record id (`source_records.id`).
    public var recordA: Int64
    /// The larger record id.
    public var recordB: Int64
    /// Who decided.
    public var actor: String
    /// Why, in the steward's words.
    public var reason: String
    /// When.
    public var at: Timestamp
    /// The review item the decision settled, if it came from one.
    public var reviewItem: Optional<Int64>

    /// A constraint on two different records, in either order: the store keeps the smaller id first.
    public init(
        kind: Kind, recordA: Int64, recordB: Int64, actor: String, reason: String, at: Timestamp, reviewItem: Int64? = nil
    ) {
        self.kind = kind
        self.recordA = min(recordA, recordB)
        self.recordB = max(recordA, recordB)
        self.actor = actor
        self.reason = reason
        self.at = at
        self.reviewItem = reviewItem
    }
}

extension MatchConstraint: FetchableRecord {
    /// Decodes a row of the `match_constraints` table.
    public init(row: Row) throws {
        kind = try row.enumeration(Kind.self, "kind", table: "match_constraints")
        recordA = try row.decode(Int64.self, forColumn: "record_a")
        recordB = try row.decode(Int64.self, forColumn: "record_b")
        actor = try row.decode(String.self, forColumn: "actor")
        reason = try row.decode(String.self, forColumn: "reason")
        at = try row.isoTimestamp("at", table: "match_constraints")
        reviewItem = try row.decode(Int64?.self, forColumn: "review_item")
    }
}
