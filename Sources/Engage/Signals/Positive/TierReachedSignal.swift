/// `tier_reached`: a loyalty tier or achievement reached; reference: the tier.
///
/// Fired once there is one; `day` is the latest one's day, `reference` its reference, and
/// `number` how many fall in the last ``SignalSettings/frequencyWindowDays`` days.
struct TierReachedSignal: Signal {
    static let name = "tier_reached"
    static let summary = "a loyalty tier or achievement reached; reference: the tier"

    func evaluate(_ input: SignalInput) -> SignalValue { input.occurrences(of: .tier) }
}
