import Foundation
import GoldenCore
import Match
import Store

/// The data stewards' desk: the review queue and the decisions taken on it — one operation
/// whether it comes from `golden review`, the web workbench or its JSON API.
///
/// A decision never changes golden records by itself: it stores must-link and cannot-link
/// constraints (`match_constraints`) that every later Match stage honours, settles the review
/// items it answers, and logs who decided what and why (`merge_log`); the next `golden run`
/// re-clusters and merges accordingly. Every decision is written in one transaction after an
/// optimistic version check, so two stewards deciding the same item never overwrite each other:
/// the second gets a ``GoldenError/Code/conflict`` error.
///
/// ```swift
/// let desk = ReviewDesk(config: config, store: store)
/// let page = try desk.list(ReviewQuery(kind: "review_band", limit: 20))
/// let detail = try desk.show(page.items[0].id, showValues: false)
/// try desk.accept(detail.item.id, expected: detail.item.version, by: StewardNote(actor: "ana", reason: "same card"))
/// try desk.split("GKRVQ0PG8", leaving: [RecordRef(source: "pos", key: "0001|01|000007")],
///                by: StewardNote(actor: "ana", reason: "a colleague's receipt"))
/// ```
///
/// What each decision stores:
/// - ``accept(_:expected:by:)``: a must-link of the item's pair (the two records are one
///   person), the item `accepted`; for every kind of item, a survivorship `conflict` included.
///   ``accept(_:_:by:)`` does the same for any two records, item or not.
/// - ``reject(_:expected:by:)``, ``reject(_:_:by:)``: a cannot-link of the pair (two people),
///   the item `rejected`.
/// - ``merge(_:_:expected:by:)``: a must-link between the two golden records.
/// - ``split(_:leaving:expected:by:)``: see there for the constraints that make a split last.
public struct ReviewDesk: Sendable {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    /// Keeps pair explanations' scorer between calls of ``show(_:showValues:)``: for a
    /// long-lived desk (the web workbench); `nil` rebuilds it for each item.
    public let explainerCache: PairExplainerCache?

    public init(config: WorkspaceConfig, store: GoldenStore, explainerCache: PairExplainerCache? = nil) {
        self.config = config
        self.store = store
        self.explainerCache = explainerCache
    }

    /// The status of a settled item: what the steward did.
    public enum Status: String, Sendable, CaseIterable, Codable {
        /// Not decided yet.
        case open
        /// The pair is one person (must-link).
        case accepted
        /// The pair is two people (cannot-link).
        case rejected
        /// Settled by a merge of the golden records its two records are in.
        case merged
        /// Settled by a split that put its two records apart.
        case split
    }

    /// Every kind of review item: the Match stage's (``ReviewKind``) and the Merge stage's
    /// survivorship `conflict`.
    public static let kinds: [String] = ReviewKind.allCases.map(\.rawValue) + [NewReviewItem.conflictKind]

    /// The golden records a decision acts on, and the records of each.
    struct Golden {
        var stored: StoredGoldenRecord
        var members: [(recordID: Int64, source: String, key: String)]
        var recordIDs: [Int64] { members.map(\.recordID) }
    }

    /// The active golden record `goldenID` leads to (through a redirect when it was retired).
    ///
    /// - Throws: `notFound` for an id never minted.
    func golden(_ goldenID: String) throws(GoldenError) -> Golden {
        guard let active = try store.resolveGoldenID(goldenID), let stored = try store.goldenRecord(id: active) else {
            throw GoldenError(.notFound, "no golden record \(goldenID)")
        }
        let members = try store.goldenMembers(sequence: stored.sequence)
        guard !members.isEmpty else { throw GoldenError(.notFound, "golden record \(active) has no records") }
        return Golden(stored: stored, members: members)
    }

    /// Review item `id`, which must be open (or in the `expected` state the caller saw).
    ///
    /// - Throws: `notFound` for no such item; `conflict` for an item already decided.
    func openItem(_ id: Int64, expected: ReviewItemVersion?) throws(GoldenError) -> (ReviewItemWithRecords, ReviewItemVersion) {
        guard let item = try store.reviewItemWithRecords(id: id) else {
            throw GoldenError(.notFound, "no review item \(id)")
        }
        let version = expected ?? item.item.version
        guard version.status == Status.open.rawValue else {
            throw GoldenError(.conflict, "review item \(id) is already \(item.item.status); only open items can be decided")
        }
        return (item, version)
    }

    /// The record `ref`'s id.
    ///
    /// - Throws: `notFound` when it is not stored.
    func recordID(_ ref: RecordRef) throws(GoldenError) -> Int64 {
        guard let id = try store.recordID(source: ref.source, key: ref.key) else {
            throw GoldenError(.notFound, "no stored record \(ref)")
        }
        return id
    }
}

/// Who decides, and why: every decision carries both, and the merge log keeps them.
public struct StewardNote: Hashable, Sendable, Codable {
    /// The steward's name (`--actor`, default `$USER`).
    public var actor: String
    /// Why, in the steward's words. Required; it is kept in the merge log, so it should name no
    /// personal data.
    public var reason: String

    /// A note with both parts trimmed.
    ///
    /// - Throws: `usage` when either is empty.
    public init(actor: String, reason: String) throws(GoldenError) {
        self.actor = actor.trimmingCharacters(in: .whitespacesAndNewlines)
        self.reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !self.actor.isEmpty else { throw GoldenError(.usage, "a decision needs an actor (--actor NAME)") }
        guard !self.reason.isEmpty else { throw GoldenError(.usage, "a decision needs a reason (--reason TEXT)") }
    }
}
