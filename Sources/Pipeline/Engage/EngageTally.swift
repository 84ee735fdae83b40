import Engage

/// Counts what the engine decided across customers, for the day's ``EngageSummary``.
struct EngageTally {
    let asOf: Day
    var customers = 0
    var lines: [String: Int] = [:]
    var stages: [String: Int] = [:]
    var segments: [String: Int] = [:]
    var transitions: [String: Int] = [:]
    var ladderSteps: [String: Int] = [:]
    var actions = 0
    var byRule: [String: Int] = [:]
    var channels: [String: Int] = [:]
    var fallbacks = 0
    var unreachable = 0
    var unreachableReasons: [String: Int] = [:]
    var held: [String: Int] = [:]
    var response: ResponseTally
    var allocation: OfferAllocation?

    init(asOf: Day, responseWindowDays: Int) {
        self.asOf = asOf
        response = ResponseTally(windowDays: responseWindowDays, asOf: asOf)
    }

    mutating func add(_ decision: CustomerDecision, response: ResponseTally) {
        customers += 1
        lines[decision.state.line.rawValue, default: 0] += 1
        stages[decision.state.stage, default: 0] += 1
        if let segment = decision.segment { segments[segment, default: 0] += 1 }
        if let transition = decision.transition {
            let from = transition.from.map { "\($0.line.rawValue)/\($0.stage)" } ?? "(new)"
            transitions["\(from) → \(transition.to.line.rawValue)/\(transition.to.stage)", default: 0] += 1
        }
        if let ladder = decision.ladder {
            let steps = "\(ladder.ladder)/\(ladder.step)" + (ladder.capped ? " (capped)" : "")
            ladderSteps[steps, default: 0] += 1
        }
        for action in decision.actions {
            guard action.status == .planned, let channel = action.channel else {
                unreachable += 1
                continue
            }
            actions += 1
            channels[channel, default: 0] += 1
            byRule[Self.label(action.kind, action.rule, action.step), default: 0] += 1
        }
        fallbacks += decision.fallbacks
        for reason in decision.unreachable { unreachableReasons[reason.rawValue, default: 0] += 1 }
        for hold in decision.held { held[hold.reason.rawValue, default: 0] += 1 }
        self.response.merge(response)
    }

    mutating func add(_ allocation: OfferAllocation) { self.allocation = allocation }

    static func label(_ kind: ActionKind, _ rule: String, _ step: String?) -> String {
        "\(kind.rawValue) \(rule)" + (step.map { "/\($0)" } ?? "")
    }

    func summary(into summary: EngageSummary) -> EngageSummary {
        func counts(_ values: [String: Int]) -> [EngageSummary.Count] {
            values.map { EngageSummary.Count(name: $0.key, count: $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        }
        var summary = summary
        summary.customers = customers
        summary.lines = lines
        summary.stages = stages
        summary.segments = segments
        summary.transitions = counts(transitions)
        summary.transitionTotal = transitions.values.reduce(0, +)
        summary.ladderSteps = ladderSteps
        summary.actions = actions
        summary.actionsByRule = counts(byRule)
        summary.channels = channels
        summary.fallbacks = fallbacks
        summary.unreachable = unreachable
        summary.unreachableReasons = unreachableReasons
        summary.held = held
        if let allocation {
            summary.offers = allocation.usage.filter { $0.allocated > 0 }.map {
                EngageSummary.OfferUse(offer: $0.offerID, allocated: $0.allocated, cost: $0.spent)
            }
            summary.offersAllocated = allocation.usage.reduce(0) { $0 + $1.allocated }
        }
        summary.responses = response.rows.map { row in
            EngageSummary.Response(
                kind: row.key.kind.rawValue, rule: row.key.rule + (row.key.step.map { "/\($0)" } ?? ""),
                sent: row.count.sent, responded: row.count.responded, pending: row.count.pending,
                rate: row.count.rate ?? 0)
        }
        return summary
    }
}
