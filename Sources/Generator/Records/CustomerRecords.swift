/// One customer's records, rendered in plan order and held back until their story has set the
/// dates; then each goes to its feed.
///
/// Rendering draws from the customer's `records` stream exactly as it always has, so identity
/// values, record counts and every later draw stay the same whatever the story does with the
/// dates.
struct CustomerRecords {
    var receipts: [PosFeed.Receipt] = []
    var memberships: [LoyaltyFeed.Membership] = []
    var accounts: [EcommerceFeed.Account] = []
    var profiles: [CommunityFeed.Profile] = []

    /// What these records allow a story to do.
    func facts(_ person: Person) -> StoryFacts {
        StoryFacts(
            purchases: receipts.count + accounts.reduce(0) { $0 + $1.orders.count },
            accounts: accounts.count, memberships: memberships.count, profiles: profiles.count,
            settled: person.movedOn == nil && person.marriedOn == nil,
            firstAccountDay: accounts.map { floorDivide($0.created, 86_400) }.min())
    }

    /// The earliest time anything of this customer's was observed or done, in seconds (cards
    /// issued do not count: no mapping reads them).
    private var earliest: Int64? {
        var times = receipts.map { $0.day * 86_400 }
        times += memberships.map(\.updated)
        for account in accounts { times += [account.created] + account.orders.map(\.time) }
        for profile in profiles { times += [profile.joined] + profile.events.map(\.time) }
        return times.min()
    }

    /// Moves every date of a new customer into the days from `first` to as-of, keeping their
    /// order: the earliest lands on `first` (a card issued before it, on `first`).
    mutating func compress(into first: Int64, asOf: Int64) {
        guard let low = earliest else { return }
        let start = first * 86_400
        let span = asOf * 86_400 - 1 - start
        let original = max(1, asOf * 86_400 - 1 - low)
        func map(_ seconds: Int64) -> Int64 {
            start + (min(max(seconds, low), asOf * 86_400 - 1) - low) * span / original
        }
        for index in receipts.indices { receipts[index].day = floorDivide(map(receipts[index].day * 86_400), 86_400) }
        for index in memberships.indices {
            memberships[index].updated = map(memberships[index].updated)
            for card in memberships[index].cards.indices {
                memberships[index].cards[card].issued = floorDivide(
                    map(memberships[index].cards[card].issued * 86_400), 86_400)
            }
        }
        for index in accounts.indices {
            accounts[index].created = map(accounts[index].created)
            accounts[index].lastLogin = map(accounts[index].lastLogin)
            for order in accounts[index].orders.indices {
                accounts[index].orders[order].time = map(accounts[index].orders[order].time)
            }
        }
        for index in profiles.indices {
            profiles[index].joined = map(profiles[index].joined)
            for event in profiles[index].events.indices {
                profiles[index].events[event].time = map(profiles[index].events[event].time)
            }
        }
    }

    /// Gives receipts and orders, oldest first, the story's purchase days (each keeps its time
    /// of day). A complainer's last purchase becomes a return.
    mutating func schedulePurchases(_ storyline: Storyline, _ generator: inout SplitMix64) {
        // (receipt index, -1) or (account index, order index), with the time drawn at rendering.
        var purchases: [(record: Int, order: Int, time: Int64)] = receipts.indices.map {
            ($0, -1, receipts[$0].day * 86_400 + Int64(receipts[$0].minute * 60))
        }
        for (account, record) in accounts.enumerated() {
            purchases += record.orders.indices.map { (account, $0, record.orders[$0].time) }
        }
        // Stable: ties keep plan order.
        purchases = purchases.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
        let days = storyline.purchaseDays(purchases.count, &generator)
        for (purchase, day) in zip(purchases, days) {
            if purchase.order < 0 {
                receipts[purchase.record].day = day
            } else {
                let time = accounts[purchase.record].orders[purchase.order].time
                accounts[purchase.record].orders[purchase.order].time = day * 86_400 + time - floorDivide(time, 86_400) * 86_400
            }
        }
        if storyline.story == .complainer, let last = purchases.last {
            if last.order < 0 {
                receipts[last.record].refund = true
            } else {
                accounts[last.record].orders[last.order].status = "returned"
            }
        }
    }

    /// Moves last logins into the story's active days (forum activity moves with
    /// ``CommunityStory``).
    mutating func retimeActivity(_ storyline: Storyline) {
        for index in accounts.indices {
            accounts[index].lastLogin = storyline.activityTime(accounts[index].lastLogin)
        }
    }

    /// Keeps record dates consistent with the events moved by the story: an account is opened
    /// before its first order and last used after its last; a profile joined before its first
    /// post.
    mutating func settleRecordDates(asOf: Int64) {
        for index in accounts.indices {
            let times = accounts[index].orders.map(\.time)
            if let first = times.min() { accounts[index].created = min(accounts[index].created, justBefore(first)) }
            let latest = max(accounts[index].lastLogin, times.max() ?? .min, accounts[index].created)
            accounts[index].lastLogin = min(asOf * 86_400 - 1, latest)
        }
        for index in profiles.indices {
            if let first = profiles[index].events.map(\.time).min() {
                profiles[index].joined = min(profiles[index].joined, justBefore(first))
            }
        }
    }

    /// Ten minutes before `seconds`, but not before the start of its day.
    private func justBefore(_ seconds: Int64) -> Int64 {
        max(seconds - 600, floorDivide(seconds, 86_400) * 86_400)
    }
}
