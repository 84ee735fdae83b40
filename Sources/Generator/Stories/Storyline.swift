/// What a customer's records allow a story to do with them.
struct StoryFacts {
    /// Till receipts and web orders.
    var purchases = 0
    var accounts = 0
    var memberships = 0
    var profiles = 0
    /// No move or marriage: records from any day show the same identity.
    var settled = true
    /// The day the customer's earliest web account was opened.
    var firstAccountDay: Int64?

    func allows(_ story: Story, asOf: Int64) -> Bool {
        switch story {
        case .steady: true
        case .new: settled
        case .lapsing, .winBack: purchases >= 2
        case .complainer: purchases >= 1 && accounts + memberships > 0
        case .sentimentDip, .quietMember: profiles > 0
        case .unsubscriber: (firstAccountDay ?? asOf) <= Messaging.campaignDay(1, asOf: asOf) - 7
        }
    }
}

/// One customer's story with its numbers: the cadence they buy at, the day their behaviour
/// changed and when they may be active. Drawn from the customer's own `stories` stream.
struct Storyline {
    let story: Story
    /// Days between purchases, on average.
    let cadence: Int
    /// The day behaviour changed (see ``Story``); `nil` for steady customers.
    let changeDay: Int64?
    /// Win-back: the last day of activity before the silence. Complainer: the day of the last
    /// purchase, a return.
    let lastBefore: Int64?
    /// Days since 1970-01-01; nothing happens on or after it.
    let asOf: Int64

    /// Relative weights of the stories a customer's records allow.
    private static let weights: [Story: Double] = [
        .steady: 30, .new: 10, .lapsing: 14, .winBack: 10, .complainer: 8, .sentimentDip: 25,
        .quietMember: 25, .unsubscriber: 8,
    ]
    /// Far enough back to hold any record.
    private static let floorDays: Int64 = 40 * 365

    /// Draws a story among those `facts` allow, and its numbers.
    static func cast(_ facts: StoryFacts, asOf: Int64, _ generator: inout SplitMix64) -> Storyline {
        let eligible = Story.allCases.filter { facts.allows($0, asOf: asOf) }
        let story = eligible[WeightedIndex(weights: eligible.map { weights[$0]! }).draw(&generator)]
        let u = generator.unit()
        var cadence = 7 + Int(u * u * 113)
        // At most about three years of history.
        if facts.purchases > 0 { cadence = min(cadence, max(7, 1095 / facts.purchases)) }
        var change: Int64?
        var lastBefore: Int64?
        switch story {
        case .steady:
            break
        case .new:
            let window = generator.int(in: 14...StoryShape.newWithin)
            change = asOf - Int64(window)
            cadence = max(1, min(cadence, window / max(facts.purchases, 1)))
        case .lapsing:
            change = asOf - Int64(min(400, max(90, cadence * generator.int(in: 3...6))))
        case .winBack:
            let back = asOf - Int64(generator.int(in: 5...40))
            let gap = max(StoryShape.winBackGap, 3 * cadence) + generator.below(90)
            change = back
            lastBefore = back - Int64(gap)
        case .complainer:
            let complaint = asOf - Int64(generator.int(in: 30...200))
            change = complaint
            lastBefore = complaint - Int64(generator.int(in: 1...7))
        case .sentimentDip:
            change = asOf - Int64(generator.int(in: 30...120))
        case .quietMember:
            change = asOf - Int64(generator.int(in: 60...180))
        case .unsubscriber:
            let opened = facts.firstAccountDay ?? asOf
            let campaigns = (1...12).filter { Messaging.campaignDay($0, asOf: asOf) - 7 >= opened }
            change = Messaging.campaignDay(generator.pick(campaigns), asOf: asOf)
        }
        return Storyline(story: story, cadence: cadence, changeDay: change, lastBefore: lastBefore, asOf: asOf)
    }

    /// The days on which the customer may do anything at all: buy, open a message, redeem, post.
    var activeDays: [ClosedRange<Int64>] {
        let floor = asOf - Self.floorDays
        switch story {
        case .new: return [changeDay!...(asOf - 1)]
        case .lapsing, .complainer: return [floor...changeDay!]
        case .winBack: return [floor...lastBefore!, changeDay!...(asOf - 1)]
        case .steady, .sentimentDip, .quietMember, .unsubscriber: return [floor...(asOf - 1)]
        }
    }

    /// The days on which the customer may be active in the forum.
    var postingDays: [ClosedRange<Int64>] {
        story == .quietMember ? [(asOf - Self.floorDays)...changeDay!] : activeDays
    }

    /// Whether `day` lies in `ranges`.
    static func contains(_ ranges: [ClosedRange<Int64>], _ day: Int64) -> Bool {
        ranges.contains { $0.contains(day) }
    }

    /// A day drawn uniformly from the days of `ranges` within `from...through`, or `nil` when
    /// there is none.
    static func drawDay(
        _ ranges: [ClosedRange<Int64>], from: Int64, through: Int64, _ generator: inout SplitMix64
    ) -> Int64? {
        let clipped = ranges.compactMap { range -> ClosedRange<Int64>? in
            let low = max(range.lowerBound, from)
            let high = min(range.upperBound, through)
            return low <= high ? low...high : nil
        }
        let total = clipped.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        var pick = generator.below(total)
        for range in clipped {
            if pick < range.count { return range.lowerBound + Int64(pick) }
            pick -= range.count
        }
        return nil
    }

    /// Moves an activity time drawn as if nothing had changed into the story's active days:
    /// a lapser's and a complainer's activity ends before the change day, a win-back customer's
    /// falls on either side of the silence. (New customers are compressed as a whole instead.)
    func activityTime(_ seconds: Int64) -> Int64 {
        switch story {
        case .lapsing, .complainer: return seconds - (asOf - changeDay!) * 86_400
        case .winBack:
            return seconds >= changeDay! * 86_400 ? seconds : seconds - (changeDay! - lastBefore!) * 86_400
        case .steady, .new, .sentimentDip, .quietMember, .unsubscriber: return seconds
        }
    }

    /// ``activityTime(_:)`` for forum activity: a quiet member's stops at the change day too.
    func postingTime(_ seconds: Int64) -> Int64 {
        story == .quietMember ? seconds - (asOf - changeDay!) * 86_400 : activityTime(seconds)
    }
}
