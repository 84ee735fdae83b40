import Foundation
import GoldenCore
import Testing

@testable import Match

@Suite("Clustering statistics and order")
struct ClusteringStatisticsTests {
    typealias F = ClusterFixture

    /// Ten records: twins 0/1 (household), a card conflict 2–4 through bridge 3, a chain 5–6–7
    /// bounded at 3 records before 8, a review pair 8–9, a must-link 9–1, and a cannot-link 1–2
    /// that keeps 9 from 3.
    static func scenario() -> (records: [MatchRecord], pairs: [ScoredPair], constraints: Constraints) {
        var records = F.plain(10)
        records[0] = F.record(0, given: "oliver")
        records[1] = F.record(1, given: "harriet")
        records[2] = F.record(2, cards: ["111"])
        records[4] = F.record(4, cards: ["222"])
        let pairs = [
            F.scored(0, 1, 0.99, in: records), F.scored(2, 3, 0.99, in: records), F.scored(3, 4, 0.98, in: records),
            F.scored(5, 6, 0.99, in: records), F.scored(6, 7, 0.98, in: records), F.scored(7, 8, 0.97, in: records),
            F.scored(9, 3, 0.95, in: records), F.scored(8, 9, 0.6, in: records), F.scored(0, 9, 0.2, in: records),
        ]
        let constraints = Constraints(
            mustLink: [RecordPair(9, 1), RecordPair(1, 9)], cannotLink: [RecordPair(1, 2)])
        return (records, pairs, constraints)
    }

    @Test("Every count is exact")
    func statistics() {
        let (records, pairs, constraints) = Self.scenario()
        let result = F.clusterer(maxSize: 3).cluster(records: records, pairs: pairs, constraints: constraints)
        #expect(result.members() == [[0], [1, 9], [2, 3], [4], [5, 6, 7], [8]])
        #expect(result.clusterOf == [0, 1, 2, 2, 4, 5, 5, 5, 8, 1])
        var expected = ClusteringStatistics()
        expected.records = 10
        expected.clusters = 6
        expected.singletons = 3
        expected.largestCluster = 3
        expected.sizeHistogram.add(size: 1)
        expected.sizeHistogram.add(size: 1)
        expected.sizeHistogram.add(size: 1)
        expected.sizeHistogram.add(size: 2)
        expected.sizeHistogram.add(size: 2)
        expected.sizeHistogram.add(size: 3)
        expected.matchPairs = 6
        expected.reviewPairs = 2
        expected.refusedCannotLink = 1
        expected.refusedSteward = 1
        expected.refusedSize = 1
        expected.householdDemoted = 1
        expected.mustLinks = 1
        expected.cannotLinks = 1
        #expect(result.statistics == expected)
        #expect(result.statistics.sizeHistogram.counts == [3, 2, 1, 0, 0, 0, 0])
        // Most probable first; the review-band pair 8–9 is queued, its clusters stayed apart.
        #expect(result.reviews.map(\.kind) == [.household, .cannotLink, .clusterSize, .reviewBand])
        #expect(result.reviews.map(\.pair) == [RecordPair(0, 1), RecordPair(3, 4), RecordPair(7, 8), RecordPair(8, 9)])
        #expect(result.reviews.map(\.probability) == [0.99, 0.98, 0.97, 0.6])
    }

    @Test("The result does not depend on the order of pairs or constraints", arguments: [1, 2, 3, 4] as [UInt64])
    func orderIndependent(_ seed: UInt64) {
        let (records, pairs, constraints) = Self.scenario()
        let clusterer = F.clusterer(maxSize: 3)
        let reference = clusterer.cluster(records: records, pairs: pairs, constraints: constraints)
        var generator = EvalFixture.Generator(seed: seed)
        let reordered = Constraints(
            mustLink: constraints.mustLink.shuffled(using: &generator),
            cannotLink: constraints.cannotLink.map { RecordPair($0.second, $0.first) })
        let shuffled = clusterer.cluster(
            records: records, pairs: pairs.shuffled(using: &generator), constraints: reordered)
        #expect(shuffled.clusterOf == reference.clusterOf)
        #expect(shuffled.reviews == reference.reviews)
        #expect(shuffled.statistics == reference.statistics)
        // Duplicated entries: the most probable decides, one review item per pair (the counts
        // count entries, so they differ).
        let repeated = (pairs + pairs.prefix(3)).shuffled(using: &generator)
        let result = clusterer.cluster(records: records, pairs: repeated, constraints: constraints)
        #expect(result.clusterOf == reference.clusterOf)
        #expect(result.reviews == reference.reviews)
    }

    @Test(
        "Size histogram bins",
        arguments: [(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (9, 4), (10, 5), (49, 5), (50, 6), (10_000, 6)])
    func histogramBins(_ size: Int, _ bin: Int) {
        #expect(ClusterSizeHistogram.bin(ofSize: size) == bin)
        var histogram = ClusterSizeHistogram()
        histogram.add(size: size)
        #expect(histogram[ClusterSizeHistogram.labels[bin]] == 1)
    }

    @Test("Statistics encode in snake case and decode back")
    func codable() throws {
        var statistics = ClusteringStatistics()
        statistics.records = 3
        statistics.largestCluster = 2
        statistics.sizeHistogram.add(size: 7)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(statistics), as: UTF8.self)
        #expect(json == """
            {"cannot_links":0,"clusters":0,"household_demoted":0,"largest_cluster":2,"match_pairs":0,\
            "must_links":0,"records":3,"refused_cannot_link":0,"refused_size":0,"refused_steward":0,\
            "review_pairs":0,"singletons":0,"size_histogram":{"1":0,"10-49":0,"2":0,"3":0,"4":0,"5-9":1,"50+":0}}
            """)
        #expect(try JSONDecoder().decode(ClusteringStatistics.self, from: Data(json.utf8)) == statistics)
    }

    @Test("No records, no clusters")
    func empty() {
        let result = F.clusterer().cluster(records: [], pairs: [])
        #expect(result.members().isEmpty && result.reviews.isEmpty)
        #expect(result.statistics == ClusteringStatistics())
    }
}
