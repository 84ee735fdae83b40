import GoldenCore

/// A trust ranking of sources: tiers, most trusted first; the sources of one tier are equally
/// trusted.
///
/// An entry is a source's name (as in `golden.yml`) or a source kind (`pos`, `loyalty`,
/// `ecommerce`, `community`), which stands for every source of that kind. A source named in the
/// ranking takes its own tier over its kind's; a source not in the ranking at all ranks below
/// every listed one, level with the other unlisted ones.
///
/// ```swift
/// let ranking: SourceRanking = ["loyalty", "ecommerce", "pos"]   // one source per tier
/// let tiered = SourceRanking(tiers: [["loyalty"], ["ecommerce", "pos"]])
/// tiered.rank(of: "web_shop", kind: .ecommerce)    // 1
/// tiered.rank(of: "forum", kind: .community)       // 2: unlisted
/// ```
public struct SourceRanking: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The tiers, most trusted first.
    public var tiers: [[String]]

    /// A ranking of `tiers`, most trusted first.
    public init(tiers: [[String]]) {
        self.tiers = tiers
    }

    /// One source (or kind) per tier.
    public init(arrayLiteral names: String...) {
        tiers = names.map { [$0] }
    }

    /// The source's tier: 0 for the most trusted, ``tiers``.count when it is not listed.
    ///
    /// - Complexity: O(*n*) in the number of entries.
    public func rank(of source: String, kind: SourceKind?) -> Int {
        for (rank, tier) in tiers.enumerated() where tier.contains(source) { return rank }
        if let kind {
            for (rank, tier) in tiers.enumerated() where tier.contains(kind.rawValue) { return rank }
        }
        return tiers.count
    }
}
