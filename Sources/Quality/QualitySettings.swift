/// Everything `Mappings/quality.yml` configures: freshness policies and the thresholds of the
/// data-quality checks. ``defaults`` are what Golden ships.
///
/// ```swift
/// var settings = QualitySettings.defaults
/// settings.checks.append(QualityCheck(metric: .nullRate, field: .email, source: "ecommerce_accounts", fail: 0.1))
/// settings.freshness.dormantAfter = FreshnessAge(count: 2, period: .year)
/// ```
public struct QualitySettings: Hashable, Sendable {
    public var freshness: FreshnessSettings
    /// The checks, in the order they are reported.
    public var checks: [QualityCheck]

    public init(freshness: FreshnessSettings = .defaults, checks: [QualityCheck] = QualitySettings.defaultChecks) {
        self.freshness = freshness
        self.checks = checks
    }

    /// The settings Golden ships.
    public static let defaults = QualitySettings()

    /// The checks Golden ships: e-mails, phones and postcodes should be valid (warn below 90%,
    /// fail below 50%), placeholders rare (warn above 5%), and few rows quarantined (warn above
    /// 1%; `ingest.quarantine_limit` of golden.yml already fails a run above its limit).
    public static let defaultChecks: [QualityCheck] = [
        QualityCheck(metric: .validity, field: .email, warn: 0.9, fail: 0.5),
        QualityCheck(metric: .validity, field: .phone, warn: 0.9, fail: 0.5),
        QualityCheck(metric: .validity, field: .postcode, warn: 0.9, fail: 0.5),
        QualityCheck(metric: .placeholderRate, field: .email, warn: 0.05),
        QualityCheck(metric: .placeholderRate, field: .phone, warn: 0.05),
        QualityCheck(metric: .quarantineRate, warn: 0.01),
    ]
}
