import GoldenCore

/// Events shaped the way the bundled mappings (Fixtures/retail/Mappings) produce them, for the
/// history tests: the MergeTests target cannot run Ingest itself.
enum HistoryEvents {
    static let day: Int64 = 86_400
    /// 2024-01-01T00:00:00Z.
    static let start: Int64 = 1_704_067_200

    /// A POS receipt line (pos.yml): the receipt is the subject record, the line's time is the
    /// receipt's, refunds are `return` lines with negative amounts, always GBP.
    static func posLine(
        receipt: String, line: Int, day offset: Int64, sku: String, category: String, quantity: Int = 1,
        amount: String, refund: Bool = false
    ) -> Event {
        Event(
            source: "pos", key: "\(receipt)|\(line)", subjectSource: "pos", subjectKey: receipt,
            kind: refund ? .return : .purchase, occurredAt: Timestamp(secondsSinceEpoch: start + offset * day + 36_000),
            amount: Amount(parsing: amount), currency: "GBP",
            attributes: [
                Field("sku", sku), Field("category", category), Field("quantity", String(quantity)),
                Field("store", receipt.split(separator: "|").first.map(String.init) ?? ""), Field("channel", "store"),
            ],
            lineage: Lineage(file: "feeds/pos/pos_001.csv", line: line + 1))
    }

    /// A web order (ecommerce_orders.yml): `completed` and `cancelled` are `order` events,
    /// `returned` a `return` event, all with the order's status, total and `|`-separated SKUs.
    static func order(
        _ id: String, account: String = "A0001", day offset: Int64, status: String, total: String,
        currency: String? = "GBP", skus: [String]
    ) -> Event {
        Event(
            source: "ecommerce_orders", key: id, subjectSource: "ecommerce_accounts", subjectKey: account,
            kind: status == "returned" ? .return : .order,
            occurredAt: Timestamp(secondsSinceEpoch: start + offset * day + 50_000), amount: Amount(parsing: total),
            currency: currency,
            attributes: [
                Field("status", status), Field("item_count", String(skus.count)), Field("sku", skus.joined(separator: "|")),
                Field("channel", "web"),
            ],
            lineage: Lineage(file: "feeds/ecommerce/orders_001.csv.gz"))
    }

    /// Forum activity (community_activity.yml): a post, reply, like or review with a topic and
    /// a sentiment score.
    static func community(_ id: String, kind: EventKind, day offset: Int64, sentiment: String) -> Event {
        Event(
            source: "community_activity", key: id, subjectSource: "community_profiles", subjectKey: "C00001",
            kind: kind, occurredAt: Timestamp(secondsSinceEpoch: start + offset * day),
            attributes: [Field("topic", "Gift ideas"), Field("sentiment", sentiment), Field("channel", "community")],
            lineage: Lineage(file: "feeds/community/activity_001.xml.gz", elementPath: "/activity/event[\(id)]"))
    }

    /// A few hundred events of one busy customer across the three feeds, in feed order.
    static func busyCustomer(seed: UInt64) -> [Event] {
        var random = TestRandom(seed: seed)
        var events: [Event] = []
        let departments = ["GROCERY", "HOME", "CLOTHING", "ELECTRONICS", "BEAUTY", "TOYS", "GARDEN", "FOOD & DRINK"]
        for receipt in 0..<60 {
            let refund = receipt % 12 == 5
            for line in 1...(1 + Int(random.below(4))) {
                let product = Int(random.below(40))
                let pence = (Int(random.below(90)) + 1) * 100 - 1
                events.append(
                    posLine(
                        receipt: "0012|03|\(100_000 + receipt)", line: line, day: Int64(receipt * 3),
                        sku: "\(product % 8 + 1)\(1000 + product * 7)", category: departments[product % 8],
                        quantity: 1 + Int(random.below(3)), amount: "\(refund ? "-" : "")\(pence / 100),\(pence % 100)",
                        refund: refund))
            }
        }
        for number in 0..<25 {
            let status = number % 10 == 8 ? "returned" : number % 10 == 9 ? "cancelled" : "completed"
            let skus = (0...random.below(3)).map { _ in "3\(1000 + random.below(20) * 7)" }
            events.append(
                order(
                    "O\(number)", day: Int64(number * 7), status: status, total: "\(random.below(200)).\(random.below(100))",
                    currency: number % 5 == 0 ? "EUR" : "GBP", skus: skus))
        }
        let kinds: [EventKind] = [.post, .reply, .like, .review, .sentiment]
        for number in 0..<30 {
            events.append(
                community(
                    "E\(number)", kind: kinds[Int(random.below(5))], day: Int64(number * 5),
                    sentiment: "\(random.below(2) == 0 ? "-" : "")0.\(10 + random.below(90))"))
        }
        return events
    }
}
