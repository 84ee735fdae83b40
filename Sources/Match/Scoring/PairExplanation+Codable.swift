// The JSON keys of `golden explain --pair --json`, snake_case and stable.

extension PairExplanation {
    enum CodingKeys: String, CodingKey {
        case prior, comparisons, probability
        case priorWeight = "prior_weight"
        case totalWeight = "total_weight"
    }
}

extension ComparisonExplanation {
    enum CodingKeys: String, CodingKey {
        case name, attribute, level, m, u, weight
        case levelIndex = "level_index"
        case termFrequencyAdjustment = "term_frequency_adjustment"
        case termFrequency = "term_frequency"
    }
}
