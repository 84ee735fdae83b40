import GoldenCore

// A history summary as ``MergeJSONReader`` reads it: what the summary's `Codable` conformance
// (HistorySummary+Codable.swift) reads. Every member is required but the times, which are
// ISO 8601 text; amounts are exact decimal text.

extension HistorySummary: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case cancelledOrders = "cancelled_orders", channels, community, events, firstPurchaseAt = "first_purchase_at"
        case lastActivity = "last_activity", lastPurchaseAt = "last_purchase_at", purchases, returned, returns, spend
        case topCategories = "top_categories", topSkus = "top_skus"
    }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var cancelledOrders: Int?, channels: [String]?, community: CommunityActivity?, events: Int?
        var firstPurchaseAt: Timestamp?, lastActivity: [SourceActivity]?, lastPurchaseAt: Timestamp?, purchases: Int?
        var returned: [Money]?, returns: Int?, spend: [Money]?, topCategories: [ItemTally]?, topSKUs: [ItemTally]?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .cancelledOrders: cancelledOrders = Int(try json.integer())
            case .channels: channels = try json.readList()
            case .community: community = try json.read()
            case .events: events = Int(try json.integer())
            case .firstPurchaseAt: firstPurchaseAt = try json.iso8601IfPresent()
            case .lastActivity: lastActivity = try json.readList()
            case .lastPurchaseAt: lastPurchaseAt = try json.iso8601IfPresent()
            case .purchases: purchases = Int(try json.integer())
            case .returned: returned = try json.readList()
            case .returns: returns = Int(try json.integer())
            case .spend: spend = try json.readList()
            case .topCategories: topCategories = try json.readList()
            case .topSkus: topSKUs = try json.readList()
            }
        }
        self.init()
        self.events = try json.require(events, Member.events)
        self.purchases = try json.require(purchases, Member.purchases)
        self.firstPurchaseAt = firstPurchaseAt
        self.lastPurchaseAt = lastPurchaseAt
        self.spend = try json.require(spend, Member.spend)
        self.returns = try json.require(returns, Member.returns)
        self.returned = try json.require(returned, Member.returned)
        self.cancelledOrders = try json.require(cancelledOrders, Member.cancelledOrders)
        self.topCategories = try json.require(topCategories, Member.topCategories)
        self.topSKUs = try json.require(topSKUs, Member.topSkus)
        self.channels = try json.require(channels, Member.channels)
        self.lastActivity = try json.require(lastActivity, Member.lastActivity)
        self.community = try json.require(community, Member.community)
    }
}

extension Money: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable { case amount, currency }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var amount: Amount?, currency: String?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .amount: amount = try json.amount()
            case .currency: currency = try json.string()
            }
        }
        self.init(currency: try json.require(currency, Member.currency), amount: try json.require(amount, Member.amount))
    }
}

extension ItemTally: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable { case count, name, quantity, spend }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var count: Int?, name: String?, quantity: Int?, spend: [Money]?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .count: count = Int(try json.integer())
            case .name: name = try json.string()
            case .quantity: quantity = Int(try json.integer())
            case .spend: spend = try json.readList()
            }
        }
        self.init(
            name: try json.require(name, Member.name), count: try json.require(count, Member.count),
            quantity: try json.require(quantity, Member.quantity), spend: try json.require(spend, Member.spend))
    }
}

extension SourceActivity: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable { case events, lastAt = "last_at", source }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var events: Int?, lastAt: Timestamp?, source: String?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .events: events = Int(try json.integer())
            case .lastAt: lastAt = try json.iso8601IfPresent()
            case .source: source = try json.string()
            }
        }
        self.init(
            source: try json.require(source, Member.source), events: try json.require(events, Member.events), lastAt: lastAt)
    }
}

extension CommunityActivity: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case likes, posts, replies, reviews, scored, sentimentSignals = "sentiment_signals"
        case sentimentTotal = "sentiment_total"
    }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var likes: Int?, posts: Int?, replies: Int?, reviews: Int?, scored: Int?, sentimentSignals: Int?
        var sentimentTotal: Amount?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .likes: likes = Int(try json.integer())
            case .posts: posts = Int(try json.integer())
            case .replies: replies = Int(try json.integer())
            case .reviews: reviews = Int(try json.integer())
            case .scored: scored = Int(try json.integer())
            case .sentimentSignals: sentimentSignals = Int(try json.integer())
            case .sentimentTotal: sentimentTotal = try json.amount()
            }
        }
        self.init()
        self.likes = try json.require(likes, Member.likes)
        self.posts = try json.require(posts, Member.posts)
        self.replies = try json.require(replies, Member.replies)
        self.reviews = try json.require(reviews, Member.reviews)
        self.scored = try json.require(scored, Member.scored)
        self.sentimentSignals = try json.require(sentimentSignals, Member.sentimentSignals)
        self.sentimentTotal = try json.require(sentimentTotal, Member.sentimentTotal)
    }
}

extension JSONCursor {
    /// A time written as ``GoldenCore/Timestamp/iso8601`` writes it, or `nil` for `null`.
    mutating func iso8601IfPresent() throws(GoldenError) -> Timestamp? {
        guard try !takeNull() else { return nil }
        let time = try withString { (utf8) throws(GoldenError) in Timestamp(iso8601UTF8: utf8) }
        guard let time else { throw failure }
        return time
    }

    /// An exact decimal amount written as a string (``GoldenCore/Amount/description``).
    mutating func amount() throws(GoldenError) -> Amount {
        let amount = try withString { (utf8) throws(GoldenError) in Amount(parsingUTF8: UnsafeRawBufferPointer(utf8)) }
        guard let amount else { throw failure }
        return amount
    }
}
