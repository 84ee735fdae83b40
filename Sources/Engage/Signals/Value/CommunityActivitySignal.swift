/// `community_activity`: posts, reviews, shares and likes in the frequency window.
///
/// `number` is the count in the last ``SignalSettings/frequencyWindowDays`` days (0 when none);
/// fired when the customer ever acted in the community, `day` the latest such action.
struct CommunityActivitySignal: Signal {
    static let name = "community_activity"
    static let summary = "community posts, reviews, shares and likes in the frequency window"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let tally = input.tally(\.isCommunity)
        guard let latest = tally.latest else { return .absent }
        return SignalValue(fired: true, number: Double(tally.inWindow), day: input.facts.events[latest].day)
    }
}
