extension Action {
    /// A planned action from a rule's template: the channel is the one asked for until
    /// contactability (``ContactResolver``) decides; a fixed offer in the template is its offer.
    ///
    /// ```swift
    /// Action(proposing: campaign.action, for: facts.goldenID, on: asOf, state: state,
    ///        kind: .baseline, rule: campaign.id)
    /// ```
    public init(
        proposing template: ActionTemplate, for goldenID: String, on day: Day, state: EngagementState,
        kind: ActionKind, rule: String, goal: String? = nil, signals: [String] = []
    ) {
        self.init(
            goldenID: goldenID, day: day, state: state, kind: kind, rule: rule, channel: template.channel,
            requestedChannel: template.channel, template: template.template, offers: template.offer.map { [$0] } ?? [],
            goal: goal, priority: template.priority, signals: signals)
    }
}
