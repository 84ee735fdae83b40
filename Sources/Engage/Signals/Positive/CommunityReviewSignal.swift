/// `community_review`: a product reviewed in the community.
///
/// Fired once there is one; `day` is the latest one's day, `reference` its reference, and
/// `number` how many fall in the last ``SignalSettings/frequencyWindowDays`` days.
struct CommunityReviewSignal: Signal {
    static let name = "community_review"
    static let summary = "a product reviewed in the community"

    func evaluate(_ input: SignalInput) -> SignalValue { input.occurrences(of: .review) }
}
