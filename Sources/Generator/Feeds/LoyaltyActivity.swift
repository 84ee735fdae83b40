import GoldenCore

/// One thing a loyalty member did: an offer redeemed or a tier reached.
struct LoyaltyEvent {
    enum Kind {
        case redemption(offer: String, points: Int)
        case tier(String)
    }

    /// Seconds since 1970-01-01 UTC.
    let time: Int64
    let kind: Kind
}

/// The loyalty activity feed: `feeds/loyalty/activity/activity_NNN.xml`, UTF-8, default
/// namespace `urn:golden:loyalty:1`, one `<event>` per offer redeemed or tier reached, keyed by
/// the member `id` (events of the loyalty records).
final class LoyaltyActivity {
    private let output: PartedOutput
    private var counter = 0

    init(root: String, options: FeedGenerator.Options) throws {
        output = try PartedOutput(
            root: root, relativeDirectory: "feeds/loyalty/activity", stem: "activity", fileExtension: "xml",
            gzipLevel: nil, header: LoyaltyFeed.header(root: "activity", options),
            footer: Array("</activity>\n".utf8), rowLimit: options.partSize, holdBack: options.holdBack)
    }

    var files: [String] { output.files }
    var rows: Int { output.rows }

    /// Writes the events of member `member`.
    func write(_ events: [LoyaltyEvent], member: String) throws {
        for event in events {
            counter += 1
            var line: [UInt8] = []
            line.append("  <event id=\"LA" + padded(counter, 7) + "\" member=\"" + member + "\" type=\"")
            switch event.kind {
            case .redemption: line.append("redemption")
            case .tier: line.append("tier")
            }
            line.append("\" at=\"")
            line.appendISO8601UTC(event.time)
            switch event.kind {
            case .redemption(let offer, let points):
                line.append("\" offer=\"" + offer + "\" points=\"")
                line.append(decimal: points)
            case .tier(let tier):
                line.append("\" tier=\"" + tier)
            }
            line.append("\"/>\n")
            try output.beginRecord(rows: 1)
            try output.write(line)
        }
    }

    func close() throws { try output.close() }

    /// What a member did, shaped by their story: the tiers up to the one on their record,
    /// reached one after another since they joined, and up to four offers redeemed in the last
    /// two years — only on days the story has them active, and only offers valid that day.
    static func events(
        for membership: LoyaltyFeed.Membership, _ storyline: Storyline, _ generator: inout SplitMix64
    ) -> [LoyaltyEvent] {
        let asOf = storyline.asOf
        let days = storyline.activeDays
        let joined = membership.cards.map(\.issued).min() ?? asOf - 1
        var events: [LoyaltyEvent] = []
        var tierTimes: [Int64] = []
        for _ in 0..<membership.tier {
            if let day = Storyline.drawDay(days, from: joined, through: asOf - 1, &generator) {
                tierTimes.append(day * 86_400 + Int64(generator.below(86_400)))
            }
        }
        for (rank, time) in tierTimes.sorted().enumerated() {
            events.append(LoyaltyEvent(time: time, kind: .tier(LoyaltyFeed.tiers[rank + 1])))
        }
        for _ in 0..<generator.below(5) {
            guard let day = Storyline.drawDay(days, from: max(joined, asOf - 730), through: asOf - 1, &generator)
            else { break }
            let offers = OfferBank.valid(on: day)
            guard !offers.isEmpty else { continue }
            let offer = generator.pick(offers)
            let time = day * 86_400 + Int64(generator.below(86_400))
            events.append(LoyaltyEvent(time: time, kind: .redemption(offer: offer.id, points: offer.points)))
        }
        return events.sorted { $0.time < $1.time }
    }
}
