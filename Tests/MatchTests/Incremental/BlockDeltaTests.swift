import Match
import Testing

@Suite struct BlockDeltaTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Per block: members before and after.
        var blocks: [(before: [Int64], after: [Int64])]
        var changed: Set<Int64>
        var pairs: [(Int64, Int64)]
        var crossed = 0
        var oversized = 0
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a new record pairs with every block mate", blocks: [([1, 2], [1, 2, 9])], changed: [9], pairs: [(1, 9), (2, 9)]),
        Case(name: "two new records pair with each other too", blocks: [([1], [1, 8, 9])], changed: [8, 9], pairs: [(1, 8), (1, 9), (8, 9)]),
        Case(
            name: "a pair found by two rules is one candidate", blocks: [([1], [1, 9]), ([1, 3], [1, 3, 9])], changed: [9],
            pairs: [(1, 9), (3, 9)]),
        Case(name: "a record that left a block pairs with nobody there", blocks: [([1, 2, 5], [1, 2])], changed: [5], pairs: []),
        Case(name: "old members do not pair among themselves", blocks: [([1, 2, 3], [1, 2, 3, 9])], changed: [9], pairs: [(1, 9), (2, 9), (3, 9)]),
        Case(name: "a block growing past the limit crosses", blocks: [([1, 2, 3], [1, 2, 3, 8, 9])], changed: [8, 9], pairs: [], crossed: 1),
        Case(name: "a block shrinking under the limit crosses", blocks: [([1, 2, 3, 4, 5], [1, 2, 3, 4])], changed: [5], pairs: [], crossed: 1),
        Case(name: "a block over the limit before and after is skipped", blocks: [([1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 9])], changed: [9], pairs: [], oversized: 1),
        Case(name: "a block at the limit is kept", blocks: [([1, 2, 3], [1, 2, 3, 9])], changed: [9], pairs: [(1, 9), (2, 9), (3, 9)]),
    ]

    @Test(arguments: cases)
    func pairs(of example: Case) {
        let delta = BlockDelta(maxBlockSize: 4)
        let blocks = example.blocks.enumerated().map { index, block in
            BlockDelta.Block(key: RecordBlockKeys.Key(rule: index, hash: 7), before: block.before, after: block.after)
        }
        let result = delta.pairs(blocks: blocks, changed: example.changed)
        #expect(result.pairs == example.pairs.map { BlockDelta.IDPair($0.0, $0.1) })
        #expect(result.crossed == example.crossed)
        #expect(result.oversized == example.oversized)
    }

    @Test func pairsAreOrderedSmallerFirst() {
        #expect(BlockDelta.IDPair(9, 2) == BlockDelta.IDPair(2, 9))
        #expect(BlockDelta.IDPair(9, 2).a == 2)
        #expect(BlockDelta.IDPair(1, 5) < BlockDelta.IDPair(2, 3))
    }
}
