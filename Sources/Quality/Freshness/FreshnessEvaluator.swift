import GoldenCore
import Merge

/// Judges golden records against the freshness policies on one "as of" date.
///
/// A value's age runs from the last time *any* source asserted it, not from one record's age:
/// an address the loyalty profile gave years ago and a POS receipt confirmed last month is
/// fresh. With per-source policies each asserting source is judged by its own policy on its
/// own latest assertion, and the value takes the best of those statuses.
///
/// ```swift
/// let evaluator = FreshnessEvaluator(settings: .defaults, asOf: Timestamp(iso8601: "2025-01-01T00:00:00Z")!)
/// let freshness = evaluator.evaluate(FreshnessFacts(record: golden, history: summary))
/// freshness[.address]?.status     // .fresh
/// freshness.status                // the worst of the record's attributes
/// freshness.isDormant             // no activity for longer than `dormant_after`
/// ```
public struct FreshnessEvaluator: Sendable {
    public let settings: FreshnessSettings
    /// Each source's kind, for policies that name a kind.
    public let sourceKinds: [String: SourceKind]
    public let asOf: Timestamp
    /// The attributes evaluated, and their policies, by ``GoldenAttribute/allCases`` position.
    private let policies: [AttributeFreshnessPolicy?]

    public init(settings: FreshnessSettings, sourceKinds: [String: SourceKind] = [:], asOf: Timestamp) {
        self.settings = settings
        self.sourceKinds = sourceKinds
        self.asOf = asOf
        policies = GoldenAttribute.allCases.map { settings.attributes[$0] }
    }

    /// The record's freshness.
    ///
    /// - Complexity: O(*n*) in the assertions of the preferred values.
    public func evaluate(_ facts: FreshnessFacts) -> RecordFreshness {
        var attributes: [RecordFreshness.Attribute] = []
        var worst = FreshnessStatus.unknown
        for (attribute, assertions) in facts.preferred {
            guard let index = GoldenAttribute.allCases.firstIndex(of: attribute), let policy = policies[index] else { continue }
            let evaluated = evaluate(attribute, assertions, policy)
            worst = max(worst, evaluated.status)
            attributes.append(evaluated)
        }
        let activity = facts.lastActivity
        var dormant = false
        if let activity, let limit = settings.dormantAfter { dormant = asOf > limit.added(to: activity) }
        return RecordFreshness(attributes: attributes, status: worst, lastActivity: activity, isDormant: dormant)
    }

    private func evaluate(
        _ attribute: GoldenAttribute, _ assertions: [FreshnessFacts.Assertion], _ policy: AttributeFreshnessPolicy
    ) -> RecordFreshness.Attribute {
        // Each source's latest assertion, in the order the sources first appear.
        var latest: [(source: String, at: Timestamp?)] = []
        for assertion in assertions {
            if let index = latest.firstIndex(where: { $0.source == assertion.source }) {
                if let at = assertion.observedAt, latest[index].at.map({ at > $0 }) ?? true { latest[index].at = at }
            } else {
                latest.append((assertion.source, assertion.observedAt))
            }
        }
        var best: FreshnessStatus?
        var lastAsserted: Timestamp?
        var sources: [(source: String, status: FreshnessStatus)] = []
        for (source, at) in latest {
            guard let at else {
                sources.append((source, .unknown))
                continue
            }
            let status = policy.policy(for: source, kind: sourceKinds[source]).status(lastAssertedAt: at, asOf: asOf)
            sources.append((source, status))
            best = best.map { min($0, status) } ?? status
            if lastAsserted.map({ at > $0 }) ?? true { lastAsserted = at }
        }
        return RecordFreshness.Attribute(
            attribute: attribute, status: best ?? .unknown, lastAssertedAt: lastAsserted, sources: sources)
    }
}
