/// The clusters of one run: each record's cluster, the pairs left to a data steward, and what
/// happened on the way.
public struct Clustering: Sendable {
    /// Per record position, its cluster's representative: the smallest record position in it.
    public var clusterOf: [Int32]
    /// Pairs for review, by pair; one item per pair (from its most probable entry).
    public var reviews: [ReviewCandidate]
    public var statistics: ClusteringStatistics

    public init(clusterOf: [Int32], reviews: [ReviewCandidate], statistics: ClusteringStatistics) {
        self.clusterOf = clusterOf
        self.reviews = reviews
        self.statistics = statistics
    }

    /// The clusters as sorted lists of record positions, ordered by representative.
    ///
    /// - Complexity: O(*n*) for *n* records.
    public func members() -> [[Int]] {
        // Positions ascend, so a cluster is first met at its representative.
        var slotOf = [Int32](repeating: -1, count: clusterOf.count)
        var clusters: [[Int]] = []
        for (position, representative) in clusterOf.enumerated() {
            let rep = Int(representative)
            if slotOf[rep] < 0 {
                slotOf[rep] = Int32(clusters.count)
                clusters.append([])
            }
            clusters[Int(slotOf[rep])].append(position)
        }
        return clusters
    }
}
