import Engage
import GoldenCore
import Merge

/// Turns a golden record's stored events into what engagement sees: the lines of one till
/// receipt become one purchase (or return) with an item per line; an order is one purchase (a
/// cancelled one none, a returned one a purchase and a return); community, message, loyalty and
/// service events keep their channel, sentiment, offer, tier or campaign. Oldest first.
///
/// ```swift
/// let events = EngageEvents.convert(storedEvents)   // [EngageEvent], sorted by day
/// ```
enum EngageEvents {
    static func convert(_ events: [Event]) -> [EngageEvent] {
        var result: [EngageEvent] = []
        result.reserveCapacity(events.count)
        // Receipt lines: grouped by subject record, time and kind.
        var receipts: [ReceiptKey: Int] = [:]
        var last: (key: ReceiptKey, index: Int)?
        for event in events {
            guard let at = event.occurredAt else { continue }
            let day = Day(at)
            var fields = Fields()
            for attribute in event.attributes { fields.note(attribute) }
            switch event.kind {
            case .purchase, .return:
                let kind: EngageEventKind = event.kind == .purchase ? .purchase : .return
                let amount = event.amount.map { Amount(tenThousandths: Int64(clamping: $0.tenThousandths.magnitude)) }
                let item = EngageEvent.Item(category: fields.category, sku: fields.sku, quantity: fields.quantity ?? 1)
                let key = ReceiptKey(source: event.subjectSource, record: event.subjectKey, at: at.secondsSinceEpoch, kind: kind)
                // Lines of one receipt usually come one after another: no hashing for those.
                let index = last.flatMap { $0.key == key ? $0.index : nil } ?? receipts[key]
                if let index {
                    result[index].items.append(item)
                    if let amount { result[index].amount = (result[index].amount ?? Amount(tenThousandths: 0)) + amount }
                } else {
                    receipts[key] = result.count
                    last = (key, result.count)
                    result.append(EngageEvent(kind: kind, day: day, amount: amount, items: [item], channel: fields.channel))
                }
            case .order:
                let items = fields.skus.map { EngageEvent.Item(category: fields.category, sku: $0) }
                let wrapped = items.isEmpty ? [EngageEvent.Item(category: fields.category, sku: nil)] : items
                switch fields.status.map(OrderStatus.init) {
                case .cancelled: continue
                case .returned:
                    result.append(EngageEvent(kind: .purchase, day: day, amount: event.amount, items: wrapped, channel: fields.channel))
                    result.append(EngageEvent(kind: .return, day: day, amount: event.amount, items: wrapped, channel: fields.channel))
                default:
                    result.append(EngageEvent(kind: .purchase, day: day, amount: event.amount, items: wrapped, channel: fields.channel))
                }
            case .message:
                result.append(
                    EngageEvent(
                        kind: .message, day: day, channel: fields.channel, reference: fields.campaign,
                        messageAction: fields.action.flatMap(MessageAction.init(rawValue:))))
            case .redemption:
                result.append(EngageEvent(kind: .redemption, day: day, amount: event.amount, channel: fields.channel, reference: fields.offer))
            case .tier:
                result.append(EngageEvent(kind: .tier, day: day, channel: fields.channel, reference: fields.tier))
            case .complaint:
                result.append(EngageEvent(kind: .complaint, day: day, channel: fields.channel, reference: fields.topic))
            case .post, .reply, .review, .share, .like, .sentiment:
                let kind: EngageEventKind =
                    switch event.kind {
                    case .review: .review
                    case .share: .share
                    case .like: .like
                    default: .post
                    }
                let items = fields.sku != nil || fields.category != nil
                    ? [EngageEvent.Item(category: fields.category, sku: fields.sku)] : []
                result.append(
                    EngageEvent(kind: kind, day: day, items: items, channel: fields.channel ?? "community", sentiment: fields.sentiment))
            case .visit, .signup, .activity:
                result.append(EngageEvent(kind: .activity, day: day, channel: fields.channel))
            }
        }
        result.sort { $0.day < $1.day }
        return result
    }

    private struct ReceiptKey: Hashable {
        var source: String
        var record: String
        var at: Int64
        var kind: EngageEventKind
    }

    /// The event attributes engagement reads.
    private struct Fields {
        var category: String?
        var sku: String?
        var skus: [String] = []
        var quantity: Int?
        var channel: String?
        var status: String?
        var sentiment: Double?
        var action: String?
        var campaign: String?
        var offer: String?
        var tier: String?
        var topic: String?

        mutating func note(_ field: Field) {
            let value = field.value
            guard !value.isEmpty else { return }
            switch field.name {
            case "category": category = value
            case "sku":
                sku = value
                skus = value.utf8.contains(UInt8(ascii: "|")) ? HistoryAccumulator.items(in: value) : [value]
            case "quantity": quantity = Int(value).flatMap { $0 > 0 ? $0 : nil }
            case "channel": channel = value.asciiLowercased
            case "status": status = value
            case "sentiment": sentiment = Double(value).flatMap { abs($0) <= 1 ? $0 : nil }
            case "action": action = value.asciiLowercased
            case "campaign": campaign = value
            case "offer": offer = value
            case "tier": tier = value
            case "topic": topic = value
            default: break
            }
        }
    }
}
