import GoldenCore
import Match
import Store

/// The records an incremental Match stage clusters again: whole components of the graph whose
/// edges are match-band pairs and must-link constraints, around the changed records — with the
/// pairs and constraints that touch them, and the records outside at the far end of those (for
/// review items and cannot-links; they are never joined).
struct LinkedRegion {
    var records: [Int64] = []
    var pairs: [StoredMatchPair] = []
    var constraints: [MatchConstraint] = []
    var outside: [Int64] = []
}

extension MatchStage {
    /// The components of linked records around `changed`, whose stored pairs are replaced by
    /// `newPairs`; found breadth first, one store query per step.
    ///
    /// The seeds are the changed records and the records their replaced match-band pairs
    /// reached: a component that loses a link may fall apart, and every part needs clustering.
    func linkedRegion(changed: Set<Int64>, newPairs: [StoredMatchPair]) throws(GoldenError) -> LinkedRegion {
        var pairs: [BlockDelta.IDPair: StoredMatchPair] = [:]
        var links: [Int64: [Int64]] = [:]
        for pair in newPairs {
            pairs[BlockDelta.IDPair(pair.recordA, pair.recordB)] = pair
            guard pair.band == PairBand.match.rawValue else { continue }
            links[pair.recordA, default: []].append(pair.recordB)
            links[pair.recordB, default: []].append(pair.recordA)
        }
        var region = changed
        var frontier = changed.sorted()
        var constraints: [BlockDelta.IDPair: MatchConstraint] = [:]
        while !frontier.isEmpty {
            var next: [Int64] = []
            func reach(_ record: Int64) {
                if region.insert(record).inserted { next.append(record) }
            }
            for pair in try store.matchPairs(touching: frontier) {
                // A stored pair of a changed record is replaced (by `newPairs`, if scored again),
                // but the records its match reached are seeds: their component may fall apart.
                let replaced = changed.contains(pair.recordA) || changed.contains(pair.recordB)
                if !replaced { pairs[BlockDelta.IDPair(pair.recordA, pair.recordB)] = pair }
                if pair.band == PairBand.match.rawValue {
                    reach(pair.recordA)
                    reach(pair.recordB)
                }
            }
            for constraint in try store.matchConstraints(involving: frontier) {
                constraints[BlockDelta.IDPair(constraint.recordA, constraint.recordB)] = constraint
                if constraint.kind == .mustLink {
                    reach(constraint.recordA)
                    reach(constraint.recordB)
                }
            }
            for record in frontier { for linked in links[record] ?? [] { reach(linked) } }
            frontier = next
        }
        var result = LinkedRegion()
        result.records = region.sorted()
        result.pairs = pairs.keys.sorted().map { pairs[$0]! }.filter { region.contains($0.recordA) || region.contains($0.recordB) }
        result.constraints = constraints.keys.sorted().map { constraints[$0]! }
        var outside = Set<Int64>()
        for pair in result.pairs { for record in [pair.recordA, pair.recordB] where !region.contains(record) { outside.insert(record) } }
        for constraint in result.constraints {
            for record in [constraint.recordA, constraint.recordB] where !region.contains(record) { outside.insert(record) }
        }
        result.outside = outside.sorted()
        return result
    }
}
