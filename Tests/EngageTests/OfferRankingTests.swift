import Testing

@testable import Engage

@Suite("Offer ranking")
struct OfferRankingTests {
    typealias F = OfferFixture

    /// SHOE is on a SKU of the running category; BIG and RUN tie on cost (id decides); OUT is
    /// not valid on the as-of day.
    static let offers = [
        F.offer("RUN", category: "running", cost: 5), F.offer("SHOE", category: "running", sku: "S1", cost: 3),
        F.offer("HAT", category: "hats", cost: 2), F.offer("SOCK", category: "socks", cost: 1),
        F.offer("BIG", category: "running", cost: 5), F.offer("OUT", category: "running", cost: 0, from: "2026-07-01"),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var events: [EngageEvent]
        /// The full order: ranked, then generic.
        var order: [String]
        var ranked: Int
        var excluded: [String] = []
        var skuWeight: Double = 2
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no history: all generic by cost then id", events: [], order: ["SOCK", "HAT", "SHOE", "BIG", "RUN"], ranked: 0),
        Case(
            name: "category affinity ties break by cost then id", events: [F.purchase(100, [("running", nil)])],
            order: ["SHOE", "BIG", "RUN", "SOCK", "HAT"], ranked: 3),
        Case(
            name: "a SKU line weighs more than a category line", events: [F.purchase(60, [("running", "S1")])],
            order: ["SHOE", "BIG", "RUN", "SOCK", "HAT"], ranked: 3),
        Case(
            name: "a light SKU weight ranks the SKU below the category", events: [F.purchase(60, [("running", "S1")])],
            order: ["BIG", "RUN", "SHOE", "SOCK", "HAT"], ranked: 3, skuWeight: 0.25),
        Case(
            name: "a SKU line counts once for an offer on the SKU and its category",
            events: [F.purchase(100, [("running", "S1"), ("hats", nil), ("hats", nil)])],
            order: ["HAT", "SHOE", "BIG", "RUN", "SOCK"], ranked: 4),
        Case(
            name: "recent beats old", events: [F.purchase(400, [("socks", nil), ("socks", nil)]), F.purchase(40, [("hats", nil)])],
            order: ["HAT", "SOCK", "SHOE", "BIG", "RUN"], ranked: 2),
        Case(
            name: "frequent beats recent when it outweighs", events: [F.purchase(100, [("socks", nil), ("socks", nil), ("socks", nil)]), F.purchase(0, [("hats", nil)])],
            order: ["SOCK", "HAT", "SHOE", "BIG", "RUN"], ranked: 2),
        Case(
            name: "a SKU bought recently is left out", events: [F.purchase(10, [("running", "S1")])],
            order: ["BIG", "RUN", "SOCK", "HAT"], ranked: 2, excluded: ["SHOE"]),
        Case(
            name: "a SKU bought on the window's last day is left out", events: [F.purchase(30, [("running", "S1")])],
            order: ["BIG", "RUN", "SOCK", "HAT"], ranked: 2, excluded: ["SHOE"]),
        Case(
            name: "a SKU returned recently is left out", events: [F.purchase(200, [("running", "S1")]), F.returned(20, [(nil, "S1")])],
            order: ["BIG", "RUN", "SOCK", "HAT"], ranked: 2, excluded: ["SHOE"]),
        Case(
            name: "a SKU line returned also leaves out its category if only returned",
            events: [F.purchase(200, [("running", "S1")]), F.returned(20, [("running", "S1")])],
            order: ["SOCK", "HAT"], ranked: 0, excluded: ["SHOE", "BIG", "RUN"]),
        Case(
            name: "an old return neither excludes nor adds affinity", events: [F.returned(40, [("running", "S1")])],
            order: ["SOCK", "HAT", "SHOE", "BIG", "RUN"], ranked: 0),
        Case(
            name: "a category only returned recently is left out", events: [F.purchase(100, [("hats", nil)]), F.returned(5, [("hats", nil)])],
            order: ["SOCK", "SHOE", "BIG", "RUN"], ranked: 0, excluded: ["HAT"]),
        Case(
            name: "a category returned and bought recently stays", events: [F.purchase(6, [("hats", nil)]), F.returned(5, [("hats", nil)])],
            order: ["HAT", "SOCK", "SHOE", "BIG", "RUN"], ranked: 1),
        Case(
            name: "a returned category keeps its SKU offers", events: [F.returned(5, [("running", nil)])],
            order: ["SOCK", "HAT", "SHOE"], ranked: 0, excluded: ["BIG", "RUN"]),
        Case(
            name: "events after the as-of day are ignored", events: [F.purchase(-5, [("hats", nil)]), F.returned(-1, [(nil, "S1")])],
            order: ["SOCK", "HAT", "SHOE", "BIG", "RUN"], ranked: 0),
        Case(
            name: "other kinds of event are ignored",
            events: [EngageEvent(kind: .review, day: F.asOf, items: [.init(category: "hats", sku: nil)])],
            order: ["SOCK", "HAT", "SHOE", "BIG", "RUN"], ranked: 0),
    ]

    @Test(arguments: cases) func ranks(_ test: Case) {
        var settings = OfferSettings()
        settings.skuWeight = test.skuWeight
        let ranker = OfferRanker(offers: Self.offers, asOf: F.asOf, settings: settings)
        let ranked = ranker.rank(test.events)
        let ids = { (positions: [Int32]) in positions.map { ranker.offers[Int($0)].id } }
        #expect(ids(ranker.ranking(ranked)) == test.order)
        #expect(ranked.ranked.count == test.ranked)
        #expect(ids(Array(ranked.excluded)) == test.excluded)
        #expect(ids(ranker.ranking(ranked, limit: 2)) == Array(test.order.prefix(2)))
        #expect(ids(ranker.ranking(ranked, includeGeneric: false)) == Array(test.order.prefix(test.ranked)))
    }

    @Test func oneWorkspaceServesManyCustomers() {
        let ranker = OfferRanker(offers: Self.offers, asOf: F.asOf, settings: OfferSettings())
        var workspace = ranker.makeWorkspace()
        for test in Self.cases + Self.cases.reversed() where test.skuWeight == 2 {
            #expect(ranker.rank(test.events, in: &workspace) == ranker.rank(test.events), "\(test.name)")
        }
    }

    @Test(arguments: [0, 1, 2, 16]) func depthBoundsTheRanking(depth: Int) {
        let ranker = OfferRanker(offers: Self.offers, asOf: F.asOf, settings: OfferSettings(), depth: depth)
        let ranked = ranker.rank([F.purchase(100, [("running", nil)])])
        let full = ["SHOE", "BIG", "RUN"]
        #expect(ranked.ranked.map { ranker.offers[Int($0)].id } == Array(full.prefix(depth)))
        // Past the depth, offers with affinity fall back among the generic ones, by cost.
        let order = ranker.ranking(ranked).map { ranker.offers[Int($0)].id }
        #expect(Set(order) == ["SHOE", "BIG", "RUN", "SOCK", "HAT"])
        #expect(Array(order.prefix(min(depth, 3))) == Array(full.prefix(depth)))
    }

    @Test func noOffersValidRanksNothing() {
        let ranker = OfferRanker(offers: Self.offers, asOf: F.day("2027-01-01"), settings: OfferSettings())
        #expect(ranker.offers.isEmpty)
        #expect(ranker.rank([F.purchase(1, [("hats", nil)])]) == .none)
    }

    @Test(arguments: [0, 1, 45, 500, RecencyDecay.tableSize - 1, RecencyDecay.tableSize, 5_000])
    func weightHalvesEveryHalfLife(age: Int) {
        let decay = RecencyDecay(halfLife: 90)
        #expect(abs(decay.weight(age: age + 90) * 2 - decay.weight(age: age)) <= 1e-12 * decay.weight(age: age))
        #expect(decay.weight(age: age) > 0 && decay.weight(age: age) <= 1)
    }

    @Test(arguments: [0.0, -3, .nan]) func noHalfLifeMeansNoDecay(halfLife: Double) {
        let decay = RecencyDecay(halfLife: halfLife)
        #expect(decay.weight(age: 0) == 1 && decay.weight(age: 5_000) == 1)
    }

    @Test func keyIndexFindsEveryKey() {
        let keys = (0..<100).map { "key-\($0)" }
        let index = OfferKeyIndex(keys.enumerated().flatMap { [($1, Int32($0)), ($1, Int32($0 + 100))] })
        for (number, key) in keys.enumerated() {
            let slot = index.slot(of: key)!
            #expect(index.range(slot).map { index.positions[$0] } == [Int32(number), Int32(number + 100)])
        }
        #expect(index.slot(of: "key-100") == nil && index.slot(of: "") == nil)
        #expect(OfferKeyIndex([]).slot(of: "key-1") == nil)
    }
}
