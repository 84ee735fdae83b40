/// `near_threshold`: spend is just short of a perk ("spend 10 more for free shipping").
///
/// Spend is `monetary`'s (purchases minus returns in the frequency window). Fires when the window
/// holds a purchase and the smallest of ``SignalSettings/spendThresholds`` above the spend is at
/// most ``SignalSettings/nearThresholdMargin`` away; `number` is the amount still to spend, `day`
/// the latest purchase.
struct NearThresholdSignal: Signal {
    static let name = "near_threshold"
    static let summary = "the amount still to spend to reach the next spend threshold, when within the margin"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let spend = input.windowSpend()
        guard spend.purchases > 0 else { return .absent }
        var next: Double?
        for threshold in input.settings.spendThresholds where threshold > spend.net {
            if next.map({ threshold < $0 }) ?? true { next = threshold }
        }
        guard let next, next - spend.net <= input.settings.nearThresholdMargin else { return .absent }
        return SignalValue(fired: true, number: next - spend.net, day: spend.lastPurchase)
    }
}
