/// `frequency`: purchases in the last ``SignalSettings/frequencyWindowDays`` days.
///
/// `number` is the count (0 when none; the as-of day counts as the window's last day); fired
/// when it is at least 1, `day` the latest purchase in the window.
struct FrequencySignal: Signal {
    static let name = "frequency"
    static let summary = "purchases in the frequency window"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let spend = input.windowSpend()
        return SignalValue(fired: spend.purchases > 0, number: Double(spend.purchases), day: spend.lastPurchase)
    }
}
