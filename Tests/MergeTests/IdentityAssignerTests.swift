import Testing

@testable import Merge

/// One run of the assigner: the previous golden records (id sequence → its record ids), the new
/// clusters (record ids; cluster i is labelled 1000 + i) and what the rule says must happen.
struct AssignerCase: Sendable, CustomTestStringConvertible {
    let name: String
    let previous: [UInt64: [Int64]]
    let clusters: [[Int64]]
    var nextSequence: UInt64 = 100
    /// Per new cluster, the sequence of its golden id.
    let ids: [UInt64]
    let changes: [ClusterIdentity.Change]
    var retired: [(id: UInt64, into: UInt64, reason: Retirement.Reason)] = []
    var splits: [(original: UInt64, larger: UInt64, others: [UInt64])] = []
    var vanished: [UInt64] = []

    var testDescription: String { name }
}

@Suite("Golden id assignment")
struct IdentityAssignerTests {
    static let cases: [AssignerCase] = [
        AssignerCase(
            name: "a new record joins a cluster: its id stays", previous: [1: [1, 2]], clusters: [[1, 2, 3]],
            ids: [1], changes: [.changed]),
        AssignerCase(
            name: "a new person gets a new id", previous: [1: [1]], clusters: [[1], [2]], nextSequence: 2,
            ids: [1, 2], changes: [.unchanged, .minted]),
        AssignerCase(
            name: "two merge: the older id survives even with fewer records", previous: [1: [1], 2: [2, 3]],
            clusters: [[1, 2, 3]], ids: [1], changes: [.changed], retired: [(2, 1, .merged)]),
        AssignerCase(
            name: "two merge: age, not record order, decides", previous: [5: [1, 2], 3: [7]], clusters: [[1, 2, 7]],
            ids: [3], changes: [.changed], retired: [(5, 3, .merged)]),
        AssignerCase(
            name: "three-way merge: the oldest survives, both others redirect to it",
            previous: [4: [1], 2: [2], 7: [3]], clusters: [[1, 2, 3]], ids: [2], changes: [.changed],
            retired: [(4, 2, .merged), (7, 2, .merged)]),
        AssignerCase(
            name: "a split keeps the id on the larger part and mints one for the rest", previous: [1: [1, 2, 3]],
            clusters: [[1], [2, 3]], nextSequence: 2, ids: [2, 1], changes: [.minted, .changed],
            splits: [(1, 1, [2])]),
        AssignerCase(
            name: "a split into equal parts keeps the id on the part with the smallest record",
            previous: [1: [1, 2, 3, 4]], clusters: [[3, 4], [1, 2]], nextSequence: 2, ids: [2, 1],
            changes: [.minted, .changed], splits: [(1, 1, [2])]),
        AssignerCase(
            name: "a three-way split mints in order of each part's smallest record", previous: [1: [1, 2, 3, 4, 5, 6]],
            clusters: [[6], [1, 2, 3, 4], [5]], nextSequence: 8, ids: [9, 1, 8], changes: [.minted, .changed, .minted],
            splits: [(1, 1, [8, 9])]),
        AssignerCase(
            name: "merge and split in one golden record: the larger part merges, the rest is minted",
            previous: [1: [1, 2, 3], 2: [4, 5]], clusters: [[1, 2, 4, 5], [3]], nextSequence: 3, ids: [1, 3],
            changes: [.changed, .minted], retired: [(2, 1, .merged)], splits: [(1, 1, [3])]),
        AssignerCase(
            name: "a split whose larger part joins an older id is absorbed after the split",
            previous: [1: [1, 2], 2: [3, 4, 5]], clusters: [[1, 2, 3, 4], [5]], nextSequence: 3, ids: [1, 3],
            changes: [.changed, .minted], retired: [(2, 1, .absorbedAfterSplit)], splits: [(2, 1, [3])]),
        AssignerCase(
            name: "a merge and an unrelated split in one run", previous: [1: [1], 2: [2], 3: [3, 4, 5]],
            clusters: [[1, 2], [3, 4], [5]], nextSequence: 4, ids: [1, 3, 4], changes: [.changed, .changed, .minted],
            retired: [(2, 1, .merged)], splits: [(3, 3, [4])]),
        AssignerCase(
            name: "a record moving between golden records splits one and grows the other",
            previous: [1: [1, 2, 3], 2: [4, 5]], clusters: [[1, 2], [3, 4, 5]], ids: [1, 2],
            changes: [.changed, .changed], splits: [(1, 1, [2])]),
        AssignerCase(
            name: "rebuild with unchanged clusters keeps every id and changes nothing",
            previous: [3: [1, 2], 1: [3], 2: [4, 5, 6]], clusters: [[4, 5, 6], [1, 2], [3]], ids: [2, 3, 1],
            changes: [.unchanged, .unchanged, .unchanged]),
        AssignerCase(
            name: "rebuild keeps each id where most of its records went", previous: [1: [1, 2, 3, 4], 2: [5, 6]],
            clusters: [[1, 5, 6], [2, 3, 4]], ids: [2, 1], changes: [.changed, .changed], splits: [(1, 1, [2])]),
        AssignerCase(
            name: "an id whose records all left vanishes", previous: [1: [1], 2: [2]], clusters: [[1]], ids: [1],
            changes: [.unchanged], vanished: [2]),
        AssignerCase(
            name: "an id that lost a record to nowhere shrank", previous: [1: [1, 2]], clusters: [[1]], ids: [1],
            changes: [.changed]),
        AssignerCase(
            name: "new ids are minted past the largest previous one", previous: [9: [1]], clusters: [[1], [2]],
            nextSequence: 3, ids: [9, 10], changes: [.unchanged, .minted]),
        AssignerCase(
            name: "the first run mints by smallest record", previous: [:], clusters: [[5, 6], [2], [9]],
            nextSequence: 1, ids: [2, 1, 3], changes: [.minted, .minted, .minted]),
    ]

    @Test("each case follows the rule", arguments: cases)
    func rule(_ example: AssignerCase) {
        let result = Self.run(example)
        #expect(example.clusters.indices.map { result.id(ofCluster: Self.label($0))?.sequence } == example.ids)
        #expect(example.clusters.indices.map { result.clusters[Self.label($0)]?.change } == example.changes)
        #expect(result.retired.map { [$0.id.sequence, $0.into.sequence] } == example.retired.map { [$0.id, $0.into] })
        #expect(result.retired.map(\.reason) == example.retired.map(\.reason))
        #expect(result.splits.map(\.original.sequence) == example.splits.map(\.original))
        #expect(result.splits.map(\.larger.sequence) == example.splits.map(\.larger))
        #expect(result.splits.map { $0.others.map(\.sequence) } == example.splits.map(\.others))
        #expect(result.vanished.map(\.sequence) == example.vanished)
        // Minted: the expected ids not among the previous ones, and the sequence moves past them.
        let expectedMinted = Set(example.ids).subtracting(example.previous.keys)
        #expect(Set(result.minted.map(\.sequence)) == expectedMinted)
        #expect(result.nextSequence == max(example.nextSequence, (example.previous.keys.max() ?? 0) + 1) + UInt64(expectedMinted.count))
        #expect(result.changed == Set(zip(example.ids, example.changes).filter { $0.1 != .unchanged }.map { GoldenID(sequence: $0.0) }))
    }

    @Test("the result depends neither on input order nor on cluster labels", arguments: cases)
    func deterministic(_ example: AssignerCase) {
        let expected = Self.run(example)
        let (previous, clusters) = Self.inputs(example)
        // Reversed lists (sorted by the assigner) and other cluster labels.
        let relabelled = clusters.map { (record: $0.key, cluster: -7 * $0.value) }
        let result = IdentityAssigner().assign(
            previous: previous.map { (record: $0.key, id: $0.value) }.sorted { $0.record > $1.record },
            clusters: relabelled.sorted { $0.record > $1.record }, nextSequence: example.nextSequence)
        #expect(result.retired == expected.retired)
        #expect(result.splits == expected.splits)
        #expect(result.minted == expected.minted)
        for (label, identity) in expected.clusters { #expect(result.clusters[-7 * label] == identity) }
    }

    @Test("assigning again from the result changes nothing", arguments: cases)
    func idempotent(_ example: AssignerCase) {
        let first = Self.run(example)
        let (_, clusters) = Self.inputs(example)
        let previous = clusters.mapValues { first.id(ofCluster: $0)! }
        let second = IdentityAssigner().assign(previous: previous, clusters: clusters, nextSequence: first.nextSequence)
        #expect(second.clusters.values.allSatisfy { $0.change == .unchanged })
        #expect(second.clusters.mapValues(\.id) == first.clusters.mapValues(\.id))
        #expect(second.minted.isEmpty && second.retired.isEmpty && second.splits.isEmpty && second.vanished.isEmpty)
        #expect(second.nextSequence == first.nextSequence)
    }

    @Test("random re-clusterings keep the invariants", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func invariants(seed: UInt64) {
        var random = TestRandom(seed: seed)
        var previous: [Int64: GoldenID] = [:]
        var clusters: [Int64: Int64] = [:]
        for record in Int64(1)...400 {
            if random.below(10) < 8 { previous[record] = GoldenID(sequence: 1 + random.below(120)) }
            if random.below(20) > 0 { clusters[record] = Int64(random.below(150)) }
        }
        let result = IdentityAssigner().assign(previous: previous, clusters: clusters, nextSequence: 121)
        let previousIDs = Set(previous.values)
        let live = result.clusters.values.map(\.id)
        #expect(Set(live).count == live.count, "two clusters share an id")
        #expect(Set(result.minted) == Set(live).subtracting(previousIDs))
        #expect(result.minted.map(\.sequence) == Array(121..<result.nextSequence))
        // Every previous id is kept, retired or vanished — exactly one of them.
        let retired = result.retired.map(\.id)
        #expect(Set(live).intersection(previousIDs).count + retired.count + result.vanished.count == previousIDs.count)
        #expect(Set(live).union(retired).union(result.vanished).isSuperset(of: previousIDs))
        for retirement in result.retired {
            #expect(retirement.into < retirement.id, "a merge must keep the older id")
            #expect(live.contains(retirement.into))
        }
        for split in result.splits { #expect(split.others.allSatisfy(live.contains) && live.contains(split.larger)) }
    }

    @Test("a chain of merges over runs resolves to the last survivor")
    func chainOverRuns() throws {
        // Run 1: records 1..3 are three golden records. Run 2: 2 and 3 merge. Run 3: all merge.
        var redirects = GoldenRedirects()
        let first = IdentityAssigner().assign(previous: [:], clusters: [1: 1, 2: 2, 3: 3], nextSequence: 1)
        var previous = [1, 2, 3].reduce(into: [Int64: GoldenID]()) { $0[$1] = first.id(ofCluster: $1) }
        let second = IdentityAssigner().assign(previous: previous, clusters: [1: 1, 2: 2, 3: 2], nextSequence: 4)
        try redirects.add(second.retired)
        previous = [1: second.id(ofCluster: 1)!, 2: second.id(ofCluster: 2)!, 3: second.id(ofCluster: 2)!]
        let third = IdentityAssigner().assign(previous: previous, clusters: [1: 1, 2: 1, 3: 1], nextSequence: 4)
        try redirects.add(third.retired)
        #expect(redirects.count == 2)
        let survivor = third.id(ofCluster: 1)!
        #expect(survivor == first.id(ofCluster: 1))
        for record in [Int64(1), 2, 3] { #expect(redirects.resolve(first.id(ofCluster: record)!) == survivor) }
    }

    // MARK: - Helpers

    static func label(_ index: Int) -> Int64 { 1000 + Int64(index) }

    static func inputs(_ example: AssignerCase) -> (previous: [Int64: GoldenID], clusters: [Int64: Int64]) {
        var previous: [Int64: GoldenID] = [:]
        for (sequence, records) in example.previous {
            for record in records { previous[record] = GoldenID(sequence: sequence) }
        }
        var clusters: [Int64: Int64] = [:]
        for (index, records) in example.clusters.enumerated() {
            for record in records { clusters[record] = label(index) }
        }
        return (previous, clusters)
    }

    static func run(_ example: AssignerCase) -> IdentityAssignment {
        let (previous, clusters) = inputs(example)
        return IdentityAssigner().assign(previous: previous, clusters: clusters, nextSequence: example.nextSequence)
    }
}

/// SplitMix64: a small seeded generator, so random tests repeat.
struct TestRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }
}
