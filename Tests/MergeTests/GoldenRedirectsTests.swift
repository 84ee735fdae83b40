import GoldenCore
import Testing

@testable import Merge

@Suite("Golden id redirects")
struct GoldenRedirectsTests {
    /// Redirects as (retired, into) sequences, added in order, and where each id must resolve.
    static let chains: [(name: String, redirects: [(UInt64, UInt64)], resolves: [UInt64: UInt64])] = [
        ("a live id resolves to itself", [], [1: 1]),
        ("one merge", [(2, 1)], [2: 1, 1: 1]),
        ("a survivor retired later carries its redirects along", [(7, 4), (4, 2)], [7: 2, 4: 2, 2: 2]),
        ("the same chain recorded in the other order", [(4, 2), (7, 4)], [7: 2, 4: 2]),
        ("a tree of merges", [(9, 5), (8, 5), (5, 3), (6, 3), (3, 1)], [9: 1, 8: 1, 6: 1, 5: 1, 3: 1, 2: 2]),
    ]

    @Test("chains resolve to the last survivor", arguments: chains.indices)
    func resolve(_ index: Int) throws {
        let chain = Self.chains[index]
        let redirects = try GoldenRedirects(chain.redirects.map { (retired: Self.id($0.0), into: Self.id($0.1)) })
        for (from, to) in chain.resolves { #expect(redirects.resolve(Self.id(from)) == Self.id(to), "\(chain.name): \(from)") }
        #expect(redirects.count == chain.redirects.count)
        // Flattened: one step from every retired id to its live end.
        let flat = redirects.flattened()
        #expect(flat.map(\.retired) == chain.redirects.map { Self.id($0.0) }.sorted())
        for pair in flat {
            #expect(pair.live == redirects.resolve(pair.retired))
            #expect(!redirects.isRetired(pair.live))
        }
    }

    @Test("redirects that would loop or re-retire are refused", arguments: [
        [(1, 1)],  // onto itself
        [(2, 1), (1, 2)],  // a two-id loop
        [(3, 2), (2, 1), (1, 3)],  // a loop through a chain
        [(3, 1), (3, 2)],  // retired twice, to different ids
    ] as [[(UInt64, UInt64)]])
    func refused(_ pairs: [(UInt64, UInt64)]) throws {
        var redirects = GoldenRedirects()
        for pair in pairs.dropLast() { try redirects.add(retired: Self.id(pair.0), into: Self.id(pair.1)) }
        let before = redirects
        let last = pairs.last!
        let error = #expect(throws: GoldenError.self) { try redirects.add(retired: Self.id(last.0), into: Self.id(last.1)) }
        #expect(error?.code == .goldenRedirect)
        #expect(redirects == before)
    }

    @Test("recording the same redirect twice changes nothing")
    func repeated() throws {
        var redirects = try GoldenRedirects([(retired: Self.id(5), into: Self.id(2))])
        try redirects.add(retired: Self.id(5), into: Self.id(2))
        #expect(redirects.count == 1)
        #expect(redirects.redirect(of: Self.id(5)) == Self.id(2))
        #expect(redirects.redirect(of: Self.id(2)) == nil)
    }

    static func id(_ sequence: UInt64) -> GoldenID { GoldenID(sequence: sequence) }
}
