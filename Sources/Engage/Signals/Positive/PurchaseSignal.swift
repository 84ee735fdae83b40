import GoldenCore

/// `purchase`: the customer bought something.
///
/// Fired once there is a purchase; `day` is the latest purchase's day and `number` what was
/// spent on that day (every purchase that day, in currency units; `nil` when no amount was given).
struct PurchaseSignal: Signal {
    static let name = "purchase"
    static let summary = "the latest purchase; its number is what was spent that day"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let events = input.facts.events
        var index = input.visibleCount
        var lastDay: Day?
        var tenThousandths: Int64?
        while index > 0 {
            index -= 1
            guard events[index].kind == .purchase else { continue }
            if let lastDay, events[index].day != lastDay { break }
            lastDay = events[index].day
            if let amount = events[index].amount { tenThousandths = (tenThousandths ?? 0) &+ amount.tenThousandths }
        }
        guard let lastDay else { return .absent }
        return SignalValue(fired: true, number: tenThousandths.map { Double($0) / 10_000 }, day: lastDay)
    }
}
