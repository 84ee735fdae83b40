/// One customer's ranking of the offers of an ``OfferRanker``: the offers with affinity, best
/// first, and the offers left out for them. Every other offer of the ranker follows the ranked
/// ones as a generic offer, cheapest first (``OfferRanker/ranking(_:limit:includeGeneric:)``).
///
/// Kept compact for a global allocation over a million customers: positions into
/// ``OfferRanker/offers`` in one array, nothing for a customer with no affinity at all.
public struct RankedOffers: Hashable, Sendable {
    /// The ranked positions, then the excluded ones.
    var storage: [Int32]
    var rankedCount: Int

    init(storage: [Int32], rankedCount: Int) {
        self.storage = storage
        self.rankedCount = rankedCount
    }

    /// No affinity, nothing excluded: every offer is generic.
    public static let none = RankedOffers(storage: [], rankedCount: 0)

    /// Positions in ``OfferRanker/offers`` of the offers with positive affinity, best first.
    public var ranked: ArraySlice<Int32> { storage[..<rankedCount] }

    /// Positions of the offers left out (bought or returned recently), in ranker order.
    public var excluded: ArraySlice<Int32> { storage[rankedCount...] }

    /// Whether the offer at `position` is ranked or excluded (not generic) for this customer.
    /// - Complexity: O(*m*), *m* the ranked and excluded offers.
    public func mentions(_ position: Int32) -> Bool { storage.contains(position) }
}
