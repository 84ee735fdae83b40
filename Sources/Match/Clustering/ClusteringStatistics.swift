/// What one clustering did, for the run summary; counts only, no personal data.
///
/// Pair counts count entries of the scored list: a pair listed twice counts twice.
public struct ClusteringStatistics: Hashable, Sendable, Codable {
    public var records = 0
    public var clusters = 0
    /// Clusters of one record.
    public var singletons = 0
    /// Records in the largest cluster (0 without records).
    public var largestCluster = 0
    public var sizeHistogram = ClusterSizeHistogram()
    /// Pairs in the match band (after the household guard).
    public var matchPairs = 0
    /// Pairs in the review band, household-demoted ones included.
    public var reviewPairs = 0
    /// Match-band pairs not joined because the clusters' evidence conflicts.
    public var refusedCannotLink = 0
    /// Match-band pairs not joined because a steward's cannot-link separates the clusters.
    public var refusedSteward = 0
    /// Match-band pairs not joined because the cluster would grow past its bound.
    public var refusedSize = 0
    /// Pairs the household guard lowered from the match band to review.
    public var householdDemoted = 0
    /// Distinct steward must-link pairs.
    public var mustLinks = 0
    /// Distinct steward cannot-link pairs.
    public var cannotLinks = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case records, clusters, singletons
        case largestCluster = "largest_cluster"
        case sizeHistogram = "size_histogram"
        case matchPairs = "match_pairs"
        case reviewPairs = "review_pairs"
        case refusedCannotLink = "refused_cannot_link"
        case refusedSteward = "refused_steward"
        case refusedSize = "refused_size"
        case householdDemoted = "household_demoted"
        case mustLinks = "must_links"
        case cannotLinks = "cannot_links"
    }

    /// Fills the record and cluster counts from each record's representative.
    ///
    /// - Complexity: O(*n*).
    mutating func countClusters(_ clusterOf: [Int32]) {
        var sizes = [Int32](repeating: 0, count: clusterOf.count)
        for representative in clusterOf { sizes[Int(representative)] += 1 }
        records = clusterOf.count
        for size in sizes where size > 0 {
            let size = Int(size)
            clusters += 1
            if size == 1 { singletons += 1 }
            largestCluster = max(largestCluster, size)
            sizeHistogram.add(size: size)
        }
    }
}
