/// What ``IdentityAssigner`` decided for one run: the golden id of every new cluster and every
/// change of identity on the way — the ids minted, retired (with their redirects) and split, and
/// the golden records whose membership changed.
///
/// Every list is in a fixed order (oldest id first, or mint order), so that two runs over the same
/// input log the same lines.
///
/// ```swift
/// let result = IdentityAssigner().assign(previous: xref, clusters: clusterOf, nextSequence: next)
/// for (cluster, identity) in result.clusters where identity.change != .unchanged { /* write identity.id */ }
/// for retirement in result.retired { /* redirect retirement.id → retirement.into, log it */ }
/// next = result.nextSequence
/// ```
public struct IdentityAssignment: Hashable, Sendable {
    /// The golden id of every cluster of the new clustering, and whether its golden record must
    /// be (re)written, by cluster id.
    public var clusters: [Int64: ClusterIdentity]
    /// The ids minted this run, in mint order (ascending sequence): one per cluster that no
    /// previous id went to — a new person or a part split off another golden record.
    public var minted: [GoldenID]
    /// The sequence to mint from next time: one past the last id minted (or the one given, when
    /// nothing was minted).
    public var nextSequence: UInt64
    /// The previous ids that no cluster keeps, each redirected to the id that took over its
    /// records; oldest retired id first.
    public var retired: [Retirement]
    /// The previous ids whose records now lie in more than one golden record; oldest first.
    public var splits: [Split]
    /// Previous ids none of whose records is in the new clustering (the records left the store):
    /// retired with nowhere to redirect to; oldest first.
    public var vanished: [GoldenID]

    public init(
        clusters: [Int64: ClusterIdentity], minted: [GoldenID], nextSequence: UInt64, retired: [Retirement],
        splits: [Split], vanished: [GoldenID]
    ) {
        self.clusters = clusters
        self.minted = minted
        self.nextSequence = nextSequence
        self.retired = retired
        self.splits = splits
        self.vanished = vanished
    }

    /// The live ids whose golden record must be (re)written: minted ones, and kept ones whose
    /// cluster is not exactly the set of records they had (grew, shrank, merged, split).
    /// Retired and vanished ids are not in it: their golden records go.
    ///
    /// - Complexity: O(*c*) for *c* clusters; iterate ``clusters`` instead where that will do.
    public var changed: Set<GoldenID> {
        Set(clusters.values.lazy.filter { $0.change != .unchanged }.map(\.id))
    }

    /// The golden id of cluster `cluster`, if the clustering had it.
    public func id(ofCluster cluster: Int64) -> GoldenID? { clusters[cluster]?.id }
}

/// The golden id a cluster was given, and whether its golden record must be (re)written.
public struct ClusterIdentity: Hashable, Sendable {
    /// What happened to a cluster's golden id this run.
    public enum Change: String, Hashable, Sendable, Codable {
        /// A previous id kept, on exactly the records it had: nothing to rewrite.
        case unchanged
        /// A previous id kept, on records that differ from the ones it had: it grew, shrank,
        /// absorbed another golden record or lost a split-off part.
        case changed
        /// A new id: a new person, or a part split off another golden record.
        case minted
    }

    public var id: GoldenID
    public var change: Change

    public init(id: GoldenID, change: Change) {
        self.id = id
        self.change = change
    }
}

/// A previous golden id that no longer names a golden record, and the one that replaces it.
public struct Retirement: Hashable, Sendable, CustomStringConvertible {
    /// Why an id was retired.
    public enum Reason: String, Hashable, Sendable, Codable {
        /// All of its records joined an older id's golden record.
        case merged
        /// Its records were split, and the part holding most of them joined an older id's
        /// golden record; the other parts went elsewhere (see ``IdentityAssignment/splits``).
        case absorbedAfterSplit = "absorbed_after_split"
    }

    /// The retired id.
    public var id: GoldenID
    /// The id that took over most of its records: older than ``id``, and live after the run.
    public var into: GoldenID
    public var reason: Reason

    public init(id: GoldenID, into: GoldenID, reason: Reason) {
        self.id = id
        self.into = into
        self.reason = reason
    }

    /// `G… → G… (merged)`: ids only, no personal data.
    public var description: String { "\(id) → \(into) (\(reason.rawValue))" }
}

/// A previous golden id whose records now belong to more than one golden record.
public struct Split: Hashable, Sendable, CustomStringConvertible {
    /// The id whose records were split.
    public var original: GoldenID
    /// The id on the part holding most of them: ``original`` itself, or — when that part merged
    /// into an older golden record — the older id (``original`` is then retired).
    public var larger: GoldenID
    /// The ids on the other parts, oldest first: freshly minted for a part of its own, or an
    /// existing id where a part joined another golden record.
    public var others: [GoldenID]

    public init(original: GoldenID, larger: GoldenID, others: [GoldenID]) {
        self.original = original
        self.larger = larger
        self.others = others
    }

    /// `G… split: larger part G…, others G…, G…`.
    public var description: String {
        "\(original) split: larger part \(larger), others \(others.map(\.text).joined(separator: ", "))"
    }
}
