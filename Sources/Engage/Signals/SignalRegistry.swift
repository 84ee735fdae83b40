/// The signals rules may name, by name. A rule naming one that is not here is a config error.
///
/// Each signal has a fixed position (its rank among the names, sorted), so a ``RuleContext``
/// keeps the day's values in a small array rather than a dictionary.
///
/// ```swift
/// let registry = SignalRegistry.standard
/// registry.names.contains("flatline")                       // true
/// let input = SignalInput(facts: facts, asOf: today, settings: SignalSettings())
/// registry.evaluate("recency_days", input)?.number          // days since the last purchase
/// ```
public struct SignalRegistry: Sendable {
    /// The signals, sorted by name.
    private let signals: [any Signal]
    /// Every registered name, sorted.
    public let names: [String]
    private let positions: [String: Int]
    /// Whether the signal at each position needs the customer's cadence.
    let usesCadence: [Bool]

    /// A registry of these signals; two with one name is a programming error.
    public init(_ signals: [any Signal]) {
        let sorted = signals.sorted { type(of: $0).name < type(of: $1).name }
        self.signals = sorted
        names = sorted.map { type(of: $0).name }
        var positions: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            precondition(positions.updateValue(position, forKey: name) == nil, "two signals named \(name)")
        }
        self.positions = positions
        usesCadence = sorted.map { $0 is any UsesCadence }
    }

    /// Every signal Golden ships.
    public static let standard = SignalRegistry([
        RecencySignal(), FrequencySignal(), MonetarySignal(), TenureSignal(), CadenceSignal(), OverdueSignal(),
        LifetimePurchasesSignal(), LastActivitySignal(), CommunityActivitySignal(), StageDaysSignal(),
        PurchaseSignal(), RedemptionSignal(), CommunityShareSignal(), CommunityReviewSignal(), TierReachedSignal(),
        NearThresholdSignal(),
        ReturnSignal(), ComplaintSignal(), UnopenedStreakSignal(), SentimentDipSignal(), CommunityStoppedSignal(),
        FlatlineSignal(),
    ])

    /// How many signals there are.
    public var count: Int { signals.count }

    /// The signal registered under `name`.
    public subscript(name: String) -> (any Signal)? { position(of: name).map { signals[$0] } }

    /// The signal's position: an index into ``names``.
    public func position(of name: String) -> Int? { positions[name] }

    /// The one-line summary of each signal, by position.
    public var summaries: [String] { signals.map { type(of: $0).summary } }

    /// The named signal's value, or `nil` when no signal has that name.
    public func evaluate(_ name: String, _ input: SignalInput) -> SignalValue? {
        position(of: name).map { evaluate(at: $0, input) }
    }

    /// The value of the signal at `position`.
    public func evaluate(at position: Int, _ input: SignalInput) -> SignalValue {
        signals[position].evaluate(input)
    }
}
