import GoldenCore
import Testing

@testable import Match

@Suite("Pair bands")
struct PairBandTests {
    typealias F = ClusterFixture

    @Test(
        "Bands at and around the thresholds (match 0.95, review 0.5)",
        arguments: [
            (1.0, PairBand.match), (0.95, .match), (0.95.nextDown, .review), (0.7, .review), (0.5, .review),
            (0.5.nextDown, .nonMatch), (0.0, .nonMatch), (.nan, .nonMatch),
        ])
    func thresholds(_ probability: Double, _ band: PairBand) {
        #expect(F.clusterer().band(of: F.bare(0, 1, probability)) == band)
    }

    /// (given name of the second record, household guard on, band at 0.99).
    @Test(
        "The household guard demotes clearly different given names only",
        arguments: [
            ("harriet" as String?, true, PairBand.review),  // else: demoted
            ("harriet", false, .match),  // guard off
            ("ann", true, .match),  // exact
            ("anne", true, .match),  // close enough
            (nil, true, .match),  // missing: no evidence either way
        ])
    func household(_ given: String?, _ guardOn: Bool, _ band: PairBand) {
        let records = [F.record(0, given: "ann"), F.record(1, given: given)]
        let pair = F.scored(0, 1, 0.99, in: records)
        #expect(F.clusterer(household: guardOn).band(of: pair) == band)
        // Below the match threshold the guard changes nothing.
        #expect(F.clusterer(household: guardOn).band(of: F.scored(0, 1, 0.7, in: records)) == .review)
    }

    @Test("With a scorer, a given-name level that weighs under 1 also counts as clearly different")
    func householdByWeight() {
        let comparisons = F.settings.comparisons
        var model = MatchModel.untrained(comparisons, prior: 0.001)
        let given = comparisons.index(of: "given_name")!
        // jaro_winkler>=0.8 (level 3): as common among strangers as among matches.
        model.comparisons[given].levels[3].m = 0.01
        model.comparisons[given].levels[3].u = 0.01
        // jaro_winkler>=0.92 (level 2): clear evidence.
        model.comparisons[given].levels[2].m = 0.2
        model.comparisons[given].levels[2].u = 0.002
        let scorer = Scorer(model: model, comparisons: comparisons, termFrequencies: nil)
        #expect(scorer.weight(comparison: given, level: 3) < 1)
        #expect(scorer.weight(comparison: given, level: 2) >= 1)
        var vector = ComparisonVector.allMissing
        vector[given] = 3
        let pair = ScoredPair(pair: RecordPair(0, 1), vector: vector, weight: 9, probability: 0.99)
        let withScorer = Clusterer(
            thresholds: F.settings.thresholds, settings: F.settings.clustering, comparisons: comparisons, scorer: scorer)
        let without = Clusterer(thresholds: F.settings.thresholds, settings: F.settings.clustering, comparisons: comparisons)
        #expect(withScorer.band(of: pair) == .review)
        #expect(without.band(of: pair) == .match)
        vector[given] = 2
        #expect(withScorer.band(of: ScoredPair(pair: RecordPair(0, 1), vector: vector, weight: 9, probability: 0.99)) == .match)
    }

    @Test("The guard reads the given-name comparison wherever it sits in the vector")
    func givenNameElsewhere() throws {
        let comparisons = try ComparisonSet([
            try Comparison(name: "dob", attribute: .dateOfBirth, levels: ["exact", "else"]),
            try Comparison(name: "first", attribute: .givenName, levels: ["exact", "jaro_winkler>=0.9", "else"]),
        ])
        let clusterer = Clusterer(
            thresholds: Thresholds(match: 0.9, review: 0.6),
            settings: ClusterSettings(maxClusterSize: 10, cannotLink: [], householdGuard: true), comparisons: comparisons)
        var vector = ComparisonVector.allMissing
        vector[0] = 0
        for (level, band) in [(0, PairBand.match), (1, .match), (2, .review)] {
            vector[1] = level
            let pair = ScoredPair(pair: RecordPair(0, 1), vector: vector, weight: 9, probability: 0.95)
            #expect(clusterer.band(of: pair) == band)
        }
    }

    @Test("Pair bands and review kinds keep their stored names")
    func rawValues() {
        #expect(PairBand.allCases.map(\.rawValue) == ["match", "review", "non_match"])
        #expect(ReviewKind.allCases.map(\.rawValue) == ["review_band", "cannot_link", "cluster_size", "household"])
    }
}
