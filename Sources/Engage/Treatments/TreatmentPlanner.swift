/// Puts a customer in a segment and, when the treatment is due, proposes its action.
///
/// The first segment whose condition `matches` (given its position in ``segments`` and the
/// condition) is the customer's; its treatment's action is
/// proposed only when no treatment action (of any segment) went to the customer within the
/// treatment's frequency: the latest earlier treatment action is at least
/// ``Treatment/frequencyDays`` days before the as-of day. A treatment not yet due is reported
/// as held (``HoldReason/notDue``). The offers themselves come later, from the global
/// allocation (``OfferAllocator``) with ``TreatmentPlan/offerCount`` as *k*.
///
/// ```swift
/// let planner = TreatmentPlanner(segments: settings.segments)
/// let plan = planner.plan(for: facts, state: state, asOf: today) { _, condition in evaluate(condition) }
/// plan.segment        // "regulars", for the summary
/// plan.action         // the treatment action, when due
/// ```
public struct TreatmentPlanner: Hashable, Sendable {
    public let segments: [Segment]

    public init(segments: [Segment]) { self.segments = segments }

    /// The customer's segment and treatment on `asOf`.
    public func plan(
        for facts: CustomerFacts, state: EngagementState, asOf: Day, matches: (_ position: Int, _ condition: Condition) -> Bool
    ) -> TreatmentPlan {
        guard let position = segments.indices.first(where: { matches($0, segments[$0].when) }) else { return TreatmentPlan() }
        let segment = segments[position]
        let treatment = segment.treatment
        let action = Action(
            proposing: treatment.action, for: facts.goldenID, on: asOf, state: state, kind: .treatment,
            rule: segment.name, goal: treatment.goal)
        var last: Day?
        for past in facts.previous.actions where past.kind == .treatment && past.day < asOf {
            if last.map({ past.day > $0 }) ?? true { last = past.day }
        }
        if let last, asOf.days(since: last) < treatment.frequencyDays {
            return TreatmentPlan(segment: segment.name, held: HeldAction(action: action, reason: .notDue), lastTreatment: last)
        }
        return TreatmentPlan(segment: segment.name, action: action, offerCount: treatment.offers, lastTreatment: last)
    }
}

/// A customer's segment on a day and what its treatment proposes.
public struct TreatmentPlan: Hashable, Sendable {
    /// The segment matched, for the summary; `nil` when none did.
    public var segment: Optional<String>
    /// The treatment action, when due.
    public var action: Optional<Action>
    /// The treatment action held back as not yet due.
    public var held: Optional<HeldAction>
    /// Offers to allocate to ``action`` (the treatment's *k*); 0 when there is no action.
    public var offerCount: Int
    /// The day of the latest earlier treatment action, if any.
    public var lastTreatment: Optional<Day>

    public init(
        segment: String? = nil, action: Action? = nil, held: HeldAction? = nil, offerCount: Int = 0,
        lastTreatment: Day? = nil
    ) {
        self.segment = segment
        self.action = action
        self.held = held
        self.offerCount = offerCount
        self.lastTreatment = lastTreatment
    }
}
