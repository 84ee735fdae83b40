@testable import Engage

/// Builders shared by the offer, calendar, treatment, gate, contact and response tests.
enum OfferFixture {
    /// `2026-06-30` → its ``Day``; traps on a bad literal (a test typo).
    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { fatalError("bad day \(text)") }
        return day
    }

    static let asOf = day("2026-06-30")

    /// A purchase `age` days before ``asOf`` with one line per (category, sku).
    static func purchase(_ age: Int, _ items: [(String?, String?)]) -> EngageEvent {
        EngageEvent(
            kind: .purchase, day: asOf.adding(days: -age), items: items.map { EngageEvent.Item(category: $0.0, sku: $0.1) })
    }

    static func returned(_ age: Int, _ items: [(String?, String?)]) -> EngageEvent {
        EngageEvent(
            kind: .return, day: asOf.adding(days: -age), items: items.map { EngageEvent.Item(category: $0.0, sku: $0.1) })
    }

    static func offer(
        _ id: String, category: String? = nil, sku: String? = nil, cost: Double = 1, quantity: Int? = nil,
        budget: Double? = nil, from: String = "2026-06-01", to: String = "2026-07-31"
    ) -> Offer {
        Offer(
            id: id, category: category, sku: sku, cost: cost, validFrom: day(from), validTo: day(to), quantity: quantity,
            budget: budget)
    }

    static let state = EngagementState(line: .above, stage: "active", since: day("2026-01-01"))

    /// A planned action of `kind` on `channel`, for the gate and contact tests.
    static func action(
        _ kind: ActionKind, _ rule: String, channel: String = "email", priority: Int = 0, goldenID: String = "G-1"
    ) -> Action {
        Action(
            goldenID: goldenID, day: asOf, state: state, kind: kind, rule: rule, channel: channel,
            requestedChannel: channel, priority: priority)
    }

    /// A stand-in for the engine's condition evaluator: `always`, and `stage` tested against
    /// `stage`; anything else is false.
    static func matches(_ condition: Condition, stage: String) -> Bool {
        switch condition {
        case .always: true
        case .stage(let stages): stages.contains(stage)
        default: false
        }
    }

    static func past(_ age: Int, _ kind: ActionKind, _ rule: String, channel: String = "email", step: String? = nil)
        -> PastAction
    {
        PastAction(day: asOf.adding(days: -age), kind: kind, rule: rule, step: step, channel: channel)
    }
}

extension Result {
    /// The error, if this is a failure.
    var failedWith: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
