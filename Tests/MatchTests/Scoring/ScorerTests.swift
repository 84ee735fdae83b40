import Foundation
import Testing

@testable import Match

@Suite("Scoring: weights, term frequencies, explanations")
struct ScorerTests {
    static let comparisons = SyntheticPopulation.comparisons

    /// 100 records with a family name only: ten Smiths, two Zebedees, the others each a name of
    /// their own.
    static let records: [MatchRecord] = (0..<100).map { index in
        let family = index < 10 ? "smith" : index < 12 ? "zebedee" : "family\(index)"
        return MatchRecord(id: Int64(index), source: "test", key: "r\(index)", familyNames: [TextKey(family)])
    }

    /// The untrained model, with the family name's exact level at m 0.9, u 0.05 and the date of
    /// birth's at u 0.00004.
    static let model: MatchModel = {
        var model = MatchModel.untrained(comparisons, prior: 0.01)
        model.comparisons[1].levels[0].m = 0.9
        model.comparisons[1].levels[0].u = 0.05
        model.comparisons[2].levels[0].u = 0.000_04
        return model
    }()

    static let scorer = Scorer(
        model: model, comparisons: comparisons, termFrequencies: TermFrequencies(records: records, comparisons: comparisons))

    @Test(
        "term frequencies: a common family name weighs less than a rare one",
        arguments: [
            (pair: (0, 1), frequency: 0.1, adjustment: -1.0),
            (pair: (10, 11), frequency: 0.02, adjustment: 1.321_928_094_887_362_3),
        ])
    func termFrequency(pair: (Int, Int), frequency: Double, adjustment: Double) {
        let (a, b) = (Self.records[pair.0], Self.records[pair.1])
        let model = Self.model
        let expected = model.priorWeight + MatchWeight.weight(m: 0.9, u: 0.05) + adjustment
        #expect(abs(Self.scorer.score(a, b).weight - expected) < 1e-12)
        let explanation = Self.scorer.explain(a, b)
        #expect(explanation.comparisons[1].termFrequency == frequency)
        #expect(abs(explanation.comparisons[1].termFrequencyAdjustment! - adjustment) < 1e-12)
        #expect(explanation.comparisons[0].level == "missing")
    }

    @Test("the two frequencies differ by exactly log2(0.1 / 0.02); without frequencies neither is adjusted")
    func commonAgainstRare() {
        let common = Self.scorer.score(Self.records[0], Self.records[1]).weight
        let rare = Self.scorer.score(Self.records[10], Self.records[11]).weight
        #expect(abs(rare - common - MatchWeight.weight(ratio: 5)) < 1e-12)
        let plain = Scorer(model: Self.model, comparisons: Self.comparisons, termFrequencies: nil)
        #expect(plain.score(Self.records[0], Self.records[1]).weight == plain.score(Self.records[10], Self.records[11]).weight)
    }

    @Test("an exact match takes the larger frequency of the two records' values")
    func largerFrequency() {
        var b = Self.records[11]
        b.familyNames = [TextKey("zebedee"), TextKey("smith")]
        let explanation = Self.scorer.explain(Self.records[0], b)
        #expect(explanation.comparisons[1].level == "exact")
        #expect(explanation.comparisons[1].termFrequency == 0.1)
    }

    @Test("a value never seen is as rare as one seen once")
    func unknownValue() {
        var a = Self.records[0]
        var b = Self.records[1]
        a.familyNames = [TextKey("quux")]
        b.familyNames = [TextKey("quux")]
        let explanation = Self.scorer.explain(a, b)
        #expect(explanation.comparisons[1].level == "exact")
        let seenOnce = Self.scorer.explain(Self.records[50], Self.records[50])
        #expect(explanation.comparisons[1].termFrequency == 0.01)
        #expect(explanation.comparisons[1].termFrequencyAdjustment != nil)
        #expect(explanation.comparisons[1].termFrequencyAdjustment == seenOnce.comparisons[1].termFrequencyAdjustment)
    }

    @Test("a missing value contributes exactly 0")
    func missing() {
        var a = Self.records[0]
        let b = Self.records[10]
        a.birthDate = dob("1980-01-02")
        let score = Self.scorer.score(a, b)
        let explanation = Self.scorer.explain(a, b)
        #expect(score.vector[0] == nil && score.vector[1] == 2 && score.vector[2] == nil && score.vector[3] == nil)
        #expect(explanation.comparisons[2] == ComparisonExplanation(name: "date_of_birth", attribute: .dateOfBirth, level: "missing"))
        #expect(explanation.comparisons[0].weight == 0 && explanation.comparisons[0].levelIndex == nil)
        #expect(score.weight == Self.model.priorWeight + Self.model.comparisons[1].levels[2].weight)
    }

    @Test("an explanation's total is the sum of its parts and the score's weight")
    func explanationTotals() {
        let records = TrainingFixture.population.records
        let scorer = Scorer(
            model: TrainingFixture.model, comparisons: Self.comparisons,
            termFrequencies: TermFrequencies(records: records, comparisons: Self.comparisons))
        for pair in TrainingFixture.birthSession.pairs.prefix(200) + TrainingFixture.population.allPairs.prefix(200) {
            let (a, b) = (records[pair.first], records[pair.second])
            let score = scorer.score(a, b)
            let explanation = scorer.explain(a, b)
            #expect(explanation.totalWeight == score.weight)
            #expect(explanation.probability == score.probability)
            let sum = explanation.comparisons.reduce(explanation.priorWeight) { $0 + $1.totalWeight }
            #expect(abs(sum - score.weight) < 1e-9)
            #expect(explanation.comparisons.indices.allSatisfy { explanation.comparisons[$0].levelIndex == score.vector[$0] })
        }
    }

    static let probabilities: [(weight: Double, probability: Double)] = [
        (0, 0.5), (1, 2.0 / 3), (-1, 1.0 / 3), (10, 1024.0 / 1025), (-10, 1.0 / 1025), (2000, 1), (-2000, 0),
        (.infinity, 1), (-.infinity, 0),
    ]

    @Test("probability from a weight, without overflow", arguments: probabilities)
    func probability(weight: Double, probability: Double) {
        #expect(abs(MatchWeight.probability(weight: weight) - probability) < 1e-15)
    }

    @Test("the frequency of a value among the records that have one")
    func frequencies() {
        let frequencies = TermFrequencies(records: Self.records, comparisons: Self.comparisons)
        #expect(frequencies.frequency(comparison: 1, value: "smith") == 0.1)
        #expect(frequencies.frequency(comparison: 1, value: "family50") == 0.01)
        #expect(frequencies.frequency(comparison: 0, value: "smith") == nil)
        // Never seen: as rare as a value seen once.
        #expect(frequencies.frequency(comparison: 1, value: "quux") == 0.01)
        #expect(frequencies.frequency(comparison: 1, value: "") == nil)
        #expect(frequencies.frequency(comparison: 2, value: "1980-01-02") == nil)
        #expect(frequencies.distinctValues(comparison: 1) == 90)
        #expect(frequencies.distinctValues(comparison: 3) == 0)
    }

    @Test("explanation JSON has snake_case keys and leaves out what a missing level lacks")
    func explanationJSON() throws {
        let explanation = Self.scorer.explain(Self.records[10], Self.records[11])
        let data = try JSONEncoder().encode(explanation)
        #expect(try JSONDecoder().decode(PairExplanation.self, from: data) == explanation)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["prior", "prior_weight", "comparisons", "total_weight", "probability"])
        let parts = try #require(object["comparisons"] as? [[String: Any]])
        #expect(Set(parts[1].keys) == [
            "name", "attribute", "level", "level_index", "m", "u", "weight", "term_frequency_adjustment",
            "term_frequency",
        ])
        #expect(Set(parts[2].keys) == ["name", "attribute", "level", "weight"])
    }
}
