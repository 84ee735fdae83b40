/// Precision, recall and their harmonic mean (F1) for one way of counting agreement.
///
/// **Empty denominators.** Precision is 1 when nothing was predicted (no predicted pairs, or no
/// records at all): nothing claimed, nothing claimed wrongly. Recall is 1 when there was nothing to
/// find. F1 is 0 when precision and recall are both 0. So an all-singletons prediction against an
/// all-singletons truth scores 1/1/1, and against a truth with duplicates scores precision 1,
/// recall 0, F1 0.
public struct Scores: Hashable, Sendable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        let sum = precision + recall
        f1 = sum > 0 ? 2 * precision * recall / sum : 0
    }

    /// `numerator / denominator`, or 1 when the denominator is 0 (see the type's summary).
    static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 1 : Double(numerator) / Double(denominator)
    }
}

/// Pairwise agreement: over the record pairs that share a predicted cluster and the pairs that
/// share a true entity.
///
/// Counted from the contingency table without listing pairs: with *n*ᵢⱼ records in predicted
/// cluster *i* and true entity *j*, *a*ᵢ records in cluster *i* and *b*ⱼ in entity *j*,
/// true positives = Σ C(*n*ᵢⱼ, 2), predicted pairs = Σ C(*a*ᵢ, 2), true pairs = Σ C(*b*ⱼ, 2).
public struct PairwiseScores: Hashable, Sendable, Codable {
    /// Pairs in the same predicted cluster and the same true entity.
    public var truePositivePairs: Int
    /// Pairs in the same predicted cluster.
    public var predictedPairs: Int
    /// Pairs in the same true entity.
    public var truePairs: Int
    /// Precision, recall and F1 of the counts (precision or recall 1 when its denominator is 0).
    public var scores: Scores

    public init(truePositivePairs: Int, predictedPairs: Int, truePairs: Int) {
        self.truePositivePairs = truePositivePairs
        self.predictedPairs = predictedPairs
        self.truePairs = truePairs
        scores = Scores(
            precision: Scores.ratio(truePositivePairs, predictedPairs),
            recall: Scores.ratio(truePositivePairs, truePairs))
    }

    /// Pairs wrongly put together (false positives).
    public var falsePositivePairs: Int { predictedPairs - truePositivePairs }
    /// Pairs wrongly kept apart (false negatives).
    public var falseNegativePairs: Int { truePairs - truePositivePairs }

    enum CodingKeys: String, CodingKey {
        case truePositivePairs = "true_positive_pairs", predictedPairs = "predicted_pairs"
        case truePairs = "true_pairs", precision, recall, f1
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        truePositivePairs = try container.decode(Int.self, forKey: .truePositivePairs)
        predictedPairs = try container.decode(Int.self, forKey: .predictedPairs)
        truePairs = try container.decode(Int.self, forKey: .truePairs)
        scores = Scores(
            precision: try container.decode(Double.self, forKey: .precision),
            recall: try container.decode(Double.self, forKey: .recall))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scores.precision, forKey: .precision)
        try container.encode(scores.recall, forKey: .recall)
        try container.encode(scores.f1, forKey: .f1)
        try container.encode(truePositivePairs, forKey: .truePositivePairs)
        try container.encode(predictedPairs, forKey: .predictedPairs)
        try container.encode(truePairs, forKey: .truePairs)
    }
}
