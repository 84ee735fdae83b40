/// `redemption`: an offer redeemed; reference: the offer.
///
/// Fired once there is one; `day` is the latest one's day, `reference` its reference, and
/// `number` how many fall in the last ``SignalSettings/frequencyWindowDays`` days.
struct RedemptionSignal: Signal {
    static let name = "redemption"
    static let summary = "an offer redeemed; reference: the offer"

    func evaluate(_ input: SignalInput) -> SignalValue { input.occurrences(of: .redemption) }
}
