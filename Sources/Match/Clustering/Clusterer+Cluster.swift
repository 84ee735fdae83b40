extension Clusterer {
    /// Clusters `records` by the automatic matches among `pairs`, obeying the steward's
    /// `constraints` (see the type's discussion for the steps and guards).
    ///
    /// Every pair and constraint must name positions of `records`. A pair listed more than once
    /// is harmless: its most probable entry decides, and it gets at most one review item.
    ///
    /// - Complexity: O(*p* log *p*) to order *p* match-band pairs, plus amortized O((*n* + *p*)
    ///   α(*n*)) for *n* records; evidence checks are O(1) per join while clusters hold one value
    ///   per attribute.
    public func cluster(records: [MatchRecord], pairs: [ScoredPair], constraints: Constraints = .none) -> Clustering {
        let count = records.count
        let mustLinks = Array(Set(constraints.mustLink)).sorted()
        let cannotLinks = Array(Set(constraints.cannotLink)).sorted()
        for pair in mustLinks + cannotLinks { precondition(pair.second < count, "a constraint names no record") }
        var builder = ClusterBuilder(
            records: records, cannotLink: settings.cannotLink, separations: cannotLinks,
            maxSize: settings.maxClusterSize)
        var statistics = ClusteringStatistics()
        statistics.mustLinks = mustLinks.count
        statistics.cannotLinks = cannotLinks.count
        for pair in mustLinks { builder.force(pair) }

        var matches: [MatchOrder] = []
        var reviews: [PendingReview] = []
        var reviewBand: [PendingReview] = []
        for scored in pairs {
            precondition(scored.pair.second < count, "a pair names no record")
            switch classify(scored) {
            case (.match, _):
                statistics.matchPairs += 1
                matches.append(MatchOrder(scored, sharesIdentifier: sharesPersonalIdentifier(scored.vector)))
            case (.review, let demoted):
                statistics.reviewPairs += 1
                if demoted {
                    statistics.householdDemoted += 1
                    reviews.append(PendingReview(.household, scored))
                } else {
                    reviewBand.append(PendingReview(.reviewBand, scored))
                }
            case (.nonMatch, _):
                break
            }
        }

        matches.sort()
        for match in matches {
            switch builder.propose(RecordPair(packed: match.pair), sharesIdentifier: match.sharesIdentifier) {
            case .joined, .together:
                break
            case .separatedBySteward:
                statistics.refusedSteward += 1
            case .conflict(let attribute):
                statistics.refusedCannotLink += 1
                reviews.append(PendingReview(.cannotLink, pair: match.pair, order: match.key, attribute: attribute))
            case .tooLarge(let size):
                statistics.refusedSize += 1
                reviews.append(PendingReview(.clusterSize, pair: match.pair, order: match.key, size: size))
            }
        }
        for item in reviewBand where !builder.together(RecordPair(packed: item.pair)) { reviews.append(item) }

        let clusterOf = builder.representatives()
        statistics.countClusters(clusterOf)
        let decided = Set((mustLinks + cannotLinks).map(\.packed))
        return Clustering(
            clusterOf: clusterOf, reviews: ordered(reviews, decided: decided), statistics: statistics)
    }

    /// The review items by pair, one per pair (its most probable entry), none for a pair a
    /// steward has decided.
    private func ordered(_ items: [PendingReview], decided: Set<UInt64>) -> [ReviewCandidate] {
        var items = items
        items.sort()
        var result: [ReviewCandidate] = []
        result.reserveCapacity(items.count)
        var previous: UInt64?
        for item in items where item.pair != previous {
            previous = item.pair
            if decided.isEmpty || !decided.contains(item.pair) {
                result.append(item.candidate(maxClusterSize: settings.maxClusterSize))
            }
        }
        return result
    }
}

/// A match-band pair in the order clustering takes them: the most probable first, then by pair.
struct MatchOrder: Comparable {
    /// The complement of the probability's bit pattern (see ``PendingReview/order``).
    let key: UInt64
    let pair: UInt64
    /// Whether the pair agrees on a personal identifier (see ``Clusterer/personalAttributes``).
    let sharesIdentifier: Bool

    @inline(__always)
    init(_ scored: ScoredPair, sharesIdentifier: Bool = false) {
        key = ~scored.probability.bitPattern
        pair = scored.pair.packed
        self.sharesIdentifier = sharesIdentifier
    }

    @inline(__always)
    static func < (lhs: MatchOrder, rhs: MatchOrder) -> Bool {
        lhs.key != rhs.key ? lhs.key < rhs.key : lhs.pair < rhs.pair
    }
}
