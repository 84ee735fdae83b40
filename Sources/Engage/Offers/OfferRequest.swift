/// One customer's ask in the global allocation: how many offers, from which ranking, and where
/// the customer stands in the queue.
public struct OfferRequest: Hashable, Sendable {
    public var goldenID: String
    /// How many offers to allocate (the treatment's or trigger's *k*).
    public var count: Int
    public var ranked: RankedOffers
    /// Customers are served by priority, highest first (the action's priority)…
    public var priority: Int
    /// …then by value, highest first (say, monetary value over the frequency window)…
    public var value: Double
    /// …then by golden id. When false, only the ranked offers are allocated (no generic ones):
    /// for a cross-sell that must match.
    public var includeGeneric: Bool

    public init(
        goldenID: String, count: Int, ranked: RankedOffers, priority: Int = 0, value: Double = 0,
        includeGeneric: Bool = true
    ) {
        self.goldenID = goldenID
        self.count = count
        self.ranked = ranked
        self.priority = priority
        self.value = value
        self.includeGeneric = includeGeneric
    }
}

/// What the allocation gave: offer ids per request, and what each offer used.
public struct OfferAllocation: Hashable, Sendable {
    /// Offer ids per request, in the order the requests were given; best first.
    public var offers: [[String]]
    /// Per offer of the ranker, in its order: allocations and spend.
    public var usage: [OfferUsage]
    /// Requests that got fewer offers than they asked for.
    public var shortRequests: Int

    public init(offers: [[String]], usage: [OfferUsage], shortRequests: Int) {
        self.offers = offers
        self.usage = usage
        self.shortRequests = shortRequests
    }
}

/// How much of one offer the allocation used, for the summary.
public struct OfferUsage: Hashable, Sendable {
    public var offerID: String
    /// Allocations made.
    public var allocated: Int
    /// ``allocated`` × the offer's cost.
    public var spent: Double
    /// True when the quantity or budget left cannot cover one more allocation.
    public var exhausted: Bool

    public init(offerID: String, allocated: Int, spent: Double, exhausted: Bool) {
        self.offerID = offerID
        self.allocated = allocated
        self.spent = spent
        self.exhausted = exhausted
    }
}
