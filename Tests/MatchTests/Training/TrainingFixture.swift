@testable import Match

/// The synthetic population of the training and scoring tests, trained once.
enum TrainingFixture {
    static let population = SyntheticPopulation(people: 300, seed: 7)
    static var comparisons: ComparisonSet { SyntheticPopulation.comparisons }

    static func rule(_ text: String) -> BlockingRule { BlockingRule(keys: [try! BlockingKey(parsing: text)]) }

    /// Pairs sharing a date of birth, and pairs sharing an e-mail.
    static let birthSession = TrainingSession(
        rule: rule("date_of_birth"), pairs: population.pairs(agreeingOn: "date_of_birth"))
    static let emailSession = TrainingSession(rule: rule("email"), pairs: population.pairs(agreeingOn: "email"))

    static func trainer(samplePairs: Int = 1_000_000, seed: UInt64 = 1, maxIterations: Int = 100) -> Trainer {
        Trainer(
            comparisons: comparisons,
            settings: TrainingSettings(
                samplePairs: samplePairs, rules: [], maxIterations: maxIterations, tolerance: 1e-6, seed: seed),
            deterministicRecall: 0.8)
    }

    /// Trained on every pair for u, both sessions for m, and the e-mail pairs as the
    /// deterministic ones.
    static let model = trainer().train(
        records: population.records, sessions: [birthSession, emailSession],
        deterministicPairs: emailSession.pairs.count)
}
