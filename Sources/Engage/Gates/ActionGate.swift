/// Holds back what a customer should not get today: baseline promotions during remediation
/// (suppression) and actions past a channel's weekly cap.
///
/// **Suppression.** A ``ActionKind/baseline`` action is held (``HoldReason/suppressed``) when the
/// customer is on a ladder today that is not capped, or had a ladder action within
/// ``Suppression/remediationDays`` (age ≤ that many days; a ladder action proposed today counts).
///
/// **Weekly caps.** For a channel in ``EngageSettings/weeklyCaps``, the customer gets at most that
/// many actions in a Monday-to-Sunday week (``Day/week``): past actions on the channel earlier
/// in the week count first, then today's, highest priority first (ties: proposed order). The
/// rest are held (``HoldReason/capped``). The channel is the action's ``Action/channel``: the
/// requested one before contactability, the resolved one after; an unreachable action (no
/// channel) is neither capped nor counted.
///
/// Past actions on or after the as-of day are ignored, so re-deciding a day gives the same answer.
///
/// ```swift
/// let gate = ActionGate(settings: settings)
/// let result = gate.apply(proposed, memory: facts.previous, ladder: todaysLadder, asOf: today)
/// result.kept   // in proposed order
/// result.held   // with reasons, for the summary
/// ```
public struct ActionGate: Hashable, Sendable {
    public var suppression: Suppression
    public var weeklyCaps: [String: Int]

    public init(suppression: Suppression = Suppression(), weeklyCaps: [String: Int] = [:]) {
        self.suppression = suppression
        self.weeklyCaps = weeklyCaps
    }

    public init(settings: EngageSettings) {
        self.init(suppression: settings.suppression, weeklyCaps: settings.weeklyCaps)
    }

    /// Today's `proposed` actions for one customer, split into kept and held. `ladder` is the
    /// customer's ladder position as decided today (`nil`: not on a ladder).
    public func apply(_ proposed: [Action], memory: EngagementMemory, ladder: LadderPosition?, asOf: Day) -> GateResult {
        var result = GateResult()
        let suppressed = isSuppressed(proposed, memory: memory, ladder: ladder, asOf: asOf)
        var open = Array(repeating: true, count: proposed.count)
        if suppressed {
            for (index, action) in proposed.enumerated() where action.kind == .baseline {
                open[index] = false
                result.held.append(HeldAction(action: action, reason: .suppressed))
            }
        }
        if !weeklyCaps.isEmpty { cap(proposed, open: &open, memory: memory, asOf: asOf, held: &result.held) }
        for (index, action) in proposed.enumerated() where open[index] { result.kept.append(action) }
        return result
    }

    /// Whether baseline promotions are held for this customer today.
    public func isSuppressed(_ proposed: [Action], memory: EngagementMemory, ladder: LadderPosition?, asOf: Day) -> Bool {
        if let ladder, !ladder.capped { return true }
        if proposed.contains(where: { $0.kind == .ladder }) { return true }
        return memory.actions.contains {
            $0.kind == .ladder && $0.day < asOf && asOf.days(since: $0.day) <= suppression.remediationDays
        }
    }

    private func cap(_ proposed: [Action], open: inout [Bool], memory: EngagementMemory, asOf: Day, held: inout [HeldAction]) {
        let order = proposed.indices.filter { open[$0] }.sorted { a, b in
            proposed[a].priority != proposed[b].priority ? proposed[a].priority > proposed[b].priority : a < b
        }
        // Today's use per capped channel, seeded with this week's past actions on it.
        var used: [(channel: String, count: Int)] = []
        let week = asOf.week
        for index in order {
            guard let channel = proposed[index].channel, let limit = weeklyCaps[channel] else { continue }
            let slot: Int
            if let found = used.firstIndex(where: { $0.channel == channel }) {
                slot = found
            } else {
                let past = memory.actions.count(where: { $0.channel == channel && $0.day < asOf && $0.day.week == week })
                used.append((channel, past))
                slot = used.count - 1
            }
            if used[slot].count < limit {
                used[slot].count += 1
            } else {
                open[index] = false
                held.append(HeldAction(action: proposed[index], reason: .capped))
            }
        }
    }
}

/// What the gate let through and what it held back.
public struct GateResult: Hashable, Sendable {
    /// Kept actions, in the order proposed.
    public var kept: [Action] = []
    /// Held actions: suppressed ones first, then capped ones by priority.
    public var held: [HeldAction] = []

    public init(kept: [Action] = [], held: [HeldAction] = []) {
        self.kept = kept
        self.held = held
    }
}
