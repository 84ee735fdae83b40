import Testing

@testable import Engage

@Suite("Offer allocation")
struct OfferAllocationTests {
    typealias F = OfferFixture

    struct Ask: Sendable {
        var id: String
        /// Categories bought, most affinity first (`d1` is the SKU of offer D, bought recently).
        var likes: [String] = []
        var k: Int = 1
        var priority: Int = 0
        var value: Double = 0
        var generic = true
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// (quantity, budget) per offer A, B, C; D (a SKU, cost 0.5) is unlimited.
        var limits: [String: (Int?, Double?)] = [:]
        var asks: [Ask]
        var expected: [String: [String]]
        var allocated: [String: Int]
        var short = 0
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unlimited: ranked first, then generic by cost",
            asks: [Ask(id: "G1", likes: ["c"], k: 2), Ask(id: "G2", k: 2)],
            expected: ["G1": ["C", "D"], "G2": ["D", "A"]], allocated: ["A": 1, "C": 1, "D": 2]),
        Case(
            name: "quantity runs out: the next ranked offer takes its place",
            limits: ["C": (1, nil)], asks: [Ask(id: "G2", likes: ["c", "b"], k: 1), Ask(id: "G1", likes: ["c", "b"], k: 1)],
            expected: ["G1": ["C"], "G2": ["B"]], allocated: ["B": 1, "C": 1]),
        Case(
            name: "budget allows whole allocations only",
            limits: ["C": (nil, 7)], asks: (1...3).map { Ask(id: "G\($0)", likes: ["c"]) },
            expected: ["G1": ["C"], "G2": ["C"], "G3": ["D"]], allocated: ["C": 2, "D": 1]),
        Case(
            name: "priority, then value, then id decide who is served first",
            limits: ["C": (2, nil)],
            asks: [
                Ask(id: "G1", likes: ["c"], value: 5), Ask(id: "G2", likes: ["c"], value: 10),
                Ask(id: "G3", likes: ["c"], priority: 1), Ask(id: "G0", likes: ["c"], value: 5),
            ],
            expected: ["G3": ["C"], "G2": ["C"], "G0": ["D"], "G1": ["D"]], allocated: ["C": 2, "D": 2]),
        Case(
            name: "a matching-only request stays short when its offers ran out",
            limits: ["C": (1, nil)], asks: [Ask(id: "G1", likes: ["c"]), Ask(id: "G2", likes: ["c"], generic: false)],
            expected: ["G1": ["C"], "G2": []], allocated: ["C": 1], short: 1),
        Case(
            name: "an offer dearer than its budget, or of quantity 0, is never given",
            limits: ["A": (nil, 0.5), "B": (0, nil)], asks: [Ask(id: "G1", likes: ["a", "b"], k: 3)],
            expected: ["G1": ["D", "C"]], allocated: ["C": 1, "D": 1], short: 1),
        Case(
            name: "an excluded offer is not given as a generic one",
            asks: [Ask(id: "G1", likes: ["d1"], k: 2)], expected: ["G1": ["A", "B"]], allocated: ["A": 1, "B": 1]),
        Case(
            name: "tight bank: everything runs out",
            limits: ["A": (1, nil), "B": (nil, 2), "C": (nil, 0)],
            asks: [Ask(id: "G1", likes: ["b"], k: 3), Ask(id: "G2", likes: ["a"], k: 3)],
            expected: ["G1": ["B", "D", "A"], "G2": ["D"]], allocated: ["A": 1, "B": 1, "D": 2], short: 1),
    ]

    static func ranker(_ limits: [String: (Int?, Double?)]) -> OfferRanker {
        let offers = [("A", "a", 1.0), ("B", "b", 2), ("C", "c", 3)].map { id, category, cost in
            F.offer(id, category: category, cost: cost, quantity: limits[id]?.0, budget: limits[id]?.1)
        }
        return OfferRanker(offers: offers + [F.offer("D", sku: "d1", cost: 0.5)], asOf: F.asOf, settings: OfferSettings())
    }

    static func request(_ ask: Ask, ranker: OfferRanker) -> OfferRequest {
        let events = ask.likes.enumerated().map { rank, like in
            like == "d1" ? F.purchase(1, [(nil, "d1")]) : F.purchase(40 + 90 * rank, [(like, nil)])
        }
        return OfferRequest(
            goldenID: ask.id, count: ask.k, ranked: ranker.rank(events), priority: ask.priority, value: ask.value,
            includeGeneric: ask.generic)
    }

    @Test(arguments: cases) func allocates(_ test: Case) {
        let ranker = Self.ranker(test.limits)
        let requests = test.asks.map { Self.request($0, ranker: ranker) }
        let result = OfferAllocator(ranker: ranker).allocate(requests)
        let given = Dictionary(uniqueKeysWithValues: zip(test.asks.map(\.id), result.offers))
        #expect(given == test.expected)
        #expect(result.shortRequests == test.short)
        for usage in result.usage {
            let offer = ranker.offers.first { $0.id == usage.offerID }!
            #expect(usage.allocated == test.allocated[usage.offerID, default: 0], "\(usage.offerID)")
            #expect(abs(usage.spent - Double(usage.allocated) * offer.cost) < 1e-9)
            let full = usage.allocated >= (offer.quantity ?? .max) || usage.spent + offer.cost > (offer.budget ?? .infinity)
            #expect(usage.exhausted == full, "\(usage.offerID)")
        }
    }

    /// Random banks and customers: limits hold, nobody gets an offer twice or one left out for
    /// them, nobody is short while an offer they could take is left, and the input order does not
    /// matter.
    @Test(arguments: [1, 2, 3, 4, 5]) func holdsLimitsUnderRandomLoad(seed: UInt64) {
        var random = OfferTestRandom(seed: seed)
        let categories = ["a", "b", "c", "d", "e"]
        let offers = (0..<8).map { number in
            F.offer(
                "O\(number)", category: categories[random.next(5)], sku: random.next(3) == 0 ? "s\(number)" : nil,
                cost: Double(1 + random.next(4)) / 2, quantity: random.next(2) == 0 ? random.next(6) : nil,
                budget: random.next(2) == 0 ? Double(random.next(12)) : nil)
        }
        let ranker = OfferRanker(offers: offers, asOf: F.asOf, settings: OfferSettings())
        let requests = (0..<60).map { number in
            let events = (0..<random.next(4)).map { _ in
                F.purchase(random.next(200), [(categories[random.next(5)], random.next(2) == 0 ? "s\(random.next(8))" : nil)])
            }
            return OfferRequest(
                goldenID: "G\(number)", count: 1 + random.next(3), ranked: ranker.rank(events), priority: random.next(2),
                value: Double(random.next(3)), includeGeneric: random.next(4) != 0)
        }
        let allocator = OfferAllocator(ranker: ranker)
        let result = allocator.allocate(requests)
        for (position, usage) in result.usage.enumerated() {
            let offer = ranker.offers[position]
            #expect(usage.allocated <= offer.quantity ?? .max)
            #expect(usage.spent <= (offer.budget ?? .infinity) + 1e-9)
        }
        let counts = result.offers.flatMap { $0 }.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        #expect(counts == Dictionary(uniqueKeysWithValues: result.usage.filter { $0.allocated > 0 }.map { ($0.offerID, $0.allocated) }))
        for (request, given) in zip(requests, result.offers) {
            #expect(Set(given).count == given.count)
            #expect(given.count <= request.count)
            let excluded = Set(request.ranked.excluded.map { ranker.offers[Int($0)].id })
            #expect(excluded.isDisjoint(with: given))
            if given.count < request.count {
                let candidates = ranker.ranking(request.ranked, includeGeneric: request.includeGeneric)
                #expect(candidates.allSatisfy { given.contains(ranker.offers[Int($0)].id) || result.usage[Int($0)].exhausted })
            }
        }
        let reversed = allocator.allocate(requests.reversed())
        #expect(Array(reversed.offers.reversed()) == result.offers)
        #expect(reversed.usage == result.usage)
    }
}

/// A small deterministic generator for randomized tests.
struct OfferTestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
