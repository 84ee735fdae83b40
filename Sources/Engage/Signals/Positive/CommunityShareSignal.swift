/// `community_share`: a product shared from the community.
///
/// Fired once there is one; `day` is the latest one's day, `reference` its reference, and
/// `number` how many fall in the last ``SignalSettings/frequencyWindowDays`` days.
struct CommunityShareSignal: Signal {
    static let name = "community_share"
    static let summary = "a product shared from the community"

    func evaluate(_ input: SignalInput) -> SignalValue { input.occurrences(of: .share) }
}
