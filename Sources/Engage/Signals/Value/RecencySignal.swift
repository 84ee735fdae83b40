/// `recency_days`: days since the latest purchase.
///
/// Fired once the customer has bought anything; `number` is the as-of day minus the latest
/// purchase's day (0 for a purchase today), `day` that purchase's day.
struct RecencySignal: Signal {
    static let name = "recency_days"
    static let summary = "days since the latest purchase"

    func evaluate(_ input: SignalInput) -> SignalValue {
        guard let last = input.lastPurchaseDay else { return .absent }
        return SignalValue(fired: true, number: Double(input.asOf.days(since: last)), day: last)
    }
}
