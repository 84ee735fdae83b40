import Merge

/// Every freshness ("sell-by date") policy, as `Mappings/quality.yml` writes it: per golden
/// attribute a policy with per-source overrides, and when a customer counts as dormant.
/// Attributes without a policy are not evaluated. ``defaults`` are what Golden ships.
///
/// ```swift
/// var settings = FreshnessSettings.defaults
/// settings.attributes[.address] = AttributeFreshnessPolicy(
///     policy: FreshnessPolicy(warnAfter: FreshnessAge(count: 18, period: .month)),
///     sources: ["community": FreshnessPolicy(warnAfter: FreshnessAge(count: 6, period: .month))])
/// settings.dormantAfter = FreshnessAge(count: 2, period: .year)
/// ```
public struct FreshnessSettings: Hashable, Sendable {
    /// The attributes evaluated, and how.
    public var attributes: [GoldenAttribute: AttributeFreshnessPolicy]
    /// A customer whose last activity is older than this is dormant; `nil`: never.
    public var dormantAfter: Optional<FreshnessAge>

    public init(attributes: [GoldenAttribute: AttributeFreshnessPolicy] = [:], dormantAfter: FreshnessAge? = nil) {
        self.attributes = attributes
        self.dormantAfter = dormantAfter
    }

    /// The policies Golden ships: contact details age — e-mails and phones warn after a year,
    /// addresses after 18 months; all three are stale after 3 years (e-mails after 2, since
    /// mailboxes are abandoned faster than people move). A customer is dormant after 12 months
    /// without activity. Names, dates of birth and identifiers do not go stale.
    public static let defaults = FreshnessSettings(
        attributes: [
            .email: AttributeFreshnessPolicy(
                policy: FreshnessPolicy(warnAfter: .init(count: 12, period: .month), errorAfter: .init(count: 2, period: .year))),
            .phone: AttributeFreshnessPolicy(
                policy: FreshnessPolicy(warnAfter: .init(count: 12, period: .month), errorAfter: .init(count: 3, period: .year))),
            .address: AttributeFreshnessPolicy(
                policy: FreshnessPolicy(warnAfter: .init(count: 18, period: .month), errorAfter: .init(count: 3, period: .year))),
        ],
        dormantAfter: FreshnessAge(count: 12, period: .month))

    /// The evaluated attributes, in ``GoldenAttribute/allCases`` order.
    public var evaluatedAttributes: [GoldenAttribute] { GoldenAttribute.allCases.filter { attributes[$0] != nil } }
}
