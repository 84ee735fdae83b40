/// Scores pairs of records with a trained ``MatchModel``: the Fellegi–Sunter weight of their
/// comparison levels, with term-frequency adjustments, and the match probability.
///
/// ```swift
/// let scorer = Scorer(model: model, comparisons: set, termFrequencies: TermFrequencies(records: records, comparisons: set))
/// let score = scorer.score(records[3], records[9])
/// score.weight       // 12.4
/// score.probability  // 0.9998
/// scorer.explain(records[3], records[9]).text  // the same, comparison by comparison
/// ```
public struct Scorer: Sendable {
    public let model: MatchModel
    public let comparisons: ComparisonSet
    public let termFrequencies: TermFrequencies?
    /// log₂(m / u) of level *l* of comparison *c* at `offsets[c] + l`.
    private let weights: [Double]
    private let offsets: [Int]
    /// Per comparison: the index of its exact level when its exact matches are weighed by term
    /// frequency, otherwise -1.
    let adjustedLevel: [Int]
    /// The prior's weight, log₂(λ / (1 − λ)).
    public let priorWeight: Double

    /// A scorer of `model`, which must fit `comparisons` (``MatchModel/fits(_:)``).
    ///
    /// - Parameter termFrequencies: the frequencies of values; `nil` scores without adjustments.
    /// - Complexity: O(*L*) in the number of levels.
    public init(model: MatchModel, comparisons: ComparisonSet, termFrequencies: TermFrequencies?) {
        precondition(model.fits(comparisons), "the model was trained for other comparisons")
        self.model = model
        self.comparisons = comparisons
        self.termFrequencies = termFrequencies
        var weights: [Double] = []
        var offsets: [Int] = []
        var adjusted: [Int] = []
        for (index, comparison) in comparisons.comparisons.enumerated() {
            offsets.append(weights.count)
            weights += Self.monotone(model.comparisons[index].levels.map(\.weight))
            let exact = comparison.levelNames.indices.first { comparison.isExactLevel($0) }
            adjusted.append(comparison.termFrequency && termFrequencies != nil ? exact ?? -1 : -1)
        }
        self.weights = weights
        self.offsets = offsets
        self.adjustedLevel = adjusted
        priorWeight = model.priorWeight
    }

    /// Level weights with every level above `else` at least as heavy as `else`: a near
    /// agreement (a street a typo away) is never worse evidence than a clear disagreement, even
    /// where EM, on little data, found no match at that level.
    static func monotone(_ weights: [Double]) -> [Double] {
        guard let floor = weights.last else { return weights }
        return weights.enumerated().map { $0.offset == weights.count - 1 ? $0.element : max($0.element, floor) }
    }

    /// The score of two records.
    ///
    /// Each comparison adds its level's weight, log₂(m / u), and nothing when either record
    /// lacks the value. An exact match of a term-frequency comparison adds log₂(u_exact /
    /// max(*f*, ``MatchWeight/epsilon``)), where *f* is the larger frequency of the two
    /// records' values: a common value's match counts for less, a rare one's for more. Values
    /// without a known frequency get no adjustment.
    /// - Complexity: that of the comparisons (``ComparisonSet/vector(_:_:)``) plus one hash per
    ///   term-frequency adjustment.
    public func score(_ a: MatchRecord, _ b: MatchRecord) -> PairScore {
        let vector = comparisons.vector(a, b)
        var weight = priorWeight
        for index in offsets.indices {
            guard let level = vector[index] else { continue }
            weight += weights[offsets[index] + level]
            if level == adjustedLevel[index], let adjustment = termFrequencyAdjustment(index, a, b) {
                weight += adjustment.weight
            }
        }
        return PairScore(vector: vector, weight: weight, probability: MatchWeight.probability(weight: weight))
    }

    /// The weight of level `level` of comparison `index`, log₂(m / u).
    ///
    /// - Complexity: O(1).
    public func weight(comparison index: Int, level: Int) -> Double { weights[offsets[index] + level] }

    /// The term-frequency adjustment of an exact match of comparison `index`: its weight and
    /// the frequency it used; `nil` when neither record's value has a known frequency.
    func termFrequencyAdjustment(_ index: Int, _ a: MatchRecord, _ b: MatchRecord) -> (weight: Double, frequency: Double)? {
        guard let termFrequencies else { return nil }
        let comparison = comparisons.comparisons[index]
        let first = comparison.termValue(of: a).flatMap { termFrequencies.frequency(comparison: index, value: $0) }
        let second = comparison.termValue(of: b).flatMap { termFrequencies.frequency(comparison: index, value: $0) }
        let frequency: Double
        switch (first, second) {
        case (let x?, let y?): frequency = max(x, y)
        case (let x?, nil), (nil, let x?): frequency = x
        case (nil, nil): return nil
        }
        return (termFrequencyWeight(index, frequency: frequency), frequency)
    }

    /// The term-frequency adjustment of an exact match of comparison `index` (which has one) at
    /// value frequency `frequency`: log₂(u_exact / max(`frequency`, ``MatchWeight/epsilon``)).
    func termFrequencyWeight(_ index: Int, frequency: Double) -> Double {
        let exactU = model.comparisons[index].levels[adjustedLevel[index]].u
        return MatchWeight.weight(ratio: exactU / max(frequency, MatchWeight.epsilon))
    }
}
