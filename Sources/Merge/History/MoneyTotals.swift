import GoldenCore

/// Running totals per currency, in ten-thousandths, saturating rather than trapping on absurd
/// feed values.
struct MoneyTotals: Hashable, Sendable {
    private var totals: [String: Int64] = [:]

    init() {}

    init(_ amounts: [Money]) { add(amounts) }

    var isEmpty: Bool { totals.isEmpty }

    mutating func add(_ amount: Amount, currency: String) {
        // One hash lookup: the total is changed in place.
        Self.add(amount.tenThousandths, to: &totals[currency, default: 0])
    }

    /// Adds `amount` to `total`, which stays at the bound it would pass.
    private static func add(_ amount: Int64, to total: inout Int64) {
        let sum = total.addingReportingOverflow(amount)
        total = sum.overflow ? (amount > 0 ? .max : .min) : sum.partialValue
    }

    mutating func add(_ amounts: [Money]) {
        for money in amounts { add(money.amount, currency: money.currency) }
    }

    mutating func add(_ other: MoneyTotals) {
        for (currency, total) in other.totals { add(Amount(tenThousandths: total), currency: currency) }
    }

    mutating func subtract(_ amounts: [Money]) {
        for money in amounts {
            add(Amount(tenThousandths: 0 &- money.amount.tenThousandths), currency: money.currency)
        }
    }

    /// The totals by currency code, in byte order.
    var sorted: [Money] {
        totals.map { Money(currency: $0.key, amount: Amount(tenThousandths: $0.value)) }
            .sorted { $0.currency.utf8.lexicographicallyPrecedes($1.currency.utf8) }
    }
}

/// A category's or SKU's running tally, before the top list is cut.
struct ItemTotals: Hashable, Sendable {
    var count = 0
    var quantity = 0
    var spend = MoneyTotals()

    mutating func add(_ tally: ItemTally) {
        count += tally.count
        quantity += tally.quantity
        spend.add(tally.spend)
    }

    /// Credits one line: `quantity` units and, when given, `amount` in `currency`.
    mutating func addLine(quantity: Int, amount: Amount?, currency: String) {
        count += 1
        self.quantity += quantity
        if let amount { spend.add(amount, currency: currency) }
    }

    mutating func add(_ other: ItemTotals) {
        count += other.count
        quantity += other.quantity
        spend.add(other.spend)
    }

    /// The `top` items of `items`, ranked by ``ItemTally/ranks(_:before:)``.
    static func top(_ top: Int, of items: [String: ItemTotals]) -> [ItemTally] {
        let tallies = items.map { ItemTally(name: $0.key, count: $0.value.count, quantity: $0.value.quantity, spend: $0.value.spend.sorted) }
        return Array(tallies.sorted(by: ItemTally.ranks).prefix(max(0, top)))
    }
}
