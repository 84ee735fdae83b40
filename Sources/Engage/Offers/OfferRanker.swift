/// Ranks the offers valid on a day for each customer by recency-weighted affinity to what they
/// buy.
///
/// An offer's score for a customer is the sum, over the lines of their purchases up to the
/// as-of day, of 0.5^(age / ``OfferSettings/halfLifeDays``) times the line's match weight:
/// ``OfferSettings/skuWeight`` when the line's SKU is the offer's SKU, otherwise 1 when the
/// line's category is the offer's category, otherwise nothing. A line counts once per offer
/// whatever its quantity; returns add no affinity.
///
/// Left out (``RankedOffers/excluded``):
/// - an offer on a SKU the customer bought or returned within ``OfferSettings/excludeRecentDays``
///   (age ≤ that many days): they have just got it, or did not want it;
/// - an offer on a category alone (no SKU) when the customer returned something in that category
///   within that window and bought nothing in it then: their latest brush with the category was
///   a return. A category they just bought in stays in: that is the cross-sell.
///
/// Order: score descending; ties by cost ascending, then id. Offers with no affinity are not
/// ranked one by one: they follow every positive one as generic offers, cheapest first then by
/// id (``offers`` is kept in that order, so a position is its generic rank).
///
/// Build one ranker per run (the index is shared and read-only) and one ``Workspace`` per
/// thread:
///
/// ```swift
/// let ranker = OfferRanker(offers: bank.offers, asOf: today, settings: settings.offers)
/// var workspace = ranker.makeWorkspace()
/// let ranked = ranker.rank(facts.events, in: &workspace)
/// ranker.ranking(ranked, limit: 3).map { ranker.offers[Int($0)].id }   // the customer's top 3
/// ```
public struct OfferRanker: Sendable {
    /// The offers valid on ``asOf``, cheapest first, then by id. Rankings hold positions in it.
    public let offers: [Offer]
    public let asOf: Day
    public let settings: OfferSettings
    /// The most offers a ranking keeps, best first; past them the allocator goes on with
    /// generic offers.
    public let depth: Int
    let decay: RecencyDecay
    let bySKU: OfferKeyIndex
    let byCategory: OfferKeyIndex
    /// Per position: the offer's SKU slot in ``bySKU``, or -1 for an offer on a category alone.
    let skuSlot: [Int32]

    /// Keeps the offers valid on `asOf` and indexes them by SKU and by category. `depth` bounds
    /// each ranking (and the work and memory per customer).
    /// - Complexity: O(*n* log *n*) for *n* offers.
    public init(offers: some Sequence<Offer>, asOf: Day, settings: OfferSettings, depth: Int = 16) {
        let valid = offers.filter { $0.isValid(on: asOf) }.sorted { ($0.cost, $0.id) < ($1.cost, $1.id) }
        self.offers = valid
        self.asOf = asOf
        self.settings = settings
        self.depth = max(0, depth)
        decay = RecencyDecay(halfLife: settings.halfLifeDays)
        let positions = valid.indices.map { Int32($0) }
        let bySKU = OfferKeyIndex(zip(valid, positions).compactMap { offer, position in offer.sku.map { ($0, position) } })
        self.bySKU = bySKU
        byCategory = OfferKeyIndex(
            zip(valid, positions).compactMap { offer, position in offer.category.map { ($0, position) } })
        skuSlot = valid.map { offer in offer.sku.flatMap { bySKU.slot(of: $0) }.map { Int32($0) } ?? -1 }
    }

    /// Scratch space sized for this ranker; reuse it for every customer a thread ranks.
    public func makeWorkspace() -> Workspace { Workspace(count: offers.count, depth: depth) }

    /// The ranking for a customer with these events (in any order; those after ``asOf`` are
    /// ignored).
    /// - Complexity: O(*l* · *o* + *m* · ``depth``): *l* purchase and return lines, *o* offers
    ///   per SKU or category, *m* offers touched.
    public func rank(_ events: [EngageEvent], in workspace: inout Workspace) -> RankedOffers {
        precondition(workspace.count == offers.count && workspace.depth == depth, "a workspace from another ranker")
        guard !offers.isEmpty else { return .none }
        workspace.begin()
        let recent = settings.excludeRecentDays
        for index in events.indices {
            let kind = events[index].kind
            guard kind == .purchase || kind == .return else { continue }
            let age = asOf.days(since: events[index].day)
            guard age >= 0 else { continue }
            if kind == .purchase {
                score(purchase: events[index].items, weight: decay.weight(age: age), recent: age <= recent, in: &workspace)
            } else if age <= recent {
                mark(returned: events[index].items, in: &workspace)
            }
        }
        return workspace.finish(categoryOnly: skuSlot)
    }

    /// ``rank(_:in:)`` with a workspace of its own: for tests and one-off use.
    public func rank(_ events: [EngageEvent]) -> RankedOffers {
        var workspace = makeWorkspace()
        return rank(events, in: &workspace)
    }

    /// The customer's full order as positions in ``offers``: the ranked offers, then (when
    /// `includeGeneric`) every offer neither ranked nor excluded, cheapest first; at most `limit`.
    /// - Complexity: O(*n* · *m*); the allocator does the same walk in O(*n* + *m*).
    public func ranking(_ ranked: RankedOffers, limit: Int = .max, includeGeneric: Bool = true) -> [Int32] {
        var order = Array(ranked.ranked.prefix(limit))
        guard includeGeneric else { return order }
        for position in offers.indices where order.count < limit {
            let position = Int32(position)
            if !ranked.mentions(position) { order.append(position) }
        }
        return order
    }

    private func score(purchase items: [EngageEvent.Item], weight: Double, recent: Bool, in workspace: inout Workspace) {
        let skuWeight = weight * settings.skuWeight
        for item in items {
            var lineSKU = -1
            if let sku = item.sku, let slot = bySKU.slot(of: sku) {
                lineSKU = slot
                for index in bySKU.range(slot) {
                    let position = bySKU.positions[index]
                    workspace.add(skuWeight, to: position)
                    if recent { workspace.flag(position, Workspace.recentSKU) }
                }
            }
            guard let category = item.category, let slot = byCategory.slot(of: category) else { continue }
            for index in byCategory.range(slot) {
                let position = byCategory.positions[index]
                let offerSKU = Int(skuSlot[Int(position)])
                // A line that matched the offer's SKU already counted with the SKU's weight.
                if offerSKU >= 0, offerSKU == lineSKU { continue }
                workspace.add(weight, to: position)
                if recent, offerSKU < 0 { workspace.flag(position, Workspace.categoryBought) }
            }
        }
    }

    private func mark(returned items: [EngageEvent.Item], in workspace: inout Workspace) {
        for item in items {
            if let sku = item.sku, let slot = bySKU.slot(of: sku) {
                for index in bySKU.range(slot) { workspace.flag(bySKU.positions[index], Workspace.recentSKU) }
            }
            guard let category = item.category, let slot = byCategory.slot(of: category) else { continue }
            for index in byCategory.range(slot) where skuSlot[Int(byCategory.positions[index])] < 0 {
                workspace.flag(byCategory.positions[index], Workspace.categoryReturned)
            }
        }
    }
}
