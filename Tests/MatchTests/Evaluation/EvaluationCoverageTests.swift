import Testing

@testable import Match

@Suite("Evaluation: records on one side only, repeats")
struct EvaluationCoverageTests {
    /// Records missing from one side are counted and sampled; scores use the common records.
    @Test("records only in the prediction or only in the truth")
    func oneSided() {
        let report = ClusteringEvaluator().evaluate(
            prediction: EvalFixture.prediction("a b x | c y | z"), truth: EvalFixture.truth("a b c | d | e"))
        #expect(report.records == 3)
        #expect(report.unmatchedInPrediction == 3)
        #expect(report.unmatchedInTruth == 2)
        #expect(report.unmatchedInPredictionSample == ["x", "y", "z"].map { EvalFixture.ref($0) })
        #expect(report.unmatchedInTruthSample == ["d", "e"].map { EvalFixture.ref($0) })
        // Scored as (a b | c) against (a b c); entities d and e have no scored record.
        #expect(report.predictedClusters == 2)
        #expect(report.trueEntities == 1)
        #expect(report.pairwise == PairwiseScores(truePositivePairs: 1, predictedPairs: 1, truePairs: 3))
    }

    @Test("no record in common: nothing scored, everything counted")
    func disjoint() {
        let report = ClusteringEvaluator().evaluate(
            prediction: EvalFixture.prediction("a b"), truth: [(EvalFixture.ref("a", source: "other"), "T0")])
        #expect(report.records == 0)
        #expect(report.unmatchedInPrediction == 2)
        #expect(report.unmatchedInTruth == 1)
        #expect(report.predictedClusters == 0)
        #expect(report.trueEntities == 0)
        #expect(report.clusterSizes.isEmpty)
        #expect(report.unmatchedInTruthSample == [EvalFixture.ref("a", source: "other")])
    }

    /// Samples are capped at the list limit and are the smallest records, ascending.
    @Test("unmatched samples are capped and ordered")
    func cappedSamples() {
        let keys = (0..<30).map { "k\(String($0 + 100))" }
        let prediction = Dictionary(uniqueKeysWithValues: keys.reversed().map { (EvalFixture.ref($0), 0) })
        let report = ClusteringEvaluator(options: .init(listLimit: 5)).evaluate(prediction: prediction, truth: [])
        #expect(report.unmatchedInPrediction == 30)
        #expect(report.unmatchedInPredictionSample.map(\.key) == ["k100", "k101", "k102", "k103", "k104"])
    }

    /// A record listed twice keeps its first label; the repeats are counted.
    @Test("repeated records keep their first label")
    func repeats() {
        let a = EvalFixture.ref("a"), b = EvalFixture.ref("b"), x = EvalFixture.ref("x")
        let prediction: [(RecordRef, String)] = [(a, "P0"), (b, "P0"), (a, "P1"), (x, "P2"), (x, "P2")]
        let truth: [(RecordRef, String)] = [(a, "T0"), (b, "T0"), (b, "T1")]
        let report = ClusteringEvaluator().evaluate(prediction: prediction, truth: truth)
        #expect(report.duplicatesInPrediction == 2)
        #expect(report.duplicatesInTruth == 1)
        #expect(report.unmatchedInPrediction == 1)
        #expect(report.records == 2)
        #expect(report.pairwise == PairwiseScores(truePositivePairs: 1, predictedPairs: 1, truePairs: 1))
    }

    /// Records of different sources with the same key are different records.
    @Test("the source is part of a record's identity")
    func sourcesDiffer() {
        let prediction = [EvalFixture.ref("1", source: "pos"): 0, EvalFixture.ref("1", source: "loyalty"): 0]
        let truth = [(EvalFixture.ref("1", source: "pos"), "E"), (EvalFixture.ref("1", source: "loyalty"), "F")]
        let report = ClusteringEvaluator().evaluate(prediction: prediction, truth: truth)
        #expect(report.records == 2)
        #expect(report.pairwise == PairwiseScores(truePositivePairs: 0, predictedPairs: 1, truePairs: 0))
        // Equal shares: ordered by entity id, E before F.
        #expect(report.falseMerges.first?.entities.map(\.records) == [
            [EvalFixture.ref("1", source: "pos")], [EvalFixture.ref("1", source: "loyalty")],
        ])
    }
}
