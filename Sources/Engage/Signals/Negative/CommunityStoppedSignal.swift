/// `community_stopped`: a fervent community member has gone quiet.
///
/// Fervent: at least ``SignalSettings/ferventCommunityActions`` community actions (posts,
/// reviews, shares, likes) in the ``SignalSettings/frequencyWindowDays`` days up to their last
/// one. Quiet: none in the last ``SignalSettings/communityQuietDays`` days. Fires when both
/// hold; `number` is the days since the last community action, `day` the first quiet day that
/// made it fire (last action + quiet days).
struct CommunityStoppedSignal: Signal {
    static let name = "community_stopped"
    static let summary = "a fervent community member with no community action for the quiet period"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let events = input.facts.events
        let settings = input.settings
        var lastIndex: Int?
        for index in 0..<input.visibleCount where events[index].kind.isCommunity { lastIndex = index }
        guard let lastIndex else { return .absent }
        let last = events[lastIndex].day
        let quiet = input.asOf.days(since: last)
        guard quiet >= settings.communityQuietDays else { return SignalValue(fired: false, number: Double(quiet)) }
        var actions = 0
        var index = lastIndex + 1
        while index > 0, actions < settings.ferventCommunityActions {
            index -= 1
            if last.days(since: events[index].day) >= settings.frequencyWindowDays { break }
            if events[index].kind.isCommunity { actions += 1 }
        }
        guard actions >= settings.ferventCommunityActions else { return SignalValue(fired: false, number: Double(quiet)) }
        return SignalValue(fired: true, number: Double(quiet), day: last.adding(days: settings.communityQuietDays))
    }
}
