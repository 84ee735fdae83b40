extension Scorer {
    /// The score of two records, comparison by comparison (see ``PairExplanation``). Its
    /// total weight and probability are the same as ``score(_:_:)``'s.
    ///
    /// - Complexity: that of ``score(_:_:)``, plus O(*c*) for *c* comparisons.
    public func explain(_ a: MatchRecord, _ b: MatchRecord) -> PairExplanation {
        var total = priorWeight
        var parts: [ComparisonExplanation] = []
        for (index, comparison) in comparisons.comparisons.enumerated() {
            var part = ComparisonExplanation(name: comparison.name, attribute: comparison.attribute, level: "missing")
            if let level = comparison.level(a, b) {
                let parameters = model.comparisons[index].levels[level]
                part.level = parameters.name
                part.levelIndex = level
                part.m = parameters.m
                part.u = parameters.u
                part.weight = weight(comparison: index, level: level)
                if comparison.termFrequency, comparison.isExactLevel(level),
                    let adjustment = termFrequencyAdjustment(index, a, b)
                {
                    part.termFrequencyAdjustment = adjustment.weight
                    part.termFrequency = adjustment.frequency
                }
            }
            // The same additions in the same order as `score`, so the totals are equal exactly.
            total += part.weight
            if let adjustment = part.termFrequencyAdjustment { total += adjustment }
            parts.append(part)
        }
        return PairExplanation(
            prior: model.prior, priorWeight: priorWeight, comparisons: parts, totalWeight: total,
            probability: MatchWeight.probability(weight: total))
    }
}
