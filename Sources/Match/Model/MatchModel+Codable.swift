// The JSON keys of the model, snake_case: stored in the database and printed, so stable.

extension MatchModel {
    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case fingerprint, prior, comparisons, training
    }
}

extension ComparisonParameters {
    enum CodingKeys: String, CodingKey {
        case name, attribute, levels
        case termFrequency = "term_frequency"
        case uPairs = "u_pairs"
        case mPairs = "m_pairs"
    }
}

extension LevelParameters {
    enum CodingKeys: String, CodingKey {
        case name, m, u
        case uCount = "u_count"
    }
}
