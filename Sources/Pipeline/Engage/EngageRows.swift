import Engage
import Store

/// The store's rows for what the engine decided.
enum EngageRows {
    /// The state row to upsert for a customer whose encoded memory is `text` today, given the row
    /// stored; `nil` when nothing changed since an earlier day. A row decided on the same day
    /// keeps its prior (so that deciding the day again starts from the same memory).
    static func state(sequence: Int64, text: String, stored: EngageStateRow?, asOf: Day) -> EngageStateRow? {
        guard let stored else {
            return EngageStateRow(sequence: sequence, day: asOf.index, state: text, priorDay: nil, prior: nil)
        }
        if stored.day >= asOf.index {
            return EngageStateRow(sequence: sequence, day: asOf.index, state: text, priorDay: stored.priorDay, prior: stored.prior)
        }
        guard stored.state != text else { return nil }
        return EngageStateRow(sequence: sequence, day: asOf.index, state: text, priorDay: stored.day, prior: stored.state)
    }

    static func transition(_ transition: Transition, sequence: Int64) -> EngageTransitionRow {
        EngageTransitionRow(
            sequence: sequence, day: transition.day.index, fromLine: transition.from?.line.rawValue,
            fromStage: transition.from?.stage, toLine: transition.to.line.rawValue, toStage: transition.to.stage,
            rule: transition.rule, signals: transition.signals.joined(separator: ","))
    }

    static func action(_ action: Action, sequence: Int64) -> EngageActionRow {
        EngageActionRow(
            sequence: sequence, day: action.day.index, kind: action.kind.rawValue, rule: action.rule, step: action.step,
            stepIndex: action.stepIndex, channel: action.channel, requestedChannel: action.requestedChannel,
            template: action.template, offers: action.offers.joined(separator: "|"), goal: action.goal,
            priority: action.priority, signals: action.signals.joined(separator: ","), status: action.status.rawValue,
            line: action.state.line.rawValue, stage: action.state.stage)
    }
}

/// One customer's rows for the day, made as soon as they are final: on the worker that decided
/// the customer, unless offers are still to be allocated to its actions (then after the
/// allocation), so that what is held until the write is rows, not decisions.
struct CustomerRows: Sendable {
    var state: Optional<EngageStateRow>
    var transition: Optional<EngageTransitionRow>
    var actions: [EngageActionRow]
    /// The golden id the actions file names; empty when there are no actions.
    var goldenID: String

    /// The rows of `decision` for the customer `sequence`, whose memory encodes as `text` today.
    init(_ decision: CustomerDecision, sequence: Int64, text: String, stored: EngageStateRow?, asOf: Day) {
        state = EngageRows.state(sequence: sequence, text: text, stored: stored, asOf: asOf)
        transition = decision.transition.map { EngageRows.transition($0, sequence: sequence) }
        actions = decision.actions.map { EngageRows.action($0, sequence: sequence) }
        goldenID = actions.isEmpty ? "" : decision.goldenID
    }
}
