import Testing

@testable import Engage

/// Customers walked day by day through ``EngageFixture``'s rules: where they stand, when they
/// cross the line, why, and what the ladders and triggers do about it.
@Suite("Stories")
struct StoryTests {
    /// Transitions as `(day, line, stage, rule, signals)`.
    typealias Step = (day: Int, line: Line, stage: String, rule: String, signals: [String])

    static func expectPath(_ story: Story, _ expected: [Step], sourceLocation: SourceLocation = #_sourceLocation) {
        let got = story.transitions.map {
            "\($0.day.days(since: dayZero)) \($0.to.line)/\($0.to.stage) \($0.rule) [\($0.signals.joined(separator: ","))]"
        }
        let want = expected.map { "\($0.day) \($0.line)/\($0.stage) \($0.rule) [\($0.signals.joined(separator: ","))]" }
        #expect(got == want, "\(story.path)", sourceLocation: sourceLocation)
        for (previous, next) in zip(story.transitions, story.transitions.dropFirst()) {
            #expect(next.from == previous.to, sourceLocation: sourceLocation)
        }
    }

    /// Buys every 14 days for a year: above the line throughout, new, then active, then loyal.
    @Test func steadyShopper() {
        var story = Story()
        let purchases = stride(from: 0, through: 364, by: 14).map { EngageEvent.purchase($0, "30") }
        story.walk(purchases, firstSeen: 0, days: 0...380)
        Self.expectPath(story, [
            (0, .above, "new", "bought_recently + new", ["purchase", "tenure_days"]),
            (61, .above, "active", "default", []),
            (98, .above, "loyal", "loyal", ["frequency"]),  // the 8th purchase in the year
        ])
        #expect(story.ladderChanges.isEmpty)
        let thanks = story.actions.filter { $0.rule == "thank_you_cross_sell" }
        #expect(thanks.map(\.day) == purchases.map(\.day))  // the day after is within the cooldown
        // 8 × 30 = 240 is 10 short of 250; 16 × 30 = 480 (day 210) is 20 short of 500.
        #expect(story.actions.filter { $0.rule == "nearly_free_shipping" }.map(\.day) == [dayAt(98), dayAt(210)])
        #expect(story.actions.allSatisfy { $0.kind == .trigger && $0.status == .planned && $0.channel == $0.requestedChannel })
    }

    /// Buys every 20 days until day 200, then stops: overdue (past 20 × 1.5 days) on day 231,
    /// flatlined (past 20 × 3) on day 261; the win-back ladder climbs until its spend cap.
    static let lapser = stride(from: 0, through: 200, by: 20).map { EngageEvent.purchase($0, "31") }
    static let lapserPath: [Step] = [
        (0, .above, "new", "bought_recently + new", ["purchase", "tenure_days"]),
        (61, .above, "active", "default", []),
        (140, .above, "loyal", "loyal", ["frequency"]),
        (231, .below, "at_risk", "overdue + at_risk", ["overdue"]),
        (261, .below, "lapsed", "lapsed", ["flatline"]),
    ]

    @Test func lapser() {
        var story = Story()
        story.walk(Self.lapser, firstSeen: 0, days: 0...320)
        Self.expectPath(story, Self.lapserPath)
        #expect(story.ladderChanges.map { "\($0.day.days(since: dayZero)) \($0.change) \($0.step ?? "-")" } == [
            "231 started we_miss_you", "245 escalated coupon_10", "259 escalated free_shipping", "280 escalated replacement",
            "310 capped -",  // 0 + 5 + 8 + 25 spent; the priority call's 30 would pass 50
        ])
        let ladder = story.actions.filter { $0.kind == .ladder }
        #expect(ladder.map(\.stepIndex) == [0, 1, 2, 3])
        #expect(ladder.first?.signals == ["overdue"])
        #expect(ladder.map(\.requestedChannel) == ["email", "email", "sms", "mail"])
        #expect(story.memory.ladder?.capped == true)
        #expect(story.memory.ladder?.spent == 38)
    }

    /// The lapser buys again on day 330: back above, won back, the capped ladder reset; overdue
    /// again on day 361 (the cadence is still 20), a fresh ladder starts from its first step.
    @Test func winBack() {
        var story = Story()
        story.walk(Self.lapser + [.purchase(330, "45")], firstSeen: 0, days: 0...370)
        Self.expectPath(story, Self.lapserPath + [
            (330, .above, "won_back", "bought_recently + won_back", ["purchase"]),
            (361, .below, "at_risk", "overdue + at_risk", ["overdue"]),
        ])
        #expect(story.ladderChanges.suffix(3).map { "\($0.day.days(since: dayZero)) \($0.change) \($0.step ?? "-")" } == [
            "310 capped -", "330 reset -", "361 started we_miss_you",
        ])
        #expect(story.actions.contains { $0.day == dayAt(330) && $0.rule == "thank_you_cross_sell" && $0.state.stage == "won_back" })
        #expect(story.memory.ladder == LadderPosition(ladder: "win_back", step: 0, stepDay: dayAt(361), startedDay: dayAt(361), spent: 0))
    }

    /// A loyal customer complains on day 105: below, service recovery starts with an apology;
    /// their purchase on day 112 ends the ladder, but the complaint keeps them below until day
    /// 136, when they count as won back.
    @Test func complainer() {
        var story = Story()
        let events = stride(from: 0, through: 200, by: 10).filter { $0 != 110 }.map { EngageEvent.purchase($0, "12") }
            + [.of(.complaint, 105), .purchase(112, "12")]
        story.walk(events, firstSeen: 0, days: 0...160)
        Self.expectPath(story, [
            (0, .above, "new", "bought_recently + new", ["purchase", "tenure_days"]),
            (61, .above, "active", "default", []),
            (70, .above, "loyal", "loyal", ["frequency"]),
            (105, .below, "at_risk", "complained + at_risk", ["complaint"]),
            (136, .above, "won_back", "bought_recently + won_back", ["purchase"]),
        ])
        #expect(story.ladderChanges.map { "\($0.day.days(since: dayZero)) \($0.change) \($0.step ?? "-")" } == [
            "105 started apology", "112 succeeded -", "136 reset -",
        ])
        let apology = story.actions.filter { $0.kind == .ladder }
        #expect(apology.count == 1)
        #expect(apology.first?.rule == "service_recovery")
        #expect(apology.first?.signals == ["complaint"])
        // Below the line, the purchase on day 112 thanks nobody.
        #expect(!story.actions.contains { $0.kind == .trigger && (105...135).contains($0.day.days(since: dayZero)) })
    }
}
