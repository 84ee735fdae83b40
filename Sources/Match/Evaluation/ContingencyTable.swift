/// The counts of scored records per (predicted cluster, true entity), built in O(*n*) without
/// hashing: records are grouped by cluster with a counting sort, and each cluster's entities are
/// tallied in a scratch array.
///
/// Records are numbered `0..<entityOf.count`; a record with `clusterOf[r] < 0` is not scored (it
/// has no predicted cluster). Every cluster index in `clusterOf` must have at least one record.
struct ContingencyTable {
    /// One non-empty cell: `count` records in `cluster` and `entity`.
    struct Cell {
        var cluster: Int32
        var entity: Int32
        var count: Int
    }

    /// Scored records per cluster (*a*ᵢ).
    private(set) var clusterSizes: [Int]
    /// Scored records per entity (*b*ⱼ); 0 for an entity none of whose records is scored.
    private(set) var entitySizes: [Int]
    /// Scored record numbers grouped by cluster, ascending within a cluster.
    private(set) var recordsByCluster: [Int32]
    /// Where each cluster's records start in ``recordsByCluster`` (one more entry than clusters).
    private(set) var clusterStart: [Int]
    /// Non-empty cells grouped by cluster, in order of each entity's first record in the cluster.
    private(set) var cells: [Cell]
    /// Where each cluster's cells start in ``cells`` (one more entry than clusters).
    private(set) var cellStart: [Int]
    /// Σ C(*n*ᵢⱼ, 2) over the cells of each entity.
    private(set) var entitySamePairs: [Int]
    /// Σ *n*ᵢⱼ² over the cells of each entity.
    private(set) var entitySquares: [Int]
    /// The number of clusters each entity's scored records fall in.
    private(set) var entityClusterCount: [Int]
    /// Σ C(*n*ᵢⱼ, 2) over the cells of each cluster.
    private(set) var clusterSamePairs: [Int]
    /// Σ *n*ᵢⱼ² over the cells of each cluster.
    private(set) var clusterSquares: [Int]

    /// The number of scored records.
    var records: Int { recordsByCluster.count }

    /// - Complexity: O(*n* + clusters + entities).
    init(clusterOf: [Int32], entityOf: [Int32], clusters: Int, entities: Int) {
        precondition(clusterOf.count == entityOf.count)
        clusterSizes = Array(repeating: 0, count: clusters)
        entitySizes = Array(repeating: 0, count: entities)
        for record in clusterOf.indices where clusterOf[record] >= 0 {
            clusterSizes[Int(clusterOf[record])] &+= 1
            entitySizes[Int(entityOf[record])] &+= 1
        }
        clusterStart = Array(repeating: 0, count: clusters + 1)
        for cluster in 0..<clusters { clusterStart[cluster + 1] = clusterStart[cluster] + clusterSizes[cluster] }
        var next = clusterStart
        recordsByCluster = Array(repeating: 0, count: clusterStart[clusters])
        for record in clusterOf.indices where clusterOf[record] >= 0 {
            let cluster = Int(clusterOf[record])
            recordsByCluster[next[cluster]] = Int32(record)
            next[cluster] &+= 1
        }

        cells = []
        cells.reserveCapacity(recordsByCluster.count)
        cellStart = Array(repeating: 0, count: clusters + 1)
        entitySamePairs = Array(repeating: 0, count: entities)
        entitySquares = Array(repeating: 0, count: entities)
        entityClusterCount = Array(repeating: 0, count: entities)
        clusterSamePairs = Array(repeating: 0, count: clusters)
        clusterSquares = Array(repeating: 0, count: clusters)
        var tally = Array(repeating: 0, count: entities)
        var touched: [Int32] = []
        for cluster in 0..<clusters {
            for position in clusterStart[cluster]..<clusterStart[cluster + 1] {
                let entity = entityOf[Int(recordsByCluster[position])]
                if tally[Int(entity)] == 0 { touched.append(entity) }
                tally[Int(entity)] &+= 1
            }
            for entity in touched {
                let count = tally[Int(entity)]
                tally[Int(entity)] = 0
                cells.append(Cell(cluster: Int32(cluster), entity: entity, count: count))
                let same = Self.pairCount(count), square = count &* count
                clusterSamePairs[cluster] &+= same
                clusterSquares[cluster] &+= square
                entitySamePairs[Int(entity)] &+= same
                entitySquares[Int(entity)] &+= square
                entityClusterCount[Int(entity)] &+= 1
            }
            touched.removeAll(keepingCapacity: true)
            cellStart[cluster + 1] = cells.count
        }
    }

    /// Pairwise counts: Σ C(*n*ᵢⱼ, 2), Σ C(*a*ᵢ, 2), Σ C(*b*ⱼ, 2).
    ///
    /// - Complexity: O(clusters + entities).
    var pairwise: PairwiseScores {
        PairwiseScores(
            truePositivePairs: clusterSamePairs.reduce(0, &+),
            predictedPairs: clusterSizes.reduce(0) { $0 &+ Self.pairCount($1) },
            truePairs: entitySizes.reduce(0) { $0 &+ Self.pairCount($1) })
    }

    /// B-cubed: the mean over records *r* of |C(*r*) ∩ T(*r*)| / |C(*r*)| (precision) and
    /// / |T(*r*)| (recall), that is (1/*n*) Σᵢ (Σⱼ *n*ᵢⱼ²) / *a*ᵢ and (1/*n*) Σⱼ (Σᵢ *n*ᵢⱼ²) / *b*ⱼ.
    /// Both are 1 when no record is scored.
    ///
    /// - Complexity: O(clusters + entities).
    var bCubed: Scores {
        guard records > 0 else { return Scores(precision: 1, recall: 1) }
        var precision = 0.0, recall = 0.0
        for cluster in clusterSizes.indices {
            precision += Double(clusterSquares[cluster]) / Double(clusterSizes[cluster])
        }
        for entity in entitySizes.indices where entitySizes[entity] > 0 {
            recall += Double(entitySquares[entity]) / Double(entitySizes[entity])
        }
        return Scores(precision: precision / Double(records), recall: recall / Double(records))
    }

    /// C(*n*, 2): the number of unordered pairs among `n` things.
    @inline(__always)
    static func pairCount(_ n: Int) -> Int { n > 1 ? n &* (n &- 1) / 2 : 0 }

    /// The cells of `cluster`.
    func cells(of cluster: Int) -> ArraySlice<Cell> { cells[cellStart[cluster]..<cellStart[cluster + 1]] }

    /// The scored records of `cluster`, ascending.
    func records(of cluster: Int) -> ArraySlice<Int32> {
        recordsByCluster[clusterStart[cluster]..<clusterStart[cluster + 1]]
    }
}
