import GoldenCore

/// When a value stops being fresh: dbt's `warn_after` and `error_after`.
///
/// A value is ``FreshnessStatus/warn`` once *strictly more* than `warnAfter` has passed since it
/// was last asserted, and ``FreshnessStatus/stale`` once strictly more than `errorAfter` has: at
/// exactly `warn_after` it is still fresh, as in dbt. Either limit may be absent.
///
/// ```swift
/// let policy = FreshnessPolicy(
///     warnAfter: FreshnessAge(count: 12, period: .month), errorAfter: FreshnessAge(count: 3, period: .year))
/// policy.status(lastAssertedAt: confirmed, asOf: today)   // .fresh, .warn or .stale
/// ```
public struct FreshnessPolicy: Hashable, Sendable, Codable {
    public var warnAfter: Optional<FreshnessAge>
    public var errorAfter: Optional<FreshnessAge>

    /// A policy with the given limits (none by default: always fresh).
    public init(warnAfter: FreshnessAge? = nil, errorAfter: FreshnessAge? = nil) {
        self.warnAfter = warnAfter
        self.errorAfter = errorAfter
    }

    /// The status of a value last asserted at `lastAssertedAt`, on `asOf`.
    ///
    /// - Complexity: O(1).
    public func status(lastAssertedAt: Timestamp, asOf: Timestamp) -> FreshnessStatus {
        if let errorAfter, asOf > errorAfter.added(to: lastAssertedAt) { return .stale }
        if let warnAfter, asOf > warnAfter.added(to: lastAssertedAt) { return .warn }
        return .fresh
    }

    /// This policy with the limits `override` sets replacing its own.
    public func overridden(by override: FreshnessPolicy) -> FreshnessPolicy {
        FreshnessPolicy(warnAfter: override.warnAfter ?? warnAfter, errorAfter: override.errorAfter ?? errorAfter)
    }
}

/// The freshness policy of one golden attribute, and the per-source policies that replace it for
/// what one source (or kind of source) asserts.
public struct AttributeFreshnessPolicy: Hashable, Sendable {
    public var policy: FreshnessPolicy
    /// By source name or source kind (`pos`, `loyalty`…): complete policies, the attribute's
    /// limits already filled in where the override set none.
    public var sources: [String: FreshnessPolicy]

    public init(policy: FreshnessPolicy, sources: [String: FreshnessPolicy] = [:]) {
        self.policy = policy
        self.sources = sources
    }

    /// The policy for assertions of `source`, of kind `kind`: the source's own, else its kind's,
    /// else the attribute's.
    public func policy(for source: String, kind: SourceKind?) -> FreshnessPolicy {
        if let own = sources[source] { return own }
        if let kind, let byKind = sources[kind.rawValue] { return byKind }
        return policy
    }
}
