import Testing

@testable import Match

@Suite("Evaluation: false merges, false splits, size histogram")
struct MistakeListTests {
    typealias Overlap = EvaluationReport.Overlap

    static func evaluate(_ predicted: String, _ truth: String, options: ClusteringEvaluator.Options = .init())
        -> EvaluationReport
    {
        ClusteringEvaluator(options: options).evaluate(
            prediction: EvalFixture.prediction(predicted), truth: EvalFixture.truth(truth))
    }

    static func refs(_ keys: String) -> [RecordRef] { keys.split(separator: " ").map { EvalFixture.ref(String($0)) } }

    @Test("a merged cluster lists its entities, largest share first")
    func falseMerge() {
        let report = Self.evaluate("a b c d e | f", "a b | c d e | f")
        #expect(report.falseMerges == [
            EvaluationReport.FalseMerge(
                cluster: "P0", size: 5, wrongPairs: 6,
                entities: [Overlap(id: "T1", size: 3, records: Self.refs("c d e")),
                           Overlap(id: "T0", size: 2, records: Self.refs("a b"))],
                omittedEntities: 0),
        ])
        #expect(report.falseSplits.isEmpty)
    }

    /// (a b | c d e | f | g) against (a b c | d e | f g): one merge, two splits; the split with
    /// more missed pairs first, equal shares ordered by their first record.
    @Test("mixed mistakes, ranked")
    func mixed() {
        let report = Self.evaluate("a b | c d e | f | g", "a b c | d e | f g")
        #expect(report.falseMerges == [
            EvaluationReport.FalseMerge(
                cluster: "P1", size: 3, wrongPairs: 2,
                entities: [Overlap(id: "T1", size: 2, records: Self.refs("d e")),
                           Overlap(id: "T0", size: 1, records: Self.refs("c"))],
                omittedEntities: 0),
        ])
        #expect(report.falseSplits == [
            EvaluationReport.FalseSplit(
                entity: "T0", size: 3, missedPairs: 2,
                clusters: [Overlap(id: "P0", size: 2, records: Self.refs("a b")),
                           Overlap(id: "P1", size: 1, records: Self.refs("c"))],
                omittedClusters: 0),
            EvaluationReport.FalseSplit(
                entity: "T2", size: 2, missedPairs: 1,
                clusters: [Overlap(id: "P2", size: 1, records: Self.refs("f")),
                           Overlap(id: "P3", size: 1, records: Self.refs("g"))],
                omittedClusters: 0),
        ])
    }

    /// The limits cap the lists, the overlaps per entry and the records per overlap, and say
    /// how much was left out.
    @Test("lists, overlaps and records are capped")
    func limits() {
        let options = ClusteringEvaluator.Options(listLimit: 1, overlapLimit: 2, recordLimit: 2)
        let report = Self.evaluate("a b c d | e f | g | h | i", "a b c d e | f g h i", options: options)
        #expect(report.falseMergeClusters == 1)
        #expect(report.falseSplitEntities == 2)
        // T0 (5 records) misses 10 − 6 = 4 pairs; T1 (4 records) misses 6 − 0 = 6 and ranks first.
        #expect(report.falseSplits == [
            EvaluationReport.FalseSplit(
                entity: "T1", size: 4, missedPairs: 6,
                clusters: [Overlap(id: "P1", size: 1, records: Self.refs("f")),
                           Overlap(id: "P2", size: 1, records: Self.refs("g"))],
                omittedClusters: 2),
        ])
        #expect(report.falseMerges == [
            EvaluationReport.FalseMerge(
                cluster: "P1", size: 2, wrongPairs: 1,
                entities: [Overlap(id: "T0", size: 1, records: Self.refs("e")),
                           Overlap(id: "T1", size: 1, records: Self.refs("f"))],
                omittedEntities: 0),
        ])
        let fewer = Self.evaluate(
            "a b c d e f", "a b c d | e f", options: .init(overlapLimit: 1, recordLimit: 3))
        #expect(fewer.falseMerges.first?.entities == [Overlap(id: "T0", size: 4, records: Self.refs("a b c"))])
        #expect(fewer.falseMerges.first?.omittedEntities == 1)
    }

    /// Equal false merges are ranked by size, then by their smallest record, whatever order the
    /// prediction arrives in.
    @Test("ties are broken by record, not by input order")
    func deterministic() {
        var generator = EvalFixture.Generator(seed: 7)
        let pairs: [(RecordRef, String)] = [
            ("q", "X"), ("r", "X"), ("m", "Y"), ("n", "Y"), ("c", "Z"), ("d", "Z"),
        ].map { (EvalFixture.ref($0.0), $0.1) }
        let truth = EvalFixture.truth("q | r | m | n | c | d")
        let first = ClusteringEvaluator().evaluate(prediction: pairs, truth: truth)
        #expect(first.falseMerges.map(\.cluster) == ["Z", "Y", "X"])
        for _ in 0..<5 {
            let shuffled = ClusteringEvaluator().evaluate(
                prediction: pairs.shuffled(using: &generator), truth: truth.shuffled(using: &generator))
            #expect(shuffled.falseMerges == first.falseMerges)
            #expect(shuffled.falseSplits == first.falseSplits)
        }
    }

    @Test("the size histogram counts clusters and entities per bin")
    func histogram() {
        let report = Self.evaluate("a b c | d | e | f", "a b c d | e f")
        #expect(report.clusterSizes == [
            EvaluationReport.SizeBucket(minSize: 1, maxSize: 1, predictedClusters: 3, trueEntities: 0),
            EvaluationReport.SizeBucket(minSize: 2, maxSize: 2, predictedClusters: 0, trueEntities: 1),
            EvaluationReport.SizeBucket(minSize: 3, maxSize: 3, predictedClusters: 1, trueEntities: 0),
            EvaluationReport.SizeBucket(minSize: 4, maxSize: 4, predictedClusters: 0, trueEntities: 1),
        ])
    }

    @Test("large sizes share bins on a 1-2-5 scale")
    func largeSizes() {
        let histogram = SizeHistogram(predicted: [1, 10, 11, 20, 21, 37, 50, 51, 150, 2_000_000], truth: [0, 100, 101])
        #expect(histogram.buckets.map { [$0.minSize, $0.maxSize, $0.predictedClusters, $0.trueEntities] } == [
            [1, 1, 1, 0], [10, 10, 1, 0], [11, 20, 2, 0], [21, 50, 3, 0], [51, 100, 1, 1], [101, 200, 1, 1],
            [1_000_001, 2_000_000, 1, 0],
        ])
    }

    @Test(arguments: [
        (1, 1...1), (7, 7...7), (10, 10...10), (11, 11...20), (20, 11...20), (21, 21...50), (50, 21...50),
        (51, 51...100), (101, 101...200), (201, 201...500), (501, 501...1000), (1001, 1001...2000),
    ])
    func sizeBin(size: Int, range: ClosedRange<Int>) {
        #expect(SizeHistogram.range(ofBin: SizeHistogram.bin(of: size)) == range)
    }
}
