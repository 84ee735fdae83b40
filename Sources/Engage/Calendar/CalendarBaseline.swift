/// The calendar baseline for one customer: the campaigns running on the day whose audience they
/// are in, each once per customer.
///
/// A campaign already in the customer's past actions (a ``ActionKind/baseline`` action with the
/// campaign's id as its rule, on an earlier day) is not proposed again. Pipeline must load past
/// actions back to the start of the longest running campaign for that to hold.
///
/// ```swift
/// let baseline = CalendarBaseline(campaigns: settings.calendar)
/// let proposed = baseline.actions(for: facts, state: state, asOf: today) { position, condition in
///     condition.evaluate(...)   // the engine's evaluator
/// }
/// ```
public struct CalendarBaseline: Hashable, Sendable {
    public let campaigns: [Campaign]

    public init(campaigns: [Campaign]) { self.campaigns = campaigns }

    /// The campaigns running on `asOf` (start ≤ day ≤ end), in calendar order.
    public func running(on asOf: Day) -> [Campaign] {
        campaigns.filter { $0.start <= asOf && asOf <= $0.end }
    }

    /// Baseline actions for the customer on `asOf`: one per running campaign whose audience
    /// `matches` (given the campaign's position in ``campaigns`` and its audience) and that the
    /// customer has not had yet. Channels are as requested (before
    /// contactability); suppression and caps come after (``ActionGate``).
    public func actions(
        for facts: CustomerFacts, state: EngagementState, asOf: Day, matches: (_ position: Int, _ audience: Condition) -> Bool
    ) -> [Action] {
        var actions: [Action] = []
        for (position, campaign) in campaigns.enumerated() where campaign.start <= asOf && asOf <= campaign.end {
            let had = facts.previous.actions.contains {
                $0.kind == .baseline && $0.rule == campaign.id && $0.day < asOf
            }
            guard !had, matches(position, campaign.audience) else { continue }
            actions.append(
                Action(proposing: campaign.action, for: facts.goldenID, on: asOf, state: state, kind: .baseline, rule: campaign.id))
        }
        return actions
    }
}
