// The JSON keys of the training report, snake_case and stable (part of the stored model).

extension TrainingReport {
    enum CodingKeys: String, CodingKey {
        case records, sessions
        case totalPairs = "total_pairs"
        case sampledPairs = "sampled_pairs"
        case deterministicPairs = "deterministic_pairs"
        case deterministicRecall = "deterministic_recall"
    }
}

extension TrainingSessionReport {
    enum CodingKeys: String, CodingKey {
        case rule, pairs, iterations, converged
        case estimatedComparisons = "estimated_comparisons"
        case finalLambda = "final_lambda"
    }
}
