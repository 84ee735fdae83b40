import GoldenCore

/// One row of the offer bank: what it is on, what it costs, when it is valid and how many there are.
public struct Offer: Hashable, Sendable {
    public var id: String
    /// The category or SKU it promotes (at least one).
    public var category: Optional<String>
    public var sku: Optional<String>
    /// What one allocation costs the retailer.
    public var cost: Double
    /// First and last valid day, inclusive.
    public var validFrom: Day
    public var validTo: Day
    /// How many can be allocated in all (`nil`: no limit).
    public var quantity: Optional<Int>
    /// The most that may be spent on allocations in all (`nil`: no limit).
    public var budget: Optional<Double>

    public init(
        id: String, category: String?, sku: String?, cost: Double, validFrom: Day, validTo: Day,
        quantity: Int? = nil, budget: Double? = nil
    ) {
        self.id = id
        self.category = category
        self.sku = sku
        self.cost = cost
        self.validFrom = validFrom
        self.validTo = validTo
        self.quantity = quantity
        self.budget = budget
    }
}
