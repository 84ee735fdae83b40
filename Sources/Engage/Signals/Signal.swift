/// A named fact about a customer on a day — recency, a purchase, a complaint, a flatline — that
/// rules test. Each signal is a small unit in its own file, registered by name in
/// ``SignalRegistry``; a rule naming a signal that is not registered is a config error.
///
/// ```swift
/// struct ComplaintSignal: Signal {
///     static let name = "complaint"
///     static let summary = "a complaint to customer service; the day of the latest"
///     func evaluate(_ input: SignalInput) -> SignalValue {
///         guard let last = input.facts.events.last(where: { $0.kind == .complaint }) else { return .absent }
///         return SignalValue(fired: true, number: 1, day: last.day)
///     }
/// }
/// ```
public protocol Signal: Sendable {
    /// The name rules use (`snake_case`).
    static var name: String { get }
    /// One line for `golden engage --list-signals` and the docs: what it measures.
    static var summary: String { get }
    /// The signal for `input.facts` as of `input.asOf`. Events after `asOf` must be ignored.
    func evaluate(_ input: SignalInput) -> SignalValue
}

/// What a signal sees: the customer, the day, and the tunable windows and thresholds.
public struct SignalInput: Sendable {
    public var facts: CustomerFacts
    public var asOf: Day
    public var settings: SignalSettings
    /// The customer's cadence, once a ``RuleContext`` has worked it out for one signal, so that
    /// the others that need it (`overdue`, `flatline`) do not work it out again.
    var knownCadence: Optional<Cadence>

    public init(facts: CustomerFacts, asOf: Day, settings: SignalSettings) {
        self.facts = facts
        self.asOf = asOf
        self.settings = settings
        knownCadence = nil
    }
}

/// A signal's outcome: whether it fired, its measure, and the day it last happened.
///
/// Rules test it three ways: `fired` (a flag), `within_days: N` (fired, and ``day`` is at most
/// N days before the as-of day) and comparisons on ``number`` (`gt: 60`). A comparison on a
/// signal with no number is false.
public struct SignalValue: Hashable, Sendable {
    public var fired: Bool
    /// The measure: days, a count, an amount, a ratio; `nil` where there is none (no purchases
    /// yet: no recency).
    public var number: Optional<Double>
    /// When it last happened, for `within_days`.
    public var day: Optional<Day>
    /// What it was about, where that matters: the tier reached, the offer redeemed (tested with
    /// ``SignalTest/oneOf(_:)``).
    public var reference: Optional<String>

    public init(fired: Bool, number: Double? = nil, day: Day? = nil, reference: String? = nil) {
        self.fired = fired
        self.number = number
        self.day = day
        self.reference = reference
    }

    /// Not fired, no measure.
    public static let absent = SignalValue(fired: false)
}
