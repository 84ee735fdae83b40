import Testing

@testable import Match

/// The contingency-table figures against a brute-force listing of every pair, on random
/// clusterings of about 200 records with some records on one side only.
@Suite("Evaluation: contingency table against brute force")
struct BruteForceCrossCheckTests {
    /// A seeded random prediction and truth. The shape varies with the seed: few large or many
    /// small clusters and entities, and a share of records on one side only.
    static func randomSides(seed: UInt64) -> (prediction: [RecordRef: Int], truth: [RecordRef: Int]) {
        var generator = EvalFixture.Generator(seed: seed)
        let records = Int.random(in: 180...220, using: &generator)
        let clusters = Int.random(in: 1...records, using: &generator)
        let entities = Int.random(in: 1...records, using: &generator)
        let oneSided = Double.random(in: 0...0.2, using: &generator)
        var prediction: [RecordRef: Int] = [:], truth: [RecordRef: Int] = [:]
        for index in 0..<records {
            let ref = RecordRef(source: index % 3 == 0 ? "pos" : "loyalty", key: String(index))
            let entity = Int.random(in: 0..<entities, using: &generator)
            // Half the records follow their entity (a plausible clustering), half fall anywhere.
            let cluster = Bool.random(using: &generator) ? entity % clusters
                : Int.random(in: 0..<clusters, using: &generator)
            let side = Double.random(in: 0..<1, using: &generator)
            if side >= oneSided / 2 { truth[ref] = entity }
            if side < oneSided / 2 || side >= oneSided { prediction[ref] = cluster }
        }
        return (prediction, truth)
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func agreesWithBruteForce(seed: UInt64) {
        let (prediction, truth) = Self.randomSides(seed: seed)
        let expected = EvalFixture.BruteForce(prediction: prediction, truth: truth)
        let report = ClusteringEvaluator(options: .init(listLimit: 1000, overlapLimit: 1000)).evaluate(
            prediction: prediction, truth: truth.map { ($0.key, "E\($0.value)") })
        #expect(report.records == expected.records)
        #expect(report.pairwise.truePositivePairs == expected.truePositivePairs)
        #expect(report.pairwise.predictedPairs == expected.predictedPairs)
        #expect(report.pairwise.truePairs == expected.truePairs)
        #expect(EvalFixture.close(report.bCubed.precision, expected.bCubedPrecision))
        #expect(EvalFixture.close(report.bCubed.recall, expected.bCubedRecall))
        #expect(report.unmatchedInPrediction == prediction.keys.filter { truth[$0] == nil }.count)
        #expect(report.unmatchedInTruth == truth.keys.filter { prediction[$0] == nil }.count)
        // Every wrong pair lies in one false merge, every missed pair in one false split.
        #expect(report.falseMerges.count == report.falseMergeClusters)
        #expect(report.falseSplits.count == report.falseSplitEntities)
        #expect(report.falseMerges.reduce(0) { $0 + $1.wrongPairs } == report.pairwise.falsePositivePairs)
        #expect(report.falseSplits.reduce(0) { $0 + $1.missedPairs } == report.pairwise.falseNegativePairs)
        #expect(report.clusterSizes.reduce(0) { $0 + $1.predictedClusters } == report.predictedClusters)
        #expect(report.clusterSizes.reduce(0) { $0 + $1.trueEntities } == report.trueEntities)
    }
}
