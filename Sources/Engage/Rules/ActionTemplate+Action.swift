extension ActionTemplate {
    /// A planned action on the channel asked for (contactability and offers are applied later).
    func action(
        for context: RuleContext, state: EngagementState, kind: ActionKind, rule: String, step: String? = nil,
        stepIndex: Int? = nil, signals: [String]
    ) -> Action {
        Action(
            goldenID: context.input.facts.goldenID, day: context.asOf, state: state, kind: kind, rule: rule, step: step,
            stepIndex: stepIndex, channel: channel, requestedChannel: channel, template: template, priority: priority,
            signals: signals)
    }
}
