/// `lifetime_purchases`: every purchase ever, for "new customer" and "loyal" rules.
///
/// `number` is the count (0 when none); fired when at least 1, `day` the latest purchase.
struct LifetimePurchasesSignal: Signal {
    static let name = "lifetime_purchases"
    static let summary = "purchases since the customer was first seen"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let tally = input.tally { $0 == .purchase }
        let latest = tally.latest.map { input.facts.events[$0].day }
        return SignalValue(fired: tally.all > 0, number: Double(tally.all), day: latest)
    }
}
