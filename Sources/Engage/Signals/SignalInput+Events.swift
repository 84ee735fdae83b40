import GoldenCore

/// Scans shared by the signals. Every one looks only at the events on or before the as-of day,
/// relying on ``CustomerFacts/events`` being oldest first; none allocates on the heap.
extension SignalInput {
    /// How many events, from the start, fall on or before ``asOf``.
    ///
    /// - Complexity: O(1) when no event is later than the as-of day (the usual case), else O(log n).
    var visibleCount: Int {
        let events = facts.events
        guard let last = events.last, last.day > asOf else { return events.count }
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].day <= asOf { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether `day` (on or before the as-of day) lies in the last
    /// ``SignalSettings/frequencyWindowDays`` days, the as-of day included.
    func inWindow(_ day: Day) -> Bool { asOf.days(since: day) < settings.frequencyWindowDays }

    /// The latest event of `kind`: fired when there is one, `day` its day, `reference` its
    /// reference, `number` how many events of that kind fall in the frequency window.
    ///
    /// - Complexity: O(n) in the events.
    func occurrences(of kind: EngageEventKind) -> SignalValue {
        let tally = tally { $0 == kind }
        guard let latest = tally.latest else { return .absent }
        let events = facts.events
        return SignalValue(
            fired: true, number: Double(tally.inWindow), day: events[latest].day, reference: events[latest].reference)
    }

    /// How many events of the kinds `counts` picks there are in all and in the frequency window,
    /// and the index of the latest.
    ///
    /// - Complexity: O(n) in the events.
    func tally(_ counts: (EngageEventKind) -> Bool) -> (all: Int, inWindow: Int, latest: Int?) {
        let events = facts.events
        var all = 0
        var inWindow = 0
        var latest: Int?
        for index in 0..<visibleCount where counts(events[index].kind) {
            all += 1
            latest = index
            if self.inWindow(events[index].day) { inWindow += 1 }
        }
        return (all, inWindow, latest)
    }

    /// The latest purchase's day, or `nil` before the first purchase.
    var lastPurchaseDay: Day? {
        let events = facts.events
        var index = visibleCount
        while index > 0 {
            index -= 1
            if events[index].kind == .purchase { return events[index].day }
        }
        return nil
    }

    /// Purchases minus returns in the frequency window, in currency units, with the number of
    /// purchases there and the day of the latest.
    func windowSpend() -> (net: Double, purchases: Int, lastPurchase: Day?) {
        let events = facts.events
        var tenThousandths: Int64 = 0
        var purchases = 0
        var lastPurchase: Day?
        for index in 0..<visibleCount where inWindow(events[index].day) {
            switch events[index].kind {
            case .purchase:
                purchases += 1
                lastPurchase = events[index].day
                tenThousandths &+= events[index].amount?.tenThousandths ?? 0
            case .return:
                tenThousandths &-= events[index].amount?.tenThousandths ?? 0
            default: break
            }
        }
        return (Double(tenThousandths) / 10_000, purchases, lastPurchase)
    }

    /// The latest day the customer did anything at all: every event counts except a message that
    /// was merely sent (or bounced), which says nothing about the customer.
    var lastSignOfLife: Day? {
        let events = facts.events
        var index = visibleCount
        while index > 0 {
            index -= 1
            if events[index].kind != .message { return events[index].day }
            switch events[index].messageAction {
            case .opened, .clicked, .unsubscribed: return events[index].day
            case .sent, .bounced, nil: continue
            }
        }
        return nil
    }

    /// The first day the customer was seen as of ``asOf``: the earlier of
    /// ``CustomerFacts/firstSeen`` and the first event; `nil` when that is after ``asOf``.
    var firstDay: Day? {
        var first = facts.firstSeen
        if visibleCount > 0, let eventDay = facts.events.first?.day, first.map({ eventDay < $0 }) ?? true {
            first = eventDay
        }
        guard let first, first <= asOf else { return nil }
        return first
    }
}

/// Community actions: posts, reviews, shares and likes.
extension EngageEventKind {
    var isCommunity: Bool {
        switch self {
        case .post, .review, .share, .like: true
        default: false
        }
    }
}
