/// The windows and thresholds signals use, from the `signals:` section of `Mappings/engage.yml`.
/// Every default is the shipped one.
public struct SignalSettings: Hashable, Sendable {
    /// Purchases in this many days count toward frequency and monetary value.
    public var frequencyWindowDays: Int = 365
    /// A customer with fewer purchases than this has no cadence of their own yet; the
    /// ``defaultCadenceDays`` stands in.
    public var minimumPurchasesForCadence: Int = 3
    /// The cadence assumed for customers without enough purchases of their own.
    public var defaultCadenceDays: Double = 60
    /// Overdue: days since the last purchase exceed the cadence times this factor.
    public var overdueFactor: Double = 1.5
    /// Flatline: no signal at all (purchase, community, message opened, redemption…) for longer
    /// than the cadence times this factor.
    public var flatlineFactor: Double = 3
    /// The unopened streak fires at this many messages in a row sent and not opened.
    public var unopenedStreak: Int = 5
    /// Sentiment dip: the mean of the last ``sentimentRecentCount`` scored posts falls this far
    /// below the mean of the ones before (the person's own baseline).
    public var sentimentDip: Double = 0.4
    public var sentimentRecentCount: Int = 3
    /// A fervent community member: at least this many community actions in ``frequencyWindowDays``…
    public var ferventCommunityActions: Int = 10
    /// …gone quiet: none in this many days.
    public var communityQuietDays: Int = 45
    /// Spend thresholds that unlock a perk (free shipping, the next tier), in the main currency,
    /// summed over ``frequencyWindowDays``; "near" means within ``nearThresholdMargin`` below one.
    public var spendThresholds: [Double] = [250, 500, 1000]
    public var nearThresholdMargin: Double = 25

    public init() {}
}
