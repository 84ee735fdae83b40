/// Allocates offers to customers in one global pass, within each offer's quantity and budget.
///
/// Customers are served one at a time in a fixed order: priority descending, then value
/// descending, then golden id ascending (then request order, for two requests of one
/// customer). Each gets up to *k* offers: their ranked offers first, best first, then generic
/// offers cheapest first (unless the request says not). An offer is available while fewer than
/// its quantity have gone and its spend plus one more cost stays within its budget; when one
/// runs out, the customer's next offer takes its place. Money is counted exactly, in
/// ten-thousandths. Requests are independent: two requests of one customer may get the same
/// offer.
///
/// ```swift
/// let allocator = OfferAllocator(ranker: ranker)
/// let result = allocator.allocate(requests)
/// result.offers[0]          // ["OF-7", "OF-2"]: the first request's offers
/// result.usage              // per offer: allocated, spent, exhausted
/// ```
public struct OfferAllocator: Sendable {
    public let ranker: OfferRanker
    private let cost: [Int64]
    private let quantity: [Int]
    private let budget: [Int64]

    public init(ranker: OfferRanker) {
        self.ranker = ranker
        cost = ranker.offers.map { Self.tenThousandths($0.cost) }
        quantity = ranker.offers.map { $0.quantity ?? .max }
        budget = ranker.offers.map { $0.budget.map(Self.tenThousandths) ?? .max }
    }

    /// Serves every request (see the type's notes for the order).
    /// - Complexity: O(*r* log *r* + Σ *m* + *n*) for *r* requests with *m* ranked or excluded
    ///   offers each and *n* offers: generic offers that ran out are skipped in constant time.
    public func allocate(_ requests: [OfferRequest]) -> OfferAllocation {
        var state = State(cost: cost, quantity: quantity, budget: budget)
        var given = Array(repeating: [String](), count: requests.count)
        var short = 0
        var mark = Array(repeating: -1, count: cost.count)
        for index in servingOrder(requests) {
            let request = requests[index]
            var picked: [String] = []
            picked.reserveCapacity(max(0, min(request.count, 8)))
            for position in request.ranked.ranked where picked.count < request.count {
                if state.take(Int(position)) { picked.append(ranker.offers[Int(position)].id) }
            }
            if request.includeGeneric, picked.count < request.count {
                for position in request.ranked.storage { mark[Int(position)] = index }
                var position = state.nextAvailable(from: 0)
                while position < cost.count, picked.count < request.count {
                    if mark[position] != index, state.take(position) { picked.append(ranker.offers[position].id) }
                    position = state.nextAvailable(from: position + 1)
                }
            }
            if picked.count < request.count { short += 1 }
            given[index] = picked
        }
        let usage = ranker.offers.indices.map { position in
            OfferUsage(
                offerID: ranker.offers[position].id, allocated: state.allocated[position],
                spent: Double(state.spent[position]) / 10_000, exhausted: !state.isAvailable(position))
        }
        return OfferAllocation(offers: given, usage: usage, shortRequests: short)
    }

    /// Request indices in serving order.
    func servingOrder(_ requests: [OfferRequest]) -> [Int] {
        requests.indices.sorted { a, b in
            let x = requests[a]
            let y = requests[b]
            if x.priority != y.priority { return x.priority > y.priority }
            if x.value != y.value { return x.value > y.value }
            if x.goldenID != y.goldenID { return x.goldenID < y.goldenID }
            return a < b
        }
    }

    static func tenThousandths(_ money: Double) -> Int64 {
        let scaled = (money * 10_000).rounded()
        return scaled >= 9.2e18 ? .max : Int64(scaled)
    }
}

extension OfferAllocator {
    /// What has gone so far, and a skip list over offers that ran out: `next[i]` leads to the
    /// first available offer at or after `i` (with path halving), so the generic walk never
    /// revisits an exhausted offer.
    struct State {
        let cost: [Int64]
        let quantity: [Int]
        let budget: [Int64]
        var allocated: [Int]
        var spent: [Int64]
        private var next: [Int]

        init(cost: [Int64], quantity: [Int], budget: [Int64]) {
            self.cost = cost
            self.quantity = quantity
            self.budget = budget
            allocated = Array(repeating: 0, count: cost.count)
            spent = Array(repeating: 0, count: cost.count)
            next = Array(0...cost.count)
            for position in cost.indices where !isAvailable(position) { next[position] = position + 1 }
        }

        func isAvailable(_ position: Int) -> Bool {
            allocated[position] < quantity[position] && cost[position] <= budget[position] - spent[position]
        }

        /// Allocates one of the offer if it is available.
        mutating func take(_ position: Int) -> Bool {
            guard isAvailable(position) else { return false }
            allocated[position] += 1
            spent[position] += cost[position]
            if !isAvailable(position) { next[position] = position + 1 }
            return true
        }

        /// The first available position at or after `position` (`count` when none).
        mutating func nextAvailable(from position: Int) -> Int {
            var current = position
            while next[current] != current {
                next[current] = next[next[current]]
                current = next[current]
            }
            return current
        }
    }
}
