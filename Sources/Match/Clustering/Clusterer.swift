/// Turns scored pairs into clusters of records: union–find over the automatic matches, guarded
/// against over-merging, with the doubtful pairs queued for review.
///
/// ```swift
/// let clusterer = Clusterer(
///     thresholds: settings.thresholds, settings: settings.clustering, comparisons: settings.comparisons)
/// let clustering = clusterer.cluster(records: records, pairs: scored, constraints: stewardDecisions)
/// clustering.clusterOf[7]   // the smallest position in record 7's cluster
/// clustering.reviews        // pairs for a data steward
/// ```
///
/// Clustering runs in three steps:
/// 1. Steward must-links are joined, past every guard.
/// 2. Pairs in the ``PairBand/match`` band are joined from the most probable down (ties by pair),
///    unless a guard refuses: a steward cannot-link between the two clusters (skipped and
///    counted); conflicting evidence on a ``ClusterSettings/cannotLink`` attribute (see
///    ``ClusterEvidence``; a ``ReviewKind/cannotLink`` item); or a cluster larger than
///    ``ClusterSettings/maxClusterSize`` (a ``ReviewKind/clusterSize`` item). Taking the
///    strongest links first means that when a bridge record would join two people, the weaker
///    of its links is the one refused.
/// 3. Pairs in the ``PairBand/review`` band become ``ReviewKind/reviewBand`` items unless their
///    records ended up in one cluster anyway; pairs the household guard demoted become
///    ``ReviewKind/household`` items.
///
/// The result depends only on the records, the set of pairs and the constraints, not on the
/// order they come in.
public struct Clusterer: Sendable {
    public let thresholds: Thresholds
    public let settings: ClusterSettings
    public let comparisons: ComparisonSet
    /// The given-name comparisons' positions in a vector, with the levels that count as clearly
    /// different names (a bit per level).
    private let givenNameDifferent: [(index: Int, levels: UInt16)]
    /// Comparisons of identifiers that belong to one person, never to a household: their
    /// positions in a vector, with their `else` levels.
    private let personalIdentifiers: [(index: Int, elseLevel: Int)]

    /// A clusterer. With a `scorer`, the household guard also counts a given-name level that
    /// carries no evidence of one name (a match weight below 1, a Bayes factor below 2: `steph`
    /// and `joseph` are a Jaro–Winkler 0.8 apart) as clearly different names; without one, only
    /// the `else` level does.
    public init(thresholds: Thresholds, settings: ClusterSettings, comparisons: ComparisonSet, scorer: Scorer? = nil) {
        self.thresholds = thresholds
        self.settings = settings
        self.comparisons = comparisons
        givenNameDifferent = comparisons.indexes(of: .givenName).map { index in
            let last = comparisons.comparisons[index].levelCount - 1
            var levels = UInt16(1) << UInt16(last)
            if let scorer {
                for level in 0..<last where scorer.weight(comparison: index, level: level) < 1 {
                    levels |= UInt16(1) << UInt16(level)
                }
            }
            return (index, levels)
        }
        personalIdentifiers = Self.personalAttributes.flatMap { comparisons.indexes(of: $0) }.map {
            (index: $0, elseLevel: comparisons.comparisons[$0].levelCount - 1)
        }
    }

    /// Attributes whose agreement shows one person rather than a household: a loyalty card, an
    /// account id, a username. (Not an e-mail: couples share one.)
    public static let personalAttributes: [MatchAttribute] = [.loyaltyCard, .accountId, .username]

    /// The band of a pair: ``PairBand/match`` at or above ``Thresholds/match``,
    /// ``PairBand/review`` at or above ``Thresholds/review``, else ``PairBand/nonMatch``.
    ///
    /// With ``ClusterSettings/householdGuard``, a pair whose given names were both present and
    /// at the given-name comparison's last level (`else`: clearly different first names) is never
    /// a match, at most a review: twins, spouses, parents and children share an address, a phone
    /// and a family name, and often enough a date of birth.
    ///
    /// - Complexity: O(1).
    public func band(of pair: ScoredPair) -> PairBand { classify(pair).band }

    /// The band of a pair, and whether the household guard lowered it from a match.
    @inline(__always)
    func classify(_ pair: ScoredPair) -> (band: PairBand, demoted: Bool) {
        let probability = pair.probability
        if probability >= thresholds.match {
            return isHousehold(pair.vector) ? (.review, true) : (.match, false)
        }
        return (probability >= thresholds.review ? .review : .nonMatch, false)
    }

    /// Whether the household guard is on, the given names are at their `else` level and no
    /// personal identifier (card, account, username) agrees.
    @inline(__always)
    func isHousehold(_ vector: ComparisonVector) -> Bool {
        guard settings.householdGuard else { return false }
        guard givenNameDifferent.contains(where: { given in
            vector[given.index].map { given.levels & (UInt16(1) << UInt16($0)) != 0 } ?? false
        })
        else { return false }
        // The same card or account is one person, whatever the names say.
        return !sharesPersonalIdentifier(vector)
    }

    /// Whether a personal identifier (card, account id, username) agrees at a level above `else`.
    @inline(__always)
    func sharesPersonalIdentifier(_ vector: ComparisonVector) -> Bool {
        for level in personalIdentifiers {
            if let agreement = vector[level.index], agreement < level.elseLevel { return true }
        }
        return false
    }
}
