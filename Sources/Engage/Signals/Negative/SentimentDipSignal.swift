/// `sentiment_dip`: the customer's recent community posts are gloomier than their own usual.
///
/// Scored posts and reviews count. With at least twice ``SignalSettings/sentimentRecentCount``
/// of them, fires when the mean sentiment of the last ``SignalSettings/sentimentRecentCount`` is
/// at most the mean of all the earlier ones minus ``SignalSettings/sentimentDip``. `number` is
/// the drop (earlier mean minus recent mean; negative when sentiment rose), `day` the latest
/// scored post. Absent with too few scored posts.
struct SentimentDipSignal: Signal {
    static let name = "sentiment_dip"
    static let summary = "mean sentiment of the latest posts against the customer's own earlier mean"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let events = input.facts.events
        let recentCount = max(1, input.settings.sentimentRecentCount)
        var total = 0.0
        var scored = 0
        let visible = input.visibleCount
        for index in 0..<visible where Self.isScored(events[index].kind, events[index].sentiment) {
            total += events[index].sentiment ?? 0
            scored += 1
        }
        guard scored >= 2 * recentCount else { return .absent }
        var recent = 0.0
        var taken = 0
        var latest: Day?
        var index = visible
        while taken < recentCount, index > 0 {
            index -= 1
            guard Self.isScored(events[index].kind, events[index].sentiment) else { continue }
            recent += events[index].sentiment ?? 0
            taken += 1
            if latest == nil { latest = events[index].day }
        }
        let drop = (total - recent) / Double(scored - recentCount) - recent / Double(recentCount)
        return SignalValue(fired: drop >= input.settings.sentimentDip, number: drop, day: latest)
    }

    private static func isScored(_ kind: EngageEventKind, _ sentiment: Double?) -> Bool {
        (kind == .post || kind == .review) && sentiment != nil
    }
}
