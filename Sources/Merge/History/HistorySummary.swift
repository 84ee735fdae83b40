import GoldenCore

/// What a person did, rolled up from the events of all the source records of their golden
/// record: purchases and spend, returns, what they buy, where they shop, when each feed last saw
/// them, and their community activity.
///
/// Built by a ``HistoryAccumulator``; encoded with snake_case keys, amounts as exact decimal
/// strings and times as ISO 8601. Two summaries of disjoint sets of events merge into the
/// summary of their union (``merging(_:top:)``), so an incremental run can update a stored
/// summary with the new events only.
///
/// ```swift
/// var history = HistoryAccumulator()
/// for event in events { history.add(event) }          // any order
/// let summary = history.summary()
/// summary.purchases                                   // receipts and orders, not lines
/// summary.spend                                       // [Money(currency: "GBP", amount: 42.50)]
/// let updated = summary.merging(newEventsSummary)     // = summary of all the events
/// ```
public struct HistorySummary: Hashable, Sendable {
    /// How many events were summarized.
    public var events = 0
    /// Purchases: POS receipts (all lines of a receipt are one) and orders, cancelled ones left
    /// out; an order later returned is still one purchase.
    public var purchases = 0
    public var firstPurchaseAt: Timestamp?
    public var lastPurchaseAt: Timestamp?
    /// Gross spend on those purchases, per currency (ascending code).
    public var spend: [Money] = []
    /// Return transactions: refund receipts (lines grouped like purchases) and returned orders.
    public var returns = 0
    /// What the returns were worth, per currency, as positive amounts.
    public var returned: [Money] = []
    /// Orders whose status says they were cancelled: neither purchases nor spend.
    public var cancelledOrders = 0
    /// The categories bought most: by lines, then units, then name; at most the `top` count the
    /// summary was made with.
    public var topCategories: [ItemTally] = []
    /// The SKUs bought most, ordered like ``topCategories``.
    public var topSKUs: [ItemTally] = []
    /// Every channel an event came through (`store`, `web`, `community`…), in byte order.
    public var channels: [String] = []
    /// Per feed (event source): how many events and the latest one's time; by source name.
    public var lastActivity: [SourceActivity] = []
    public var community = CommunityActivity()

    /// An empty summary: no events.
    public init() {}

    /// Spend less returns, per currency.
    public var netSpend: [Money] {
        var totals = MoneyTotals(spend)
        totals.subtract(returned)
        return totals.sorted
    }
}

/// An amount in one currency.
public struct Money: Hashable, Sendable {
    /// ISO 4217 code, upper case; `XXX` when the event named none.
    public var currency: String
    public var amount: Amount

    public init(currency: String, amount: Amount) {
        self.currency = currency
        self.amount = amount
    }
}

/// How much of one category or SKU a person bought.
public struct ItemTally: Hashable, Sendable, Codable {
    /// The category or SKU, as the feed wrote it.
    public var name: String
    /// Purchase lines (or orders, for an order's list of SKUs) it appeared on.
    public var count: Int
    /// Units bought: the lines' `quantity`, 1 where a line gives none.
    public var quantity: Int
    /// What those lines cost, per currency; empty where the amount covers several items (an
    /// order's total).
    public var spend: [Money]

    public init(name: String, count: Int, quantity: Int, spend: [Money] = []) {
        self.name = name
        self.count = count
        self.quantity = quantity
        self.spend = spend
    }

    /// The order of top lists: more lines first, then more units, then name in byte order.
    static func ranks(_ lhs: ItemTally, before rhs: ItemTally) -> Bool {
        if lhs.count != rhs.count { return lhs.count > rhs.count }
        if lhs.quantity != rhs.quantity { return lhs.quantity > rhs.quantity }
        return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }
}

/// One feed's view of a person: how many of their events it carried, and when the latest was.
public struct SourceActivity: Hashable, Sendable {
    public var source: String
    public var events: Int
    /// The latest event's time; `nil` when none of them had one.
    public var lastAt: Timestamp?

    public init(source: String, events: Int, lastAt: Timestamp?) {
        self.source = source
        self.events = events
        self.lastAt = lastAt
    }
}

/// Community activity: counts per kind, and the sentiment the events carried.
public struct CommunityActivity: Hashable, Sendable {
    public var posts = 0
    public var replies = 0
    public var likes = 0
    public var reviews = 0
    /// Events of kind `sentiment` (a sentiment signal with no post of its own).
    public var sentimentSignals = 0
    /// Events of any kind with a readable `sentiment` attribute (−1…1), and the sum of those
    /// scores, exact to four decimals.
    public var scored = 0
    public var sentimentTotal = Amount(tenThousandths: 0)

    public init() {}

    /// The mean sentiment score, or `nil` when no event carried one.
    public var averageSentiment: Double? {
        scored == 0 ? nil : Double(sentimentTotal.tenThousandths) / 10_000 / Double(scored)
    }
}

extension HistorySummary {
    /// The summary of the events of both `self` and `other`, listing the `top` categories and
    /// SKUs: how an incremental run folds the summary of new events into a stored one.
    ///
    /// Exact for every count, total and date when the two summarized disjoint events and no
    /// receipt had lines on both sides (a receipt is one source record and arrives whole). The
    /// top lists are exact while neither side had to cut its list; past that, an item that
    /// fell below one side's cut keeps only the other side's count.
    public func merging(_ other: HistorySummary, top: Int = HistoryAccumulator.defaultTop) -> HistorySummary {
        var accumulator = HistoryAccumulator(self, top: top)
        accumulator.merge(HistoryAccumulator(other, top: top))
        return accumulator.summary()
    }
}
