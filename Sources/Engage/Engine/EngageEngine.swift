/// The engagement rules composed: for one customer on one day, the state and its transition, the
/// ladder step, the triggers, the segment's treatment and the calendar baseline — resolved to a
/// channel that reaches the customer, gated by suppression and weekly caps, and with the offers
/// they ask for ranked (allocated across customers afterwards by ``allocate(_:)``).
///
/// Pure and thread-safe: partitions of customers can be decided at once.
///
/// ```swift
/// let engine = EngageEngine(settings: settings, offers: bank, calendar: campaigns, asOf: today)
/// var decisions = customers.map { engine.decide($0) }
/// let usage = engine.allocate(&decisions)              // fills each action's offers
/// ```
public struct EngageEngine: Sendable {
    public let settings: EngageSettings
    public let asOf: Day
    public let registry: SignalRegistry
    let states: StateDecider
    let ladders: LadderRunner
    let triggers: TriggerEvaluator
    let treatments: TreatmentPlanner
    let calendar: CalendarBaseline
    let gate: ActionGate
    let contacts: ContactResolver
    let ranker: OfferRanker
    /// Segment conditions and campaign audiences, compiled once, by position.
    let segmentConditions: [CompiledCondition]
    let audiences: [CompiledCondition]
    /// Offers per action of a trigger that asks for them.
    public static let triggerOffers = 2

    public init(
        settings: EngageSettings, offers: OfferBank, calendar: [Campaign], asOf: Day, registry: SignalRegistry = .standard
    ) {
        self.settings = settings
        self.asOf = asOf
        self.registry = registry
        states = StateDecider(settings: settings, registry: registry)
        ladders = LadderRunner(settings: settings, registry: registry)
        triggers = TriggerEvaluator(settings: settings, registry: registry)
        treatments = TreatmentPlanner(segments: settings.segments)
        self.calendar = CalendarBaseline(campaigns: calendar)
        gate = ActionGate(settings: settings)
        contacts = ContactResolver(fallback: settings.fallback)
        ranker = OfferRanker(offers: offers.offers(validOn: asOf), asOf: asOf, settings: settings.offers)
        segmentConditions = settings.segments.map { CompiledCondition($0.when, registry: registry) }
        audiences = calendar.map { CompiledCondition($0.audience, registry: registry) }
    }

    /// Decides one customer's day.
    public func decide(_ facts: CustomerFacts) -> CustomerDecision {
        var context = RuleContext(facts: facts, asOf: asOf, settings: settings.signals, registry: registry)
        let state = states.decide(in: &context)
        let ladder = ladders.run(in: &context, for: state)
        let triggered = triggers.evaluate(in: &context, for: state)
        // By position, and not through `self`: a closure over `self` copied the whole engine.
        let segmentConditions = segmentConditions, audiences = audiences
        let plan = treatments.plan(for: facts, state: state.state, asOf: asOf) { position, _ in
            segmentConditions[position].evaluate(in: &context)
        }
        let baseline = calendar.actions(for: facts, state: state.state, asOf: asOf) { position, _ in
            audiences[position].evaluate(in: &context)
        }
        var decision = CustomerDecision(
            goldenID: facts.goldenID, state: state.state, transition: state.transition, ladder: ladder.position,
            ladderChange: ladder.change, segment: plan.segment)
        decision.held = triggered.held + (plan.held.map { [$0] } ?? [])

        // Proposed, in order of importance: remediation, triggers, the treatment, the baseline.
        var proposed: [(action: Action, offers: Int)] = []
        if var action = ladder.action {
            action.offers = Self.fixedOffer(settings.ladders.first { $0.name == action.rule }?.steps[safe: action.stepIndex])
            proposed.append((action, 0))
        }
        for var action in triggered.actions {
            let trigger = settings.triggers.first { $0.name == action.rule }
            action.offers = trigger?.action.offer.map { [$0] } ?? []
            proposed.append((action, trigger?.withOffers == true ? Self.triggerOffers : 0))
        }
        if let action = plan.action { proposed.append((action, plan.offerCount)) }
        proposed += baseline.map { ($0, 0) }

        // Suppression first (a suppressed promotion is neither sent nor reported unreachable)…
        if gate.isSuppressed(proposed.map(\.action), memory: facts.previous, ladder: ladder.position, asOf: asOf) {
            decision.held += proposed.filter { $0.action.kind == .baseline }.map { HeldAction(action: $0.action, reason: .suppressed) }
            proposed.removeAll { $0.action.kind == .baseline }
        }
        // …then contactability: a reachable channel, a fallback, or unreachable (reported, not
        // gated); then the weekly caps, on the channels actually used.
        var reachable: [Action] = []
        var wanted: [Action: Int] = [:]
        for (action, offers) in proposed {
            var resolved = action
            let resolution = contacts.apply(to: &resolved, contacts: facts.contacts)
            if let reason = resolution.reason {
                if resolution.channel == nil {
                    decision.unreachable.append(reason)
                    decision.actions.append(resolved)
                    continue
                }
                decision.fallbacks += 1
            }
            reachable.append(resolved)
            if offers > 0 { wanted[resolved] = offers }
        }
        let gated = gate.apply(reachable, memory: facts.previous, ladder: ladder.position, asOf: asOf)
        decision.held += gated.held
        for action in gated.kept {
            if let count = wanted[action], count > 0 {
                decision.offerRequests.append(CustomerDecision.OfferAsk(action: decision.actions.count, count: count))
            }
            decision.actions.append(action)
        }
        if !decision.offerRequests.isEmpty {
            decision.ranked = ranker.rank(facts.events)
            decision.value = context.signal("monetary")?.number ?? 0
        }
        return decision
    }

    /// A ladder step's fixed offer, as the action's offers.
    static func fixedOffer(_ step: LadderStep?) -> [String] { step?.action.offer.map { [$0] } ?? [] }

    /// Allocates offers across every customer's requests, respecting each offer's quantity and
    /// budget, and writes them into the actions; returns what each offer used.
    public func allocate(_ decisions: inout [CustomerDecision]) -> OfferAllocation {
        var requests: [OfferRequest] = []
        var owners: [(decision: Int, action: Int)] = []
        for (index, decision) in decisions.enumerated() {
            guard let ranked = decision.ranked else { continue }
            for ask in decision.offerRequests {
                let action = decision.actions[ask.action]
                requests.append(
                    OfferRequest(
                        goldenID: decision.goldenID, count: ask.count, ranked: ranked, priority: action.priority,
                        value: decision.value, includeGeneric: action.kind != .trigger))
                owners.append((index, ask.action))
            }
        }
        let allocation = OfferAllocator(ranker: ranker).allocate(requests)
        for (owner, offers) in zip(owners, allocation.offers) {
            decisions[owner.decision].actions[owner.action].offers += offers
        }
        return allocation
    }
}

/// What the engine decided for one customer on one day.
public struct CustomerDecision: Sendable {
    public var goldenID: String
    public var state: EngagementState
    /// Set when the line or stage changed today (or the customer was decided for the first time).
    public var transition: Optional<Transition>
    public var ladder: Optional<LadderPosition>
    public var ladderChange: Optional<LadderChange>
    /// The segment whose treatment applies, if any.
    public var segment: Optional<String>
    /// Actions to write: planned ones (after fallbacks, suppression and caps) and unreachable ones.
    public var actions: [Action] = []
    /// Proposed actions held back, with why.
    public var held: [HeldAction] = []
    /// Why the requested channel could not be used, per unreachable action.
    public var unreachable: [ContactStatus] = []
    /// Actions that went out on a fallback channel.
    public var fallbacks = 0
    /// Offers wanted, per action: filled by ``EngageEngine/allocate(_:)``.
    public var offerRequests: [OfferAsk] = []
    /// The customer's offer ranking, when any action wants offers.
    public var ranked: Optional<RankedOffers>
    /// The customer's monetary value, which orders the allocation among equals.
    public var value: Double = 0

    public init(
        goldenID: String, state: EngagementState, transition: Transition?, ladder: LadderPosition?,
        ladderChange: LadderChange?, segment: String?
    ) {
        self.goldenID = goldenID
        self.state = state
        self.transition = transition
        self.ladder = ladder
        self.ladderChange = ladderChange
        self.segment = segment
        ranked = nil
    }

    /// Offers wanted by the action at `action` in ``actions``.
    public struct OfferAsk: Hashable, Sendable {
        public var action: Int
        public var count: Int
    }
}

extension Array {
    /// The element at `index`, or `nil` when `index` is `nil` or out of range.
    fileprivate subscript(safe index: Int?) -> Element? {
        guard let index, indices.contains(index) else { return nil }
        return self[index]
    }
}
