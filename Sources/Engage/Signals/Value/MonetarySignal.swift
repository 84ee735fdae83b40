/// `monetary`: what the customer spent in the last ``SignalSettings/frequencyWindowDays`` days.
///
/// `number` is purchase amounts minus return amounts in the window, in currency units (negative
/// when returns of earlier purchases outweigh them; amounts the feed did not give count as 0).
/// Fired when the window holds a purchase, `day` the latest.
struct MonetarySignal: Signal {
    static let name = "monetary"
    static let summary = "purchases minus returns in the frequency window, in currency units"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let spend = input.windowSpend()
        return SignalValue(fired: spend.purchases > 0, number: spend.net, day: spend.lastPurchase)
    }
}
