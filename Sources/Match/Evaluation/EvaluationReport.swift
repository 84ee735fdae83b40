/// How well a clustering agrees with labelled truth: pairwise and B-cubed precision, recall and
/// F1, counts, cluster sizes, and the worst false merges and false splits with their records.
///
/// **Which records are scored.** Only records present in both the prediction and the truth are
/// scored; records on one side only are counted (``unmatchedInPrediction``,
/// ``unmatchedInTruth``) and sampled, never silently dropped. Cluster sizes, cluster and entity
/// counts and every metric are taken over those common records, so a cluster of five records of
/// which two are labelled counts as a cluster of two. Scoring the intersection keeps the numbers
/// meaningful when the truth covers only part of the data (a labelled sample), and the unmatched
/// counts show at a glance when the two sides do not name records the same way.
///
/// A record listed twice on one side keeps its first label; the repeats are counted in
/// ``duplicatesInPrediction`` and ``duplicatesInTruth``.
///
/// Encoded with snake_case keys (`b_cubed`, `false_merges`, …) under ``schemaVersion``; ``text``
/// is the table `golden evaluate` prints.
public struct EvaluationReport: Hashable, Sendable, Codable {
    /// Version of this layout, for tools that read the JSON.
    public var schemaVersion = 1
    /// Records present in both the prediction and the truth: the ones scored.
    public var records: Int
    /// Records in the prediction that the truth does not label.
    public var unmatchedInPrediction: Int
    /// Labelled records that the prediction does not place in any cluster.
    public var unmatchedInTruth: Int
    /// Repeated listings of a record in the prediction (the first one counts).
    public var duplicatesInPrediction: Int
    /// Repeated listings of a record in the truth (the first one counts).
    public var duplicatesInTruth: Int
    /// Predicted clusters with at least one scored record.
    public var predictedClusters: Int
    /// True entities with at least one scored record.
    public var trueEntities: Int
    /// Predicted clusters holding records of more than one true entity.
    public var falseMergeClusters: Int
    /// True entities whose records are spread over more than one predicted cluster.
    public var falseSplitEntities: Int
    /// Precision, recall and F1 over record pairs.
    public var pairwise: PairwiseScores
    /// Precision, recall and F1 per record, averaged over records.
    public var bCubed: Scores
    /// How many predicted clusters and true entities have each size (scored records only).
    public var clusterSizes: [SizeBucket]
    /// The predicted clusters that join the most pairs of different entities, worst first.
    public var falseMerges: [FalseMerge]
    /// The true entities whose records are kept apart in the most pairs, worst first.
    public var falseSplits: [FalseSplit]
    /// The first unmatched prediction records in ``RecordRef`` order.
    public var unmatchedInPredictionSample: [RecordRef]
    /// The first unmatched truth records in ``RecordRef`` order.
    public var unmatchedInTruthSample: [RecordRef]

    /// One bin of the size histogram: sizes `minSize...maxSize` (one size up to 10, then bins of
    /// 11–20, 21–50, 51–100, 101–200, …).
    public struct SizeBucket: Hashable, Sendable, Codable {
        public var minSize: Int
        public var maxSize: Int
        /// Predicted clusters with a size in the bin.
        public var predictedClusters: Int
        /// True entities with a size in the bin.
        public var trueEntities: Int

        public init(minSize: Int, maxSize: Int, predictedClusters: Int, trueEntities: Int) {
            self.minSize = minSize
            self.maxSize = maxSize
            self.predictedClusters = predictedClusters
            self.trueEntities = trueEntities
        }

        enum CodingKeys: String, CodingKey {
            case minSize = "min_size", maxSize = "max_size"
            case predictedClusters = "predicted_clusters", trueEntities = "true_entities"
        }
    }

    /// The records a predicted cluster and a true entity have in common (a cell of the
    /// contingency table), seen from one side: `id` names the other side.
    public struct Overlap: Hashable, Sendable, Codable {
        /// The true entity (in a ``FalseMerge``) or the predicted cluster (in a ``FalseSplit``).
        public var id: String
        /// How many records the two share.
        public var size: Int
        /// The first shared records in ``RecordRef`` order, at most the options' record limit.
        public var records: [RecordRef]

        public init(id: String, size: Int, records: [RecordRef]) {
            self.id = id
            self.size = size
            self.records = records
        }
    }

    /// A predicted cluster that holds records of several true entities.
    public struct FalseMerge: Hashable, Sendable, Codable {
        /// The predicted cluster, as its identifier prints.
        public var cluster: String
        /// Scored records in the cluster.
        public var size: Int
        /// Pairs in the cluster whose records belong to different entities.
        public var wrongPairs: Int
        /// The entities it joins, largest share first (ties by entity id).
        public var entities: [Overlap]
        /// Entities joined but left out of ``entities`` by the options' overlap limit.
        public var omittedEntities: Int

        public init(cluster: String, size: Int, wrongPairs: Int, entities: [Overlap], omittedEntities: Int) {
            self.cluster = cluster
            self.size = size
            self.wrongPairs = wrongPairs
            self.entities = entities
            self.omittedEntities = omittedEntities
        }

        enum CodingKeys: String, CodingKey {
            case cluster, size, wrongPairs = "wrong_pairs", entities, omittedEntities = "omitted_entities"
        }
    }

    /// A true entity whose records are spread over several predicted clusters.
    public struct FalseSplit: Hashable, Sendable, Codable {
        /// The true entity id.
        public var entity: String
        /// Scored records of the entity.
        public var size: Int
        /// Pairs of the entity's records that fall in different clusters.
        public var missedPairs: Int
        /// The clusters it is spread over, largest share first (ties by first record).
        public var clusters: [Overlap]
        /// Clusters left out of ``clusters`` by the options' overlap limit.
        public var omittedClusters: Int

        public init(entity: String, size: Int, missedPairs: Int, clusters: [Overlap], omittedClusters: Int) {
            self.entity = entity
            self.size = size
            self.missedPairs = missedPairs
            self.clusters = clusters
            self.omittedClusters = omittedClusters
        }

        enum CodingKeys: String, CodingKey {
            case entity, size, missedPairs = "missed_pairs", clusters, omittedClusters = "omitted_clusters"
        }
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", records
        case unmatchedInPrediction = "unmatched_in_prediction", unmatchedInTruth = "unmatched_in_truth"
        case duplicatesInPrediction = "duplicates_in_prediction", duplicatesInTruth = "duplicates_in_truth"
        case predictedClusters = "predicted_clusters", trueEntities = "true_entities"
        case falseMergeClusters = "false_merge_clusters", falseSplitEntities = "false_split_entities"
        case pairwise, bCubed = "b_cubed", clusterSizes = "cluster_sizes"
        case falseMerges = "false_merges", falseSplits = "false_splits"
        case unmatchedInPredictionSample = "unmatched_in_prediction_sample"
        case unmatchedInTruthSample = "unmatched_in_truth_sample"
    }
}
