/// What a customer's story does to their forum activity: moves it into the days they are
/// active, tops up a fervent member's posts, bends sentiment (a dip after the change day, anger
/// around a complaint) and adds products shared. Draws from the customer's `community` stream.
enum CommunityStory {
    /// Events a quiet member posts before falling silent, at least.
    static let fervent = 20
    /// Events a sentiment dip has on each side of its change day, at least.
    private static let dipSide = 4
    private static let lightTypes = ["post", "reply", "reply", "like", "like", "review"]

    static func tell(
        _ profiles: inout [CommunityFeed.Profile], _ storyline: Storyline, _ generator: inout SplitMix64
    ) {
        let asOf = storyline.asOf
        let days = storyline.postingDays
        for index in profiles.indices {
            var profile = profiles[index]
            if storyline.story != .new {
                for event in profile.events.indices {
                    profile.events[event].time = storyline.postingTime(profile.events[event].time)
                }
            }
            if index == 0, let change = storyline.changeDay {
                switch storyline.story {
                case .quietMember:
                    let target = fervent + generator.below(16)
                    while profile.events.count < target {
                        guard let day = Storyline.drawDay(days, from: change - 240, through: change, &generator) else { break }
                        profile.events.append(event(on: day, &generator))
                    }
                case .sentimentDip:
                    top(&profile, days, from: change - 180, through: change - 1, dipSide, &generator)
                    top(&profile, days, from: change, through: asOf - 1, dipSide, &generator)
                default:
                    break
                }
            }
            if generator.chance(0.35) {
                // Shares are happy moments: not on a dipping member's bad days.
                let last = storyline.story == .sentimentDip ? storyline.changeDay! - 1 : asOf - 1
                let from = floorDivide(profile.joined, 86_400)
                for _ in 0..<generator.int(in: 1...3) {
                    guard let day = Storyline.drawDay(days, from: from, through: last, &generator) else { break }
                    var share = event(on: day, &generator)
                    share.type = "share"
                    share.topic = "Gift ideas"
                    share.sentiment = 40 + generator.below(55)
                    share.product = Catalogue.drawProduct(&generator)
                    profile.events.append(share)
                }
            }
            bend(&profile, storyline, &generator)
            profile.events = profile.events.enumerated()
                .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
            profiles[index] = profile
        }
    }

    /// Adds events on days within `from...through` until there are `count` there.
    private static func top(
        _ profile: inout CommunityFeed.Profile, _ days: [ClosedRange<Int64>], from: Int64, through: Int64,
        _ count: Int, _ generator: inout SplitMix64
    ) {
        var present = profile.events.filter { (from...through).contains(floorDivide($0.time, 86_400)) }.count
        while present < count {
            guard let day = Storyline.drawDay(days, from: from, through: through, &generator) else { return }
            var added = event(on: day, &generator)
            added.type = generator.chance(0.5) ? "post" : "review"
            profile.events.append(added)
            present += 1
        }
    }

    /// A light event on `day` with an ordinary, mildly positive sentiment.
    private static func event(on day: Int64, _ generator: inout SplitMix64) -> CommunityFeed.Activity {
        CommunityFeed.Activity(
            type: generator.pick(lightTypes), time: day * 86_400 + Int64(generator.below(86_400)),
            topic: generator.pick(CommunityFeed.topics),
            sentiment: max(-100, min(100, Int((generator.unit() + generator.unit() - 0.8) * 100))))
    }

    /// Sentiment by story: a dipping member starts positive and falls below their baseline
    /// after the change day, further as time goes on; a complainer is angry in the month before
    /// the complaint. Other stories keep the sentiment drawn with the event.
    private static func bend(
        _ profile: inout CommunityFeed.Profile, _ storyline: Storyline, _ generator: inout SplitMix64
    ) {
        guard let change = storyline.changeDay else { return }
        switch storyline.story {
        case .sentimentDip:
            let baseline = 35 + generator.below(40)
            let span = Double(max(1, storyline.asOf - change))
            for index in profile.events.indices {
                let day = floorDivide(profile.events[index].time, 86_400)
                let value: Int
                if day < change {
                    value = baseline + generator.int(in: -15...15)
                } else {
                    let progress = Double(day - change) / span
                    value = baseline - 50 - Int(60 * progress) + generator.int(in: -10...10)
                }
                profile.events[index].sentiment = max(-100, min(100, value))
            }
        case .complainer:
            for index in profile.events.indices
            where (change - 30...change).contains(floorDivide(profile.events[index].time, 86_400)) {
                profile.events[index].sentiment = -30 - generator.below(60)
            }
        default:
            break
        }
    }
}
