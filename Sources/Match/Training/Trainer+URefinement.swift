extension Trainer.USample {
    /// The most rounds ``refine(_:)`` takes; each is one pass over the sample's distinct vectors.
    static let refinementRounds = 20

    /// Re-estimates `model`'s u with each sampled pair counted by its chance of being a
    /// non-match under the model, P(non-match | its levels), and returns the largest change of
    /// any level's u, relative to its old value.
    ///
    /// u is a property of non-matches, and random pairs are taken as non-matches. In a large
    /// population that holds (about λ of them match, one in a million), but in a small one where
    /// a person has many records — a shopper's dozen receipts, all with the same phone — the
    /// matches among random pairs make a shared phone look common among strangers, and a
    /// phone-only receipt then never links. Weighting each pattern by its posterior non-match
    /// probability removes them; on a large population it changes nothing. The weights and u
    /// are refit in turn until no u moves by more than the training tolerance.
    /// - Complexity: O(*r* · *v* · *c*) for *r* rounds over *v* distinct vectors of *c* comparisons.
    @discardableResult
    public func refine(_ model: inout MatchModel, tolerance: Double = 1e-4) -> Double {
        guard !patterns.isEmpty else { return 0 }
        let original = model.comparisons.map { $0.levels.map(\.u) }
        for _ in 0..<Self.refinementRounds {
            var weighted = model.comparisons.map { [Double](repeating: 0, count: $0.levels.count) }
            for pattern in patterns {
                let nonMatch = 1 - MatchWeight.probability(weight: model.weight(of: pattern.vector))
                let count = Double(pattern.count) * nonMatch
                for index in weighted.indices {
                    if let level = pattern.vector[index] { weighted[index][level] += count }
                }
            }
            var change = 0.0
            for (index, counts) in weighted.enumerated() {
                let observed = levelCounts[index].reduce(0, +)
                let total = counts.reduce(0, +)
                guard observed > 0, total > 0 else { continue }
                let floor = 0.5 / Double(observed)
                for (level, count) in counts.enumerated() {
                    let old = model.comparisons[index].levels[level].u
                    let new = MatchWeight.clamped(max(count / total, floor))
                    model.comparisons[index].levels[level].u = new
                    change = max(change, abs(new - old) / old)
                }
            }
            if change < tolerance { break }
        }
        var largest = 0.0
        for (index, levels) in original.enumerated() {
            for (level, old) in levels.enumerated() {
                largest = max(largest, abs(model.comparisons[index].levels[level].u - old) / old)
            }
        }
        return largest
    }
}

extension MatchModel {
    /// The weight of a comparison vector without term-frequency adjustments: the prior's plus
    /// log₂(m / u) of each level present.
    ///
    /// - Complexity: O(*c*) in the number of comparisons.
    func weight(of vector: ComparisonVector) -> Double {
        var weight = priorWeight
        for index in comparisons.indices {
            if let level = vector[index] { weight += comparisons[index].levels[level].weight }
        }
        return weight
    }
}
