@testable import Engage

/// Realistic rules, as a retailer would write them in `Mappings/engage.yml`: the line, the
/// retention stages, two remediation ladders and a few proactive triggers.
enum EngageFixture {
    static func settings() -> EngageSettings {
        var settings = EngageSettings()
        settings.attributes = ["country", "tier", "age"]
        settings.lineRules = lineRules
        settings.defaultLine = .on
        settings.stages = ["new", "active", "loyal", "advocate", "at_risk", "lapsed", "won_back"]
        settings.stageRules = stageRules
        settings.defaultStage = "active"
        settings.ladders = ladders
        settings.triggers = triggers
        return settings
    }

    /// Negative signals first: a customer who complained and bought since is still below.
    static let lineRules = [
        LineRule(name: "complained", line: .below, when: .signal("complaint", .withinDays(30))),
        LineRule(name: "flatlined", line: .below, when: .signal("flatline", .fired)),
        LineRule(name: "sentiment_dipped", line: .below, when: .signal("sentiment_dip", .withinDays(30))),
        LineRule(name: "ignoring_messages", line: .below, when: .signal("unopened_streak", .fired)),
        LineRule(name: "overdue", line: .below, when: .signal("overdue", .fired)),
        LineRule(name: "bought_recently", line: .above, when: .signal("purchase", .withinDays(30))),
        LineRule(
            name: "engaged", line: .above,
            when: .any([
                .signal("redemption", .withinDays(30)), .signal("community_share", .withinDays(30)),
                .signal("community_review", .withinDays(30)),
            ])),
    ]

    static let stageRules = [
        StageRule(
            name: "won_back", stage: "won_back",
            when: .any([
                .all([.previousStage(["lapsed", "at_risk"]), .signal("purchase", .withinDays(30)), .line([.above, .on])]),
                .all([.previousStage(["won_back"]), .line([.above])]),
            ])),
        StageRule(name: "lapsed", stage: "lapsed", when: .all([.line([.below]), .signal("flatline", .fired)])),
        StageRule(name: "at_risk", stage: "at_risk", when: .line([.below])),
        StageRule(name: "new", stage: "new", when: .signal("tenure_days", .compare(.le, 60))),
        StageRule(
            name: "advocate", stage: "advocate",
            when: .all([
                .line([.above]),
                .any([.signal("community_review", .withinDays(90)), .signal("community_share", .withinDays(90))]),
                .signal("community_activity", .compare(.ge, 5)),
            ])),
        StageRule(name: "loyal", stage: "loyal", when: .signal("frequency", .compare(.ge, 8))),
    ]

    static let ladders = [
        Ladder(
            name: "service_recovery", when: .signal("complaint", .withinDays(30)),
            success: .any([.signal("purchase", .fired), .signal("community_review", .fired)]), maxSpend: 60,
            steps: [
                LadderStep(name: "apology", action: ActionTemplate(channel: "email", template: "apology", priority: 50), cost: 0, waitDays: 7),
                LadderStep(name: "service_call", action: ActionTemplate(channel: "phone", priority: 60), cost: 15, waitDays: 14),
                LadderStep(
                    name: "replacement", action: ActionTemplate(channel: "mail", template: "replacement", priority: 70), cost: 40,
                    waitDays: 21),
            ]),
        Ladder(
            name: "win_back", when: .always, success: .any([.signal("purchase", .fired), .signal("redemption", .fired)]),
            maxSpend: 50,
            steps: [
                LadderStep(name: "we_miss_you", action: ActionTemplate(channel: "email", template: "we_miss_you"), cost: 0, waitDays: 14),
                LadderStep(
                    name: "coupon_10", action: ActionTemplate(channel: "email", template: "coupon", offer: "PCT10", priority: 10),
                    cost: 5, waitDays: 14),
                LadderStep(name: "free_shipping", action: ActionTemplate(channel: "sms", priority: 20), cost: 8, waitDays: 21),
                LadderStep(name: "replacement", action: ActionTemplate(channel: "mail", priority: 30), cost: 25, waitDays: 30),
                LadderStep(name: "priority_call", action: ActionTemplate(channel: "phone", priority: 40), cost: 30, waitDays: 30),
            ]),
    ]

    static let triggers = [
        TriggerRule(
            name: "thank_you_cross_sell", when: .all([.line([.above]), .signal("purchase", .withinDays(1))]),
            action: ActionTemplate(channel: "email", template: "cross_sell", priority: 5), cooldownDays: 14, withOffers: true),
        TriggerRule(
            name: "nearly_free_shipping", when: .all([.line([.above]), .signal("near_threshold", .fired)]),
            action: ActionTemplate(channel: "email", template: "spend_more", priority: 6), cooldownDays: 30),
        TriggerRule(
            name: "tier_congratulations", when: .signal("tier_reached", .withinDays(1)),
            action: ActionTemplate(channel: "email", template: "tier"), cooldownDays: 30),
    ]
}
