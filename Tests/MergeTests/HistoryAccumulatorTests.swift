import Foundation
import GoldenCore
import Testing

@testable import Merge

/// A stream of events and what its summary must say (only the fields given are checked).
struct HistoryCase: Sendable, CustomTestStringConvertible {
    let name: String
    let events: [Event]
    var purchases: Int?
    var returns: Int?
    var cancelledOrders: Int?
    /// Currency → amount, as decimal text.
    var spend: [String: String]?
    var returned: [String: String]?
    var net: [String: String]?
    /// Days after ``HistoryEvents/start``.
    var firstPurchaseDay: Int64?
    var lastPurchaseDay: Int64?
    var top = HistoryAccumulator.defaultTop
    /// Names with their line counts, in list order.
    var topCategories: [String]?
    var topSKUs: [String]?
    var channels: [String]?

    var testDescription: String { name }
}

@Suite("History roll-up")
struct HistoryAccumulatorTests {
    typealias E = HistoryEvents

    static let cases: [HistoryCase] = [
        HistoryCase(
            name: "the lines of a receipt are one purchase; every line counts towards spend",
            events: [
                E.posLine(receipt: "0012|03|100001", line: 1, day: 0, sku: "10001", category: "GROCERY", amount: "2,49"),
                E.posLine(receipt: "0012|03|100001", line: 2, day: 0, sku: "20008", category: "HOME", amount: "10,00"),
                E.posLine(receipt: "0012|03|100001", line: 3, day: 0, sku: "10001", category: "GROCERY", amount: "2,49"),
                E.posLine(receipt: "0012|03|100002", line: 1, day: 4, sku: "30015", category: "CLOTHING", amount: "19,99"),
            ],
            purchases: 2, returns: 0, spend: ["GBP": "34.97"], firstPurchaseDay: 0, lastPurchaseDay: 4,
            topCategories: ["GROCERY×2", "CLOTHING×1", "HOME×1"]),
        HistoryCase(
            name: "lines of one receipt arriving apart are still one purchase",
            events: [
                E.posLine(receipt: "0012|03|100001", line: 2, day: 2, sku: "20008", category: "HOME", amount: "1,00"),
                E.posLine(receipt: "0012|03|100002", line: 1, day: 1, sku: "20008", category: "HOME", amount: "1,00"),
                E.posLine(receipt: "0012|03|100001", line: 1, day: 2, sku: "20008", category: "HOME", amount: "1,00"),
            ],
            purchases: 2, spend: ["GBP": "3.00"], firstPurchaseDay: 1, lastPurchaseDay: 2, topSKUs: ["20008×3"]),
        HistoryCase(
            name: "cancelled orders are neither purchases nor spend",
            events: [
                E.order("O1", day: 3, status: "completed", total: "30.00", skus: ["30001", "30008"]),
                E.order("O2", day: 9, status: "cancelled", total: "20.00", skus: ["30015"]),
                E.order("O3", day: 10, status: "CANCELED", total: "5.00", skus: ["30015"]),
            ],
            purchases: 1, returns: 0, cancelledOrders: 2, spend: ["GBP": "30.00"], firstPurchaseDay: 3,
            lastPurchaseDay: 3, topSKUs: ["30001×1", "30008×1"], channels: ["web"]),
        HistoryCase(
            name: "a refund receipt is one return; a returned order is a purchase and its return",
            events: [
                E.posLine(receipt: "0012|03|100009", line: 1, day: 5, sku: "10001", category: "GROCERY", amount: "-5,00", refund: true),
                E.posLine(receipt: "0012|03|100009", line: 2, day: 5, sku: "20008", category: "HOME", amount: "-3,50", refund: true),
                E.order("O1", day: 6, status: "returned", total: "40.00", skus: ["30001"]),
                E.order("O2", day: 8, status: "completed", total: "12.00", skus: ["30001"]),
            ],
            purchases: 2, returns: 2, cancelledOrders: 0, spend: ["GBP": "52.00"], returned: ["GBP": "48.50"],
            net: ["GBP": "3.50"], firstPurchaseDay: 6, lastPurchaseDay: 8, topSKUs: ["30001×2"],
            channels: ["store", "web"]),
        HistoryCase(
            name: "spend is totalled per currency; a missing currency is XXX",
            events: [
                E.posLine(receipt: "0012|03|100001", line: 1, day: 0, sku: "10001", category: "GROCERY", amount: "10,00"),
                E.order("O1", day: 1, status: "completed", total: "20.00", currency: "EUR", skus: ["30001"]),
                E.order("O2", day: 2, status: "completed", total: "5.25", currency: "usd", skus: ["30001"]),
                E.order("O3", day: 3, status: "completed", total: "1.00", currency: nil, skus: ["30001"]),
                E.order("O4", day: 4, status: "completed", total: "0.75", currency: "EUR", skus: ["30001"]),
            ],
            purchases: 5, spend: ["EUR": "20.75", "GBP": "10.00", "USD": "5.25", "XXX": "1.00"]),
        HistoryCase(
            name: "top lists rank by lines, then units, then name, and stop at the limit",
            events: [
                E.posLine(receipt: "0012|03|1", line: 1, day: 0, sku: "A", category: "TOYS", quantity: 1, amount: "1,00"),
                E.posLine(receipt: "0012|03|1", line: 2, day: 0, sku: "B", category: "HOME", quantity: 5, amount: "1,00"),
                E.posLine(receipt: "0012|03|2", line: 1, day: 1, sku: "C", category: "BEAUTY", quantity: 5, amount: "1,00"),
                E.posLine(receipt: "0012|03|3", line: 1, day: 2, sku: "A", category: "TOYS", quantity: 1, amount: "1,00"),
                E.posLine(receipt: "0012|03|4", line: 1, day: 3, sku: "D", category: "GARDEN", quantity: 1, amount: "1,00"),
            ],
            top: 3, topCategories: ["TOYS×2", "BEAUTY×1", "HOME×1"], topSKUs: ["A×2", "B×1", "C×1"]),
    ]

    @Test("each stream sums up as the rules say", arguments: cases)
    func rollUp(_ example: HistoryCase) {
        var accumulator = HistoryAccumulator(top: example.top)
        accumulator.add(contentsOf: example.events)
        let summary = accumulator.summary()
        #expect(summary.events == example.events.count)
        if let purchases = example.purchases { #expect(summary.purchases == purchases) }
        if let returns = example.returns { #expect(summary.returns == returns) }
        if let cancelled = example.cancelledOrders { #expect(summary.cancelledOrders == cancelled) }
        if let spend = example.spend { #expect(Self.text(summary.spend) == spend) }
        if let returned = example.returned { #expect(Self.text(summary.returned) == returned) }
        if let net = example.net { #expect(Self.text(summary.netSpend) == net) }
        if let day = example.firstPurchaseDay { #expect(summary.firstPurchaseAt.map(Self.day) == day) }
        if let day = example.lastPurchaseDay { #expect(summary.lastPurchaseAt.map(Self.day) == day) }
        if let names = example.topCategories { #expect(summary.topCategories.map { "\($0.name)×\($0.count)" } == names) }
        if let names = example.topSKUs { #expect(summary.topSKUs.map { "\($0.name)×\($0.count)" } == names) }
        if let channels = example.channels { #expect(summary.channels == channels) }
    }

    @Test("a POS line credits its SKU and category with its units and amount")
    func lineTally() throws {
        var accumulator = HistoryAccumulator()
        accumulator.add(E.posLine(receipt: "0012|03|1", line: 1, day: 0, sku: "A", category: "TOYS", quantity: 3, amount: "7,50"))
        accumulator.add(E.order("O1", day: 1, status: "completed", total: "9.00", skus: ["A", "B"]))
        let sku = try #require(accumulator.summary().topSKUs.first)
        // The order lists two SKUs: one line and one unit each, its total credited to neither.
        #expect(sku == ItemTally(name: "A", count: 2, quantity: 4, spend: [Money(currency: "GBP", amount: Amount(tenThousandths: 75_000))]))
        #expect(accumulator.summary().topCategories == [ItemTally(name: "TOYS", count: 1, quantity: 3, spend: sku.spend)])
    }

    @Test("community activity is counted per kind, with its sentiment, and every feed's last event")
    func activity() throws {
        let events = [
            E.community("E1", kind: .post, day: 1, sentiment: "0.50"),
            E.community("E2", kind: .reply, day: 2, sentiment: "-0.25"),
            E.community("E3", kind: .like, day: 3, sentiment: "0.10"),
            E.community("E4", kind: .like, day: 9, sentiment: "oops"),
            E.community("E7", kind: .like, day: 2, sentiment: "7.5"),  // out of −1…1: not scored
            E.community("E5", kind: .review, day: 4, sentiment: "0.90"),
            E.community("E6", kind: .sentiment, day: 5, sentiment: "-1.00"),
            E.order("O1", day: 20, status: "cancelled", total: "5.00", skus: ["A"]),
            E.posLine(receipt: "0012|03|1", line: 1, day: 7, sku: "A", category: "TOYS", amount: "1,00"),
        ]
        var accumulator = HistoryAccumulator()
        accumulator.add(contentsOf: events)
        let summary = accumulator.summary()
        let community = summary.community
        let counts: [Int] = [community.posts, community.replies, community.likes, community.reviews, community.sentimentSignals]
        #expect(counts == [1, 1, 3, 1, 1])
        #expect(community.scored == 5)
        #expect(community.sentimentTotal == Amount(parsing: "0.25"))
        #expect(try #require(community.averageSentiment) == 0.05)
        #expect(summary.lastActivity.map(\.source) == ["community_activity", "ecommerce_orders", "pos"])
        #expect(summary.lastActivity.map(\.events) == [7, 1, 1])
        #expect(summary.lastActivity.map { $0.lastAt.map(Self.day) } == [9, 20, 7])
        #expect(summary.channels == ["community", "store", "web"])
    }

    @Test("the summary does not depend on the order of the events", arguments: [1, 2, 3] as [UInt64])
    func orderFree(seed: UInt64) {
        let events = E.busyCustomer(seed: seed)
        var random = TestRandom(seed: seed &+ 99)
        var shuffled = events
        for index in shuffled.indices.reversed() { shuffled.swapAt(index, Int(random.below(UInt64(index + 1)))) }
        #expect(Self.summary(events) == Self.summary(shuffled))
    }

    @Test("merged summaries equal the summary of the union", arguments: [1, 2, 3, 4] as [UInt64])
    func mergeProperty(seed: UInt64) {
        let events = E.busyCustomer(seed: seed)
        // Split by transaction (a receipt's lines stay together), at random.
        var random = TestRandom(seed: seed)
        var side: [String: Bool] = [:]
        var parts: ([Event], [Event]) = ([], [])
        for event in events {
            let transaction = event.source == "pos" ? event.subjectKey : event.source + event.key
            if side[transaction] == nil { side[transaction] = random.below(2) == 0 }
            if side[transaction]! { parts.0.append(event) } else { parts.1.append(event) }
        }
        let top = 1000  // no list cut: every field must merge exactly
        let whole = Self.summary(events, top: top)
        let merged = Self.summary(parts.0, top: top).merging(Self.summary(parts.1, top: top), top: top)
        #expect(merged == whole)
        #expect(whole.purchases > 0 && whole.returns > 0 && whole.cancelledOrders > 0 && !whole.topSKUs.isEmpty)
        // Merging with an empty summary changes nothing; merging is symmetric.
        #expect(whole.merging(HistorySummary(), top: top) == whole)
        #expect(Self.summary(parts.1, top: top).merging(Self.summary(parts.0, top: top), top: top) == whole)
    }

    @Test("merged accumulators are exact even when a receipt's lines were split", arguments: [1, 2] as [UInt64])
    func accumulatorMerge(seed: UInt64) {
        let events = E.busyCustomer(seed: seed)
        var left = HistoryAccumulator(top: 5)
        var right = HistoryAccumulator(top: 5)
        for (index, event) in events.enumerated() {
            if index % 2 == 0 { left.add(event) } else { right.add(event) }
        }
        left.merge(right)
        #expect(left.summary() == Self.summary(events, top: 5))
    }

    @Test("cut top lists still merge every count and total exactly")
    func mergeWithCutLists() {
        let events = E.busyCustomer(seed: 7)
        // Cut between two receipts: a summary keeps no receipt keys (see `merging(_:top:)`).
        var half = events.count / 2
        while events[half - 1].subjectKey == events[half].subjectKey { half += 1 }
        let whole = Self.summary(events, top: 3)
        var merged = Self.summary(Array(events[..<half]), top: 3).merging(Self.summary(Array(events[half...]), top: 3), top: 3)
        #expect(merged.topSKUs.count == 3)
        merged.topSKUs = whole.topSKUs
        merged.topCategories = whole.topCategories
        #expect(merged == whole)
    }

    @Test("a summary round-trips through snake_case JSON with exact amounts")
    func codable() throws {
        let summary = Self.summary(E.busyCustomer(seed: 5))
        let text = MergeJSON.encode(summary)
        for key in ["\"first_purchase_at\":\"2024-01-0", "\"top_skus\":", "\"cancelled_orders\":", "\"last_at\":", "\"sentiment_total\":\""] {
            #expect(text.contains(key), "missing \(key)")
        }
        #expect(try MergeJSON.decode(text, as: HistorySummary.self) == summary)
    }

    @Test(
        "a currency code is read in upper case; none is XXX",
        arguments: [("GBP", "GBP"), ("gbp", "GBP"), ("Eur", "EUR"), ("X1z", "X1Z"), ("", "XXX"), (nil, "XXX")] as [(String?, String)])
    func currencyCodes(_ code: String?, _ expected: String) {
        #expect(HistoryAccumulator.currencyCode(code) == expected)
    }

    @Test(
        "an order status is read ASCII case-insensitively",
        arguments: [
            ("cancelled", OrderStatus.cancelled), ("CANCELED", .cancelled), ("Returned", .returned), ("returned", .returned),
            ("shipped", .other), ("", .other), ("RETURNED ", .other),
        ])
    func orderStatuses(_ text: String, _ expected: OrderStatus) {
        #expect(OrderStatus(text) == expected)
    }

    // MARK: - Helpers

    static func summary(_ events: [Event], top: Int = HistoryAccumulator.defaultTop) -> HistorySummary {
        var accumulator = HistoryAccumulator(top: top)
        accumulator.add(contentsOf: events)
        return accumulator.summary()
    }

    static func text(_ amounts: [Money]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: amounts.map { ($0.currency, $0.amount.description) })
    }

    static func day(_ timestamp: Timestamp) -> Int64 { (timestamp.secondsSinceEpoch - HistoryEvents.start) / HistoryEvents.day }
}
