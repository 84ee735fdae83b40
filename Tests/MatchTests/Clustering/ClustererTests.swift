import GoldenCore
import Testing

@testable import Match

/// One clustering scenario: records, scored links, constraints and guards, and the clusters and
/// review items they must give.
struct ClusterCase: Sendable, CustomTestStringConvertible {
    var name: String
    var records: [MatchRecord]
    var links: [Link]
    var constraints = Constraints.none
    var maxSize = 50
    var clusters: [[Int]]
    var reviews: [ExpectedReview] = []

    var testDescription: String { name }
}

@Suite("Clustering")
struct ClustererTests {
    typealias F = ClusterFixture

    static let cases: [ClusterCase] = [
        ClusterCase(
            name: "chains merge transitively", records: F.plain(6),
            links: [Link(0, 1, 0.99), Link(1, 2, 0.97), Link(3, 4, 0.96), Link(4, 5, 0.3)],
            clusters: [[0, 1, 2], [3, 4], [5]]),
        ClusterCase(
            name: "twins with different given names stay apart",
            records: [F.record(0, given: "oliver", dob: "1990-05-05"), F.record(1, given: "harriet", dob: "1990-05-05")],
            links: [Link(0, 1, 0.999)], clusters: [[0], [1]], reviews: [ExpectedReview(.household, 0, 1)]),
        ClusterCase(
            name: "a bridge record does not join two loyalty cards: the weaker link is refused",
            records: [F.record(0, cards: ["111"]), F.record(1), F.record(2, cards: ["222"])],
            links: [Link(0, 1, 0.99), Link(1, 2, 0.97)],
            clusters: [[0, 1], [2]], reviews: [ExpectedReview(.cannotLink, 1, 2)]),
        ClusterCase(
            name: "the bridge joins the card of its stronger link",
            records: [F.record(0, cards: ["111"]), F.record(1), F.record(2, cards: ["222"])],
            links: [Link(0, 1, 0.97), Link(1, 2, 0.99)],
            clusters: [[0], [1, 2]], reviews: [ExpectedReview(.cannotLink, 0, 1)]),
        ClusterCase(
            name: "a shared card among several is no conflict",
            records: [F.record(0, cards: ["111", "333"]), F.record(1, cards: ["222", "333"])],
            links: [Link(0, 1, 0.99)], clusters: [[0, 1]]),
        ClusterCase(
            name: "a cluster that gained a second card blocks a third",
            records: [F.record(0, cards: ["111"]), F.record(1, cards: ["111", "222"]), F.record(2, cards: ["333"])],
            links: [Link(0, 1, 0.99), Link(0, 2, 0.98)],
            clusters: [[0, 1], [2]], reviews: [ExpectedReview(.cannotLink, 0, 2)]),
        ClusterCase(
            name: "cluster size bound refuses the link that would pass it",
            records: F.plain(5), links: [Link(0, 1, 0.99), Link(1, 2, 0.98), Link(2, 3, 0.97), Link(3, 4, 0.96)],
            maxSize: 3, clusters: [[0, 1, 2], [3, 4]], reviews: [ExpectedReview(.clusterSize, 2, 3)]),
        ClusterCase(
            name: "must-links join past cannot-link evidence and the size bound, which still hold for matches",
            records: [F.record(0, cards: ["111"]), F.record(1, cards: ["222"]), F.record(2)],
            links: [Link(1, 2, 0.99)],
            constraints: Constraints(mustLink: [RecordPair(0, 1)]), maxSize: 1, clusters: [[0, 1], [2]],
            reviews: [ExpectedReview(.clusterSize, 1, 2)]),
        ClusterCase(
            name: "must-links alone make clusters",
            records: F.plain(4), links: [],
            constraints: Constraints(mustLink: [RecordPair(0, 3), RecordPair(3, 1)]), clusters: [[0, 1, 3], [2]]),
        ClusterCase(
            name: "a steward cannot-link keeps clusters apart, silently",
            records: F.plain(3), links: [Link(0, 1, 0.99), Link(1, 2, 0.98), Link(0, 2, 0.97)],
            constraints: Constraints(cannotLink: [RecordPair(2, 0)]), clusters: [[0, 1], [2]]),
        ClusterCase(
            name: "steward-decided pairs get no review item",
            records: [F.record(0, given: "oliver"), F.record(1, given: "harriet"), F.record(2), F.record(3)],
            links: [Link(0, 1, 0.99), Link(2, 3, 0.7)],
            constraints: Constraints(cannotLink: [RecordPair(0, 1), RecordPair(2, 3)]), clusters: [[0], [1], [2], [3]]),
        ClusterCase(
            name: "review-band pairs are queued unless joined anyway",
            records: F.plain(4), links: [Link(0, 1, 0.7), Link(0, 2, 0.99), Link(1, 2, 0.99), Link(2, 3, 0.6)],
            clusters: [[0, 1, 2], [3]], reviews: [ExpectedReview(.reviewBand, 2, 3)]),
    ]

    @Test("Clusters and review items", arguments: cases)
    func clusters(_ row: ClusterCase) {
        let pairs = row.links.map { F.scored($0.a, $0.b, $0.probability, in: row.records) }
        let result = F.clusterer(maxSize: row.maxSize).cluster(
            records: row.records, pairs: pairs, constraints: row.constraints)
        #expect(result.members() == row.clusters)
        #expect(result.reviews.map { ExpectedReview($0.kind, $0.pair.first, $0.pair.second) } == row.reviews)
        for (position, cluster) in zip(result.clusterOf.indices, result.clusterOf) {
            #expect(cluster == Int32(row.clusters.first { $0.contains(position) }!.min()!))
        }
    }

    @Test(
        "Dates of birth: one slipped component joins, two refuse",
        arguments: [
            ("1980-03-04", "1980-03-04", true), ("1980-03-04", "1980-03-05", true),
            ("1980-03-04", "1980-11-04", true), ("1980-03-04", "1908-03-04", true),
            ("1980-03-04", "1980-04-03", true),  // day and month swapped
            ("1980-03-04", "1981-04-03", false),  // swapped, and another year
            ("1980-03-04", "1981-03-05", false), ("1980-03-04", "1980-05-06", false),
            ("03-04", "1975-09-10", true),  // a birthday without a year is no evidence
        ])
    func datesOfBirth(_ a: String, _ b: String, _ joined: Bool) {
        let records = [F.record(0, dob: a), F.record(1, dob: b)]
        let result = F.clusterer().cluster(records: records, pairs: [F.bare(0, 1, 0.99)])
        #expect(result.members() == (joined ? [[0, 1]] : [[0], [1]]))
        #expect(result.reviews.map(\.kind) == (joined ? [] : [.cannotLink]))
        #expect(result.statistics.refusedCannotLink == (joined ? 0 : 1))
    }

    @Test("Only the configured attributes are evidence")
    func evidenceFollowsSettings() {
        let records = [F.record(0, dob: "1980-03-04", cards: ["111"]), F.record(1, dob: "1990-07-08", cards: ["222"])]
        let pairs = [F.bare(0, 1, 0.99)]
        #expect(F.clusterer(cannotLink: []).cluster(records: records, pairs: pairs).members() == [[0, 1]])
        let byDate = F.clusterer(cannotLink: [.dateOfBirth]).cluster(records: records, pairs: pairs)
        #expect(byDate.reviews.map(\.reason) == ["the two clusters hold conflicting date_of_birth values"])
        let byCard = F.clusterer(cannotLink: [.loyaltyCard, .loyaltyCard]).cluster(records: records, pairs: pairs)
        #expect(byCard.reviews.map(\.reason) == ["the two clusters hold conflicting loyalty_card values"])
    }

    @Test("Review reasons carry no personal data")
    func reasonsHoldNoValues() {
        let records = [
            F.record(0, given: "oliver", dob: "1990-05-05", cards: ["6009017082119"]),
            F.record(1, given: "harriet", dob: "1990-05-05"), F.record(2, cards: ["6009017082120"]),
            F.record(3), F.record(4),
        ]
        let pairs = [
            F.scored(0, 1, 0.99, in: records), F.bare(0, 3, 0.99), F.bare(2, 3, 0.98), F.bare(3, 4, 0.97),
            F.bare(1, 4, 0.8),
        ]
        let result = F.clusterer(maxSize: 2).cluster(records: records, pairs: pairs)
        #expect(Set(result.reviews.map(\.kind)) == [.household, .cannotLink, .clusterSize, .reviewBand])
        for reason in result.reviews.map(\.reason) {
            for value in ["oliver", "harriet", "smith", "6009017082119", "6009017082120", "1990", "K0", "100"] {
                #expect(!reason.contains(value))
            }
        }
    }
}
