import GoldenCore
import Testing

@testable import Match

/// The clusterer against a plain reference — clusters as label arrays relabelled on every join,
/// evidence as sets of values compared pair by pair — on random records, pairs and constraints.
@Suite("Clustering: against a brute-force reference")
struct ClusteringCrossCheckTests {
    typealias F = ClusterFixture

    /// Random records (few cards and dates, so they collide and conflict), pairs over them, and
    /// steward decisions.
    static func scenario(seed: UInt64) -> (records: [MatchRecord], pairs: [ScoredPair], constraints: Constraints) {
        var generator = EvalFixture.Generator(seed: seed)
        let count = Int.random(in: 30...80, using: &generator)
        let givens = ["ann", "anne", "ann", "anne", "oliver", "harriet"]
        let dates = ["1980-03-04", "1980-04-03", "1981-03-04", "1980-03-09", "1975-11-20", "03-04"]
        let records = (0..<count).map { index in
            F.record(
                index, given: givens.randomElement(using: &generator),
                dob: Bool.random(using: &generator) ? dates.randomElement(using: &generator) : nil,
                cards: (0..<max(0, Int.random(in: -2...2, using: &generator))).map { _ in
                    "C\(Int.random(in: 0..<6, using: &generator))"
                })
        }
        func randomPair() -> RecordPair {
            let a = Int.random(in: 0..<count, using: &generator)
            var b = Int.random(in: 0..<count, using: &generator)
            if b == a { b = (a + 1) % count }
            return RecordPair(a, b)
        }
        let pairs = (0..<(count * 2)).map { _ in
            let pair = randomPair()
            // Probabilities from a small set, so that ties are common.
            let probability = [0.2, 0.6, 0.9, 0.95, 0.97, 0.99].randomElement(using: &generator)!
            return F.scored(pair.first, pair.second, probability, in: records)
        }
        let constraints = Constraints(
            mustLink: (0..<Int.random(in: 0...3, using: &generator)).map { _ in randomPair() },
            cannotLink: (0..<Int.random(in: 0...4, using: &generator)).map { _ in randomPair() })
        return (records, pairs, constraints)
    }

    @Test("Same clusters and review items as the reference", arguments: 1...40 as ClosedRange<UInt64>)
    func matchesReference(_ seed: UInt64) {
        let (records, pairs, constraints) = Self.scenario(seed: seed)
        let clusterer = F.clusterer(maxSize: 5)
        let result = clusterer.cluster(records: records, pairs: pairs, constraints: constraints)
        var brute = Reference(records: records, maxSize: 5, constraints: constraints)
        let reference = brute.run(pairs, band: clusterer.band(of:))
        #expect(result.clusterOf == reference.clusterOf)
        #expect(result.reviews.map { ExpectedReview($0.kind, $0.pair.first, $0.pair.second) } == reference.reviews)
        // Every match-band pair left across clusters is accounted for. (A refused pair may still
        // end up inside one cluster: a later link that shares a card is not stopped by dates.)
        let across = pairs.filter {
            clusterer.band(of: $0) == .match && result.clusterOf[$0.pair.first] != result.clusterOf[$0.pair.second]
        }
        let statistics = result.statistics
        #expect(across.count <= statistics.refusedCannotLink + statistics.refusedSize + statistics.refusedSteward)
    }
}

/// The reference: the rules of ``Clusterer``, written as plainly as possible.
private struct Reference {
    var label: [Int]
    let records: [MatchRecord]
    let maxSize: Int
    let constraints: Constraints

    init(records: [MatchRecord], maxSize: Int, constraints: Constraints) {
        label = Array(records.indices)
        self.records = records
        self.maxSize = maxSize
        self.constraints = constraints
    }

    func members(_ cluster: Int) -> [Int] { label.indices.filter { label[$0] == cluster } }

    mutating func join(_ a: Int, _ b: Int) {
        let (from, to) = (label[b], label[a])
        for index in label.indices where label[index] == from { label[index] = to }
    }

    /// Whether the clusters of `a` and `b` conflict on cards or full dates of birth; dates do not
    /// count when `a` and `b` themselves share a card (a personal identifier).
    func conflict(_ a: Int, _ b: Int) -> Bool {
        let sharesCard = !Set(records[a].loyaltyCards.map(\.key)).isDisjoint(with: records[b].loyaltyCards.map(\.key))
        let x = members(label[a]), y = members(label[b])
        let cardsX = Set(x.flatMap { records[$0].loyaltyCards.map(\.key) })
        let cardsY = Set(y.flatMap { records[$0].loyaltyCards.map(\.key) })
        if !cardsX.isEmpty, !cardsY.isEmpty, cardsX.isDisjoint(with: cardsY) { return true }
        let datesX = x.compactMap { records[$0].birthDate }.filter { $0.year != nil }
        let datesY = y.compactMap { records[$0].birthDate }.filter { $0.year != nil }
        guard !sharesCard, !datesX.isEmpty, !datesY.isEmpty else { return false }
        return !datesX.contains { p in datesY.contains { q in Self.close(p, q) } }
    }

    static func close(_ p: BirthDate, _ q: BirthDate) -> Bool {
        let swapped = p.year == q.year && p.month == q.day && p.day == q.month
        let differing = [p.year != q.year, p.month != q.month, p.day != q.day].filter { $0 }.count
        return swapped || differing <= 1
    }

    func separated(_ a: Int, _ b: Int) -> Bool {
        constraints.cannotLink.contains {
            Set([label[$0.first], label[$0.second]]) == Set([label[a], label[b]])
        }
    }

    mutating func run(_ pairs: [ScoredPair], band: (ScoredPair) -> PairBand) -> (clusterOf: [Int32], reviews: [ExpectedReview]) {
        for pair in constraints.mustLink where label[pair.first] != label[pair.second] { join(pair.first, pair.second) }
        var items: [(ExpectedReview, Double)] = []
        let matches = pairs.filter { band($0) == .match }.sorted {
            $0.probability != $1.probability ? $0.probability > $1.probability : $0.pair < $1.pair
        }
        for scored in matches {
            let (a, b) = (scored.pair.first, scored.pair.second)
            guard label[a] != label[b], !separated(a, b) else { continue }
            if conflict(a, b) {
                items.append((ExpectedReview(.cannotLink, a, b), scored.probability))
            } else if members(label[a]).count + members(label[b]).count > maxSize {
                items.append((ExpectedReview(.clusterSize, a, b), scored.probability))
            } else {
                join(a, b)
            }
        }
        for scored in pairs where band(scored) == .review {
            let (a, b) = (scored.pair.first, scored.pair.second)
            if scored.probability >= 0.95 {
                items.append((ExpectedReview(.household, a, b), scored.probability))
            } else if label[a] != label[b] {
                items.append((ExpectedReview(.reviewBand, a, b), scored.probability))
            }
        }
        // One item per pair: its most probable; none for a steward's pair.
        let decided = Set(constraints.mustLink + constraints.cannotLink)
        var best: [RecordPair: (ExpectedReview, Double)] = [:]
        for (item, probability) in items {
            let pair = RecordPair(item.a, item.b)
            guard !decided.contains(pair) else { continue }
            if let kept = best[pair], kept.1 > probability || (kept.1 == probability && rank(kept.0.kind) <= rank(item.kind)) {
                continue
            }
            best[pair] = (item, probability)
        }
        let reviews = best.keys.sorted().map { best[$0]!.0 }
        let clusterOf = label.indices.map { index in Int32(label.indices.first { label[$0] == label[index] }!) }
        return (clusterOf, reviews)
    }

    func rank(_ kind: ReviewKind) -> Int { ReviewKind.allCases.firstIndex(of: kind)! }
}
