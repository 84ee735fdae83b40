import GoldenCore

// A history summary as ``MergeJSONWriter`` writes it: the members in the byte order of their
// snake_case keys, times as ISO 8601 text and amounts as exact decimal text, as the summary's
// `Codable` conformance (HistorySummary+Codable.swift) writes them.

extension MergeJSONWriter {
    /// Appends `summary`, as ``MergeJSON/encode(_:)`` writes it.
    public mutating func write(_ summary: HistorySummary) {
        object { json in
            json.member("cancelled_orders", summary.cancelledOrders)
            json.member("channels", summary.channels)
            json.member("community") { $0.write(summary.community) }
            json.member("events", summary.events)
            json.member("first_purchase_at", iso8601: summary.firstPurchaseAt)
            json.member("last_activity") { json in
                json.list(summary.lastActivity) { json, activity in
                    json.object { json in
                        json.member("events", activity.events)
                        json.member("last_at", iso8601: activity.lastAt)
                        json.member("source", activity.source)
                    }
                }
            }
            json.member("last_purchase_at", iso8601: summary.lastPurchaseAt)
            json.member("purchases", summary.purchases)
            json.member("returned", summary.returned)
            json.member("returns", summary.returns)
            json.member("spend", summary.spend)
            json.member("top_categories", summary.topCategories)
            json.member("top_skus", summary.topSKUs)
        }
    }

    private mutating func write(_ community: CommunityActivity) {
        object { json in
            json.member("likes", community.likes)
            json.member("posts", community.posts)
            json.member("replies", community.replies)
            json.member("reviews", community.reviews)
            json.member("scored", community.scored)
            json.member("sentiment_signals", community.sentimentSignals)
            json.member("sentiment_total") { $0.decimal(community.sentimentTotal) }
        }
    }

    private mutating func member(_ name: StaticString, _ amounts: [Money]) {
        member(name) { json in
            json.list(amounts) { json, money in
                json.object { json in
                    json.member("amount") { $0.decimal(money.amount) }
                    json.member("currency", money.currency)
                }
            }
        }
    }

    private mutating func member(_ name: StaticString, _ tallies: [ItemTally]) {
        member(name) { json in
            json.list(tallies) { json, tally in
                json.object { json in
                    json.member("count", tally.count)
                    json.member("name", tally.name)
                    json.member("quantity", tally.quantity)
                    json.member("spend", tally.spend)
                }
            }
        }
    }

    /// A time as the string ``GoldenCore/Timestamp/iso8601`` gives, or nothing when `nil`.
    private mutating func member(_ name: StaticString, iso8601 timestamp: Timestamp?) {
        member(name, ifPresent: timestamp) { json, timestamp in
            let seconds = timestamp.secondsSinceEpoch
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let secondOfDay = seconds - days * 86_400
            let date = CivilDate(daysSinceEpoch: days)
            json.append(UInt8(ascii: "\""))
            json.padded(Int64(date.year), width: 4)
            json.append(UInt8(ascii: "-"))
            json.padded(Int64(date.month), width: 2)
            json.append(UInt8(ascii: "-"))
            json.padded(Int64(date.day), width: 2)
            json.append(UInt8(ascii: "T"))
            json.padded(secondOfDay / 3600, width: 2)
            json.append(UInt8(ascii: ":"))
            json.padded(secondOfDay / 60 % 60, width: 2)
            json.append(UInt8(ascii: ":"))
            json.padded(secondOfDay % 60, width: 2)
            json.append(UInt8(ascii: "Z"))
            json.append(UInt8(ascii: "\""))
        }
    }

    /// An amount as the string ``GoldenCore/Amount/description`` gives: at least two fraction
    /// digits, at most four (`"12.50"`, `"-3.125"`).
    private mutating func decimal(_ amount: Amount) {
        let magnitude = amount.tenThousandths.magnitude
        append(UInt8(ascii: "\""))
        if amount.tenThousandths < 0 { append(UInt8(ascii: "-")) }
        digits(magnitude / 10_000, width: 1)
        append(UInt8(ascii: "."))
        var fraction = magnitude % 10_000
        var width = 4
        while width > 2, fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        digits(fraction, width: width)
        append(UInt8(ascii: "\""))
    }
}
