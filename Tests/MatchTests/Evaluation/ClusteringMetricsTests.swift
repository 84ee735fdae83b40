import Testing

@testable import Match

/// A hand-computed case: prediction and truth as `"a b | c"` groups and every figure expected.
struct MetricsCase: Sendable, CustomTestStringConvertible {
    var name: String
    var predicted: String
    var truth: String
    var truePositivePairs: Int
    var predictedPairs: Int
    var truePairs: Int
    var precision: Double
    var recall: Double
    var f1: Double
    var bCubedPrecision: Double
    var bCubedRecall: Double
    var bCubedF1: Double

    var testDescription: String { name }
}

@Suite("Evaluation: pairwise and B-cubed scores")
struct ClusteringMetricsTests {
    static let cases: [MetricsCase] = [
        // Three entities of 3, 2 and 1 records, predicted exactly (cluster names differ).
        MetricsCase(
            name: "perfect", predicted: "a b c | d e | f", truth: "f | d e | c b a",
            truePositivePairs: 4, predictedPairs: 4, truePairs: 4, precision: 1, recall: 1, f1: 1,
            bCubedPrecision: 1, bCubedRecall: 1, bCubedF1: 1),
        // Nothing predicted together: precision 1 by convention (no predicted pairs), recall 0.
        // B-cubed recall: a, b, c score 1/3, d, e 1/2, f 1 → 3/6.
        MetricsCase(
            name: "all singletons", predicted: "a | b | c | d | e | f", truth: "a b c | d e | f",
            truePositivePairs: 0, predictedPairs: 0, truePairs: 4, precision: 1, recall: 0, f1: 0,
            bCubedPrecision: 1, bCubedRecall: 0.5, bCubedF1: 2.0 / 3.0),
        // Everything in one cluster: 4 of 15 pairs right. B-cubed precision (3·3/6 + 2·2/6 + 1/6)/6.
        MetricsCase(
            name: "one cluster", predicted: "a b c d e f", truth: "a b c | d e | f",
            truePositivePairs: 4, predictedPairs: 15, truePairs: 4, precision: 4.0 / 15.0, recall: 1,
            f1: 8.0 / 19.0, bCubedPrecision: 7.0 / 18.0, bCubedRecall: 1, bCubedF1: 14.0 / 25.0),
        // Two pairs merged into one cluster of four.
        MetricsCase(
            name: "one false merge", predicted: "a b c d | e", truth: "a b | c d | e",
            truePositivePairs: 2, predictedPairs: 6, truePairs: 2, precision: 1.0 / 3.0, recall: 1, f1: 0.5,
            bCubedPrecision: 0.6, bCubedRecall: 1, bCubedF1: 0.75),
        // One entity of four split into two pairs: the mirror of the false merge.
        MetricsCase(
            name: "one false split", predicted: "a b | c d | e", truth: "a b c d | e",
            truePositivePairs: 2, predictedPairs: 2, truePairs: 6, precision: 1, recall: 1.0 / 3.0, f1: 0.5,
            bCubedPrecision: 1, bCubedRecall: 0.6, bCubedF1: 0.75),
        // Cells (2, 1, 2, 1, 1): TP 1+1, predicted 1+3, true 3+1+1. B-cubed precision
        // (4/2 + 5/3 + 1 + 1)/7 = 17/21, recall (5/3 + 4/2 + 2/2)/7 = 2/3.
        MetricsCase(
            name: "mixed", predicted: "a b | c d e | f | g", truth: "a b c | d e | f g",
            truePositivePairs: 2, predictedPairs: 4, truePairs: 5, precision: 0.5, recall: 0.4, f1: 4.0 / 9.0,
            bCubedPrecision: 17.0 / 21.0, bCubedRecall: 2.0 / 3.0, bCubedF1: 68.0 / 93.0),
        // No duplicates anywhere: no pairs on either side, every score 1.
        MetricsCase(
            name: "singletons both sides", predicted: "a | b | c", truth: "c | b | a",
            truePositivePairs: 0, predictedPairs: 0, truePairs: 0, precision: 1, recall: 1, f1: 1,
            bCubedPrecision: 1, bCubedRecall: 1, bCubedF1: 1),
        // Singletons against one entity of three: precision 1, recall 0; B-cubed recall 1/3.
        MetricsCase(
            name: "singletons against one entity", predicted: "a | b | c", truth: "a b c",
            truePositivePairs: 0, predictedPairs: 0, truePairs: 3, precision: 1, recall: 0, f1: 0,
            bCubedPrecision: 1, bCubedRecall: 1.0 / 3.0, bCubedF1: 0.5),
        // One record: nothing to pair, every score 1.
        MetricsCase(
            name: "one record", predicted: "a", truth: "a",
            truePositivePairs: 0, predictedPairs: 0, truePairs: 0, precision: 1, recall: 1, f1: 1,
            bCubedPrecision: 1, bCubedRecall: 1, bCubedF1: 1),
        // No records at all: vacuously perfect (callers check `records`).
        MetricsCase(
            name: "no records", predicted: "", truth: "",
            truePositivePairs: 0, predictedPairs: 0, truePairs: 0, precision: 1, recall: 1, f1: 1,
            bCubedPrecision: 1, bCubedRecall: 1, bCubedF1: 1),
        // Clusters that cut across entities: no true pair found. (a b | c d) vs (a c | b d):
        // B-cubed precision and recall (1/2 each record).
        MetricsCase(
            name: "crosswise", predicted: "a b | c d", truth: "a c | b d",
            truePositivePairs: 0, predictedPairs: 2, truePairs: 2, precision: 0, recall: 0, f1: 0,
            bCubedPrecision: 0.5, bCubedRecall: 0.5, bCubedF1: 0.5),
    ]

    @Test(arguments: cases)
    func scores(_ expected: MetricsCase) {
        let report = ClusteringEvaluator().evaluate(
            prediction: EvalFixture.prediction(expected.predicted), truth: EvalFixture.truth(expected.truth))
        #expect(report.pairwise.truePositivePairs == expected.truePositivePairs)
        #expect(report.pairwise.predictedPairs == expected.predictedPairs)
        #expect(report.pairwise.truePairs == expected.truePairs)
        #expect(EvalFixture.close(report.pairwise.scores.precision, expected.precision))
        #expect(EvalFixture.close(report.pairwise.scores.recall, expected.recall))
        #expect(EvalFixture.close(report.pairwise.scores.f1, expected.f1))
        #expect(EvalFixture.close(report.bCubed.precision, expected.bCubedPrecision))
        #expect(EvalFixture.close(report.bCubed.recall, expected.bCubedRecall))
        #expect(EvalFixture.close(report.bCubed.f1, expected.bCubedF1))
    }

    /// Swapping prediction and truth swaps precision and recall, for pairs and for B-cubed.
    @Test(arguments: cases)
    func swappingSidesSwapsPrecisionAndRecall(_ expected: MetricsCase) {
        let swapped = ClusteringEvaluator().evaluate(
            prediction: EvalFixture.prediction(expected.truth), truth: EvalFixture.truth(expected.predicted))
        #expect(swapped.pairwise.predictedPairs == expected.truePairs)
        #expect(swapped.pairwise.truePairs == expected.predictedPairs)
        #expect(EvalFixture.close(swapped.pairwise.scores.precision, expected.recall))
        #expect(EvalFixture.close(swapped.pairwise.scores.recall, expected.precision))
        #expect(EvalFixture.close(swapped.pairwise.scores.f1, expected.f1))
        #expect(EvalFixture.close(swapped.bCubed.precision, expected.bCubedRecall))
        #expect(EvalFixture.close(swapped.bCubed.recall, expected.bCubedPrecision))
    }

    @Test("counts of clusters, entities and records")
    func counts() {
        let report = ClusteringEvaluator().evaluate(
            prediction: EvalFixture.prediction("a b | c d e | f | g"), truth: EvalFixture.truth("a b c | d e | f g"))
        #expect(report.records == 7)
        #expect(report.predictedClusters == 4)
        #expect(report.trueEntities == 3)
        #expect(report.falseMergeClusters == 1)
        #expect(report.falseSplitEntities == 2)
        #expect(report.pairwise.falsePositivePairs == 2)
        #expect(report.pairwise.falseNegativePairs == 3)
    }

    /// Cluster identifiers of any hashable type; the pair-sequence form agrees with the dictionary.
    @Test("integer cluster ids, as a dictionary and as pairs")
    func integerClusters() {
        let clusters: [(RecordRef, Int)] = [
            (EvalFixture.ref("a"), 7), (EvalFixture.ref("b"), 7), (EvalFixture.ref("c"), 9),
        ]
        let truth = EvalFixture.truth("a b c")
        let fromPairs = ClusteringEvaluator().evaluate(prediction: clusters, truth: truth)
        let fromDictionary = ClusteringEvaluator().evaluate(
            prediction: Dictionary(uniqueKeysWithValues: clusters), truth: truth)
        #expect(fromPairs == fromDictionary)
        #expect(fromPairs.pairwise == PairwiseScores(truePositivePairs: 1, predictedPairs: 1, truePairs: 3))
        #expect(fromPairs.falseSplits.map(\.clusters).map { $0.map(\.id) } == [["7", "9"]])
    }
}
