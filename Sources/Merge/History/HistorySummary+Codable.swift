import GoldenCore

// The JSON form (through ``MergeJSON``, which turns the camelCase keys into snake_case): snake_case keys, amounts as exact decimal strings ("12.50"), times as
// ISO 8601 UTC ("2024-03-01T12:00:00Z"), absent times left out. The Merge stage writes the same bytes with
// ``MergeJSONWriter`` (HistorySummary+JSONWriter.swift): change both together.

extension HistorySummary: Codable {
    enum CodingKeys: String, CodingKey {
        case events, purchases, firstPurchaseAt, lastPurchaseAt
        case spend, returns, returned, cancelledOrders
        case topCategories, channels, lastActivity
        // `topSkus`, so that the snake_case key `top_skus` reads back.
        case topSKUs = "topSkus"
        case community
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        events = try container.decode(Int.self, forKey: .events)
        purchases = try container.decode(Int.self, forKey: .purchases)
        firstPurchaseAt = try container.decodeTimestampIfPresent(forKey: .firstPurchaseAt)
        lastPurchaseAt = try container.decodeTimestampIfPresent(forKey: .lastPurchaseAt)
        spend = try container.decode([Money].self, forKey: .spend)
        returns = try container.decode(Int.self, forKey: .returns)
        returned = try container.decode([Money].self, forKey: .returned)
        cancelledOrders = try container.decode(Int.self, forKey: .cancelledOrders)
        topCategories = try container.decode([ItemTally].self, forKey: .topCategories)
        topSKUs = try container.decode([ItemTally].self, forKey: .topSKUs)
        channels = try container.decode([String].self, forKey: .channels)
        lastActivity = try container.decode([SourceActivity].self, forKey: .lastActivity)
        community = try container.decode(CommunityActivity.self, forKey: .community)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(events, forKey: .events)
        try container.encode(purchases, forKey: .purchases)
        try container.encodeIfPresent(firstPurchaseAt?.iso8601, forKey: .firstPurchaseAt)
        try container.encodeIfPresent(lastPurchaseAt?.iso8601, forKey: .lastPurchaseAt)
        try container.encode(spend, forKey: .spend)
        try container.encode(returns, forKey: .returns)
        try container.encode(returned, forKey: .returned)
        try container.encode(cancelledOrders, forKey: .cancelledOrders)
        try container.encode(topCategories, forKey: .topCategories)
        try container.encode(topSKUs, forKey: .topSKUs)
        try container.encode(channels, forKey: .channels)
        try container.encode(lastActivity, forKey: .lastActivity)
        try container.encode(community, forKey: .community)
    }
}

extension Money: Codable {
    enum CodingKeys: String, CodingKey { case currency, amount }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        currency = try container.decode(String.self, forKey: .currency)
        amount = try container.decodeAmount(forKey: .amount)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(currency, forKey: .currency)
        try container.encode(amount.description, forKey: .amount)
    }
}

extension SourceActivity: Codable {
    enum CodingKeys: String, CodingKey { case source, events, lastAt }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        events = try container.decode(Int.self, forKey: .events)
        lastAt = try container.decodeTimestampIfPresent(forKey: .lastAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(events, forKey: .events)
        try container.encodeIfPresent(lastAt?.iso8601, forKey: .lastAt)
    }
}

extension CommunityActivity: Codable {
    enum CodingKeys: String, CodingKey {
        case posts, replies, likes, reviews, sentimentSignals, scored
        case sentimentTotal
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        posts = try container.decode(Int.self, forKey: .posts)
        replies = try container.decode(Int.self, forKey: .replies)
        likes = try container.decode(Int.self, forKey: .likes)
        reviews = try container.decode(Int.self, forKey: .reviews)
        sentimentSignals = try container.decode(Int.self, forKey: .sentimentSignals)
        scored = try container.decode(Int.self, forKey: .scored)
        sentimentTotal = try container.decodeAmount(forKey: .sentimentTotal)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(posts, forKey: .posts)
        try container.encode(replies, forKey: .replies)
        try container.encode(likes, forKey: .likes)
        try container.encode(reviews, forKey: .reviews)
        try container.encode(sentimentSignals, forKey: .sentimentSignals)
        try container.encode(scored, forKey: .scored)
        try container.encode(sentimentTotal.description, forKey: .sentimentTotal)
    }
}

extension KeyedDecodingContainer {
    /// An ISO 8601 time written by `Timestamp.iso8601`, if the key is present.
    func decodeTimestampIfPresent(forKey key: Key) throws -> Timestamp? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let timestamp = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ISO 8601 time")
        }
        return timestamp
    }

    /// An exact decimal amount written as a string.
    func decodeAmount(forKey key: Key) throws -> Amount {
        guard let amount = Amount(parsing: try decode(String.self, forKey: key)) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not a decimal amount")
        }
        return amount
    }
}
