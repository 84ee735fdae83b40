import GoldenCore

/// Rolls a person's events up into a ``HistorySummary``, one event at a time, in any order.
///
/// How events count:
/// - **Transactions.** An event of kind `order`, or one that carries an order `status`, is a
///   whole transaction. Other `purchase` and `return` events are *lines* (a POS feed writes one
///   per receipt line): lines with the same subject record and time are one transaction, so a
///   receipt of four lines is one purchase. Every line's amount counts towards spend.
/// - **Cancelled orders** — `status` `cancelled` or `canceled`, any case — count as cancelled
///   orders only: no purchase, no spend, no items.
/// - **Returns.** A `return` event is a return worth the magnitude of its amount (POS refunds
///   are negative, returned orders positive). A returned order (`status` `returned`) was also
///   placed: it is a purchase too, with its spend, so net spend nets it out.
/// - **Items.** Purchases tally their `category` and `sku` values (an order's `sku` may list
///   several, `|`-separated); `quantity` and the amount are credited to an item only when it is
///   the only one of its kind on the event.
/// - **Activity.** Every event counts for its source (count, latest time) and its `channel`;
///   `post`, `reply`, `like`, `review` and `sentiment` events count as community activity, and a
///   `sentiment` attribute on any event that reads as a number in −1…1 is scored.
/// - Amounts without a currency are totalled under `XXX`.
///
/// It keeps the keys of the line transactions it has seen (to group lines that arrive apart)
/// and one tally per category and SKU — not the events.
///
/// ```swift
/// var history = HistoryAccumulator(top: 5)
/// for event in events { history.add(event) }
/// let summary = history.summary()
/// ```
public struct HistoryAccumulator: Sendable {
    /// How many categories and SKUs a summary lists.
    public var top: Int

    private var events = 0
    private var purchaseLines: Set<LineTransaction> = []
    private var returnLines: Set<LineTransaction> = []
    /// Whole-transaction purchases and returns (orders, and those of the summary started from).
    private var wholePurchases = 0
    private var wholeReturns = 0
    private var firstPurchaseAt: Timestamp?
    private var lastPurchaseAt: Timestamp?
    private var spend = MoneyTotals()
    private var returned = MoneyTotals()
    private var cancelledOrders = 0
    private var categories: [String: ItemTotals] = [:]
    private var skus: [String: ItemTotals] = [:]
    private var channels: Set<String> = []
    private var sources: [String: SourceActivity] = [:]
    private var community = CommunityActivity()

    /// The number of categories and SKUs summaries list unless told otherwise.
    public static let defaultTop = 10

    /// An accumulator that has seen nothing.
    public init(top: Int = defaultTop) { self.top = top }

    /// An accumulator that starts from `summary`: adding events to it, then summarizing, gives
    /// `summary.merging(summary of those events)`.
    public init(_ summary: HistorySummary, top: Int = defaultTop) {
        self.top = top
        // Its transactions count as whole ones: a summary keeps no line keys.
        events = summary.events
        wholePurchases = summary.purchases
        wholeReturns = summary.returns
        firstPurchaseAt = summary.firstPurchaseAt
        lastPurchaseAt = summary.lastPurchaseAt
        spend = MoneyTotals(summary.spend)
        returned = MoneyTotals(summary.returned)
        cancelledOrders = summary.cancelledOrders
        for tally in summary.topCategories { categories[tally.name, default: ItemTotals()].add(tally) }
        for tally in summary.topSKUs { skus[tally.name, default: ItemTotals()].add(tally) }
        channels = Set(summary.channels)
        for activity in summary.lastActivity { note(source: activity.source, events: activity.events, lastAt: activity.lastAt) }
        community = summary.community
    }

    /// Adds one event.
    ///
    /// - Complexity: O(number of its attributes), amortized.
    public mutating func add(_ event: Event) {
        events += 1
        note(source: event.source, events: 1, lastAt: event.occurredAt)
        var status: String?
        var categoryNames: [String] = []
        var skuNames: [String] = []
        var quantity: Int?
        for attribute in event.attributes {
            switch attribute.name {
            case "status": status = attribute.value
            case "channel": if !attribute.value.isEmpty { channels.insert(attribute.value) }
            case "category": if !attribute.value.isEmpty { categoryNames.append(attribute.value) }
            case "sku": skuNames.append(contentsOf: Self.items(in: attribute.value))
            case "quantity": quantity = Int32(attribute.value).flatMap { $0 > 0 ? Int($0) : nil }
            case "sentiment":
                if let score = Amount(parsing: attribute.value), abs(score.tenThousandths) <= 10_000 {
                    community.scored += 1
                    community.sentimentTotal = community.sentimentTotal + score
                }
            default: break
            }
        }
        let orderStatus = status.map(OrderStatus.init)
        let whole = event.kind == .order || status != nil
        let currency = Self.currencyCode(event.currency)

        switch event.kind {
        case .purchase, .order, .return:
            if orderStatus == .cancelled {
                cancelledOrders += 1
                return
            }
            if event.kind == .return {
                if whole { wholeReturns += 1 } else { returnLines.insert(LineTransaction(event)) }
                if let amount = event.amount {
                    let magnitude = Int64(clamping: amount.tenThousandths.magnitude)
                    returned.add(Amount(tenThousandths: magnitude), currency: currency)
                }
                guard orderStatus == .returned else { return }
            }
            if whole { wholePurchases += 1 } else { purchaseLines.insert(LineTransaction(event)) }
            if let at = event.occurredAt {
                firstPurchaseAt = min(firstPurchaseAt ?? at, at)
                lastPurchaseAt = max(lastPurchaseAt ?? at, at)
            }
            if let amount = event.amount { spend.add(amount, currency: currency) }
            Self.tally(categoryNames, into: &categories, quantity: quantity, amount: event.amount, currency: currency)
            Self.tally(skuNames, into: &skus, quantity: quantity, amount: event.amount, currency: currency)
        case .post: community.posts += 1
        case .reply: community.replies += 1
        case .like: community.likes += 1
        case .review: community.reviews += 1
        case .sentiment: community.sentimentSignals += 1
        case .visit, .signup, .activity, .complaint, .message, .redemption, .tier, .share: break
        }
    }

    /// Adds every event of `events`.
    public mutating func add(contentsOf events: some Sequence<Event>) {
        for event in events { add(event) }
    }

    /// Adds everything `other` has seen: the result is what one accumulator fed both streams
    /// would hold — exactly, including receipts whose lines were split between the two.
    public mutating func merge(_ other: HistoryAccumulator) {
        events += other.events
        purchaseLines.formUnion(other.purchaseLines)
        returnLines.formUnion(other.returnLines)
        wholePurchases += other.wholePurchases
        wholeReturns += other.wholeReturns
        notePurchases(from: other.firstPurchaseAt, to: other.lastPurchaseAt)
        spend.add(other.spend)
        returned.add(other.returned)
        cancelledOrders += other.cancelledOrders
        for (name, totals) in other.categories { categories[name, default: ItemTotals()].add(totals) }
        for (name, totals) in other.skus { skus[name, default: ItemTotals()].add(totals) }
        channels.formUnion(other.channels)
        for activity in other.sources.values { note(source: activity.source, events: activity.events, lastAt: activity.lastAt) }
        community.add(other.community)
    }

    /// The summary of everything added so far, listing the ``top`` categories and SKUs.
    public func summary() -> HistorySummary {
        var summary = HistorySummary()
        summary.events = events
        summary.purchases = wholePurchases + purchaseLines.count
        summary.firstPurchaseAt = firstPurchaseAt
        summary.lastPurchaseAt = lastPurchaseAt
        summary.spend = spend.sorted
        summary.returns = wholeReturns + returnLines.count
        summary.returned = returned.sorted
        summary.cancelledOrders = cancelledOrders
        summary.topCategories = ItemTotals.top(top, of: categories)
        summary.topSKUs = ItemTotals.top(top, of: skus)
        summary.channels = channels.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        summary.lastActivity = sources.values.sorted { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
        summary.community = community
        return summary
    }

    // MARK: - Helpers

    private mutating func note(source: String, events count: Int, lastAt: Timestamp?) {
        // Changed in place: one hash lookup.
        sources[source, default: SourceActivity(source: source, events: 0, lastAt: nil)].add(events: count, lastAt: lastAt)
    }

    private mutating func notePurchases(from first: Timestamp?, to last: Timestamp?) {
        if let first { firstPurchaseAt = min(firstPurchaseAt ?? first, first) }
        if let last { lastPurchaseAt = max(lastPurchaseAt ?? last, last) }
    }

    /// Credits each of `names` with a line; the quantity and amount go to it only when it is
    /// the only one.
    private static func tally(
        _ names: [String], into items: inout [String: ItemTotals], quantity: Int?, amount: Amount?, currency: String
    ) {
        let alone = names.count == 1
        for name in names {
            items[name, default: ItemTotals()].addLine(
                quantity: alone ? quantity ?? 1 : 1, amount: alone ? amount : nil, currency: currency)
        }
    }

    /// The non-empty parts of a `|`-separated list, trimmed of spaces: an order's SKUs.
    public static func items(in value: String) -> [String] {
        value.utf8.split(separator: UInt8(ascii: "|")).compactMap { part in
            let trimmed = part.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
            return trimmed.isEmpty ? nil : String(decoding: trimmed, as: UTF8.self)
        }
    }

    /// The currency code in upper case; `XXX` ("no currency") when there is none.
    static func currencyCode(_ currency: String?) -> String {
        guard let currency, !currency.isEmpty else { return "XXX" }
        return currency.asciiUppercased
    }
}

/// A line transaction: lines with the same subject record and time.
struct LineTransaction: Hashable, Sendable {
    var subjectSource: String
    var subjectKey: String
    var at: Int64?

    init(_ event: Event) {
        subjectSource = event.subjectSource
        subjectKey = event.subjectKey
        at = event.occurredAt?.secondsSinceEpoch
    }
}

/// What an order's `status` says, read ASCII case-insensitively.
public enum OrderStatus: Equatable, Sendable {
    case cancelled, returned, other

    public init(_ status: String) {
        switch status.asciiLowercased {
        case "cancelled", "canceled": self = .cancelled
        case "returned": self = .returned
        default: self = .other
        }
    }
}

extension CommunityActivity {
    mutating func add(_ other: CommunityActivity) {
        posts += other.posts
        replies += other.replies
        likes += other.likes
        reviews += other.reviews
        sentimentSignals += other.sentimentSignals
        scored += other.scored
        sentimentTotal = sentimentTotal + other.sentimentTotal
    }
}

extension SourceActivity {
    /// Adds `count` events, the last at `lastAt`.
    mutating func add(events count: Int, lastAt: Timestamp?) {
        events += count
        if let lastAt { self.lastAt = max(self.lastAt ?? lastAt, lastAt) }
    }
}
