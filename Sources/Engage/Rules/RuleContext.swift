/// What rules are evaluated against for one customer on one day: the facts, the as-of day, the
/// signal values (each evaluated at most once, on first use), and the line and stage decided so far.
///
/// One context serves every rule of a customer's day: decide the state first (it sets ``line``
/// and ``stage``), then ladders, triggers and segments. Reuse it across customers with
/// ``reset(facts:asOf:)`` to keep its buffers.
///
/// ```swift
/// var context = RuleContext(facts: facts, asOf: today, settings: settings.signals)
/// let decision = StateDecider(settings: settings).decide(in: &context)
/// context.line                                   // == decision.state.line
/// context.signal("recency_days")?.number         // evaluated once, then remembered
/// ```
public struct RuleContext: Sendable {
    /// The customer, the day and the signal settings, as signals see them.
    public private(set) var input: SignalInput
    public let registry: SignalRegistry
    /// The line decided today; `nil` until the state is decided (a `line` test is then false).
    public var line: Optional<Line>
    /// The stage decided today; `nil` until the state is decided.
    public var stage: Optional<String>
    /// Signal values by registry position; `nil` until first asked for.
    private var board: [SignalValue?]
    /// Registry positions of the signals that fired in the condition being evaluated.
    var fired: [Int] = []
    /// While set, a `fired`, `within_days` or `in` test counts a signal only when its day is on
    /// or after this one (a ladder's success, tested over events since the ladder started).
    var firedSince: Optional<Day>

    public init(facts: CustomerFacts, asOf: Day, settings: SignalSettings, registry: SignalRegistry = .standard) {
        input = SignalInput(facts: facts, asOf: asOf, settings: settings)
        self.registry = registry
        board = Array(repeating: nil, count: registry.count)
        line = nil
        stage = nil
        firedSince = nil
        fired.reserveCapacity(8)
    }

    /// Starts over for another customer or day, keeping the buffers.
    public mutating func reset(facts: consuming CustomerFacts, asOf: Day) {
        input.facts = facts
        input.asOf = asOf
        input.knownCadence = nil
        line = nil
        stage = nil
        for position in board.indices { board[position] = nil }
        fired.removeAll(keepingCapacity: true)
        firedSince = nil
    }

    public var facts: CustomerFacts { input.facts }
    public var asOf: Day { input.asOf }
    /// The state decided on the last day before today (`nil` for a customer never decided).
    public var previous: EngagementState? { input.facts.previous.state }

    /// The value of the signal at a registry position, evaluated on first use.
    public mutating func signal(at position: Int) -> SignalValue {
        if let value = board[position] { return value }
        if input.knownCadence == nil && registry.usesCadence[position] { input.knownCadence = Cadence(input) }
        let value = registry.evaluate(at: position, input)
        board[position] = value
        return value
    }

    /// The named signal's value, or `nil` when no signal has that name.
    public mutating func signal(_ name: String) -> SignalValue? {
        registry.position(of: name).map { signal(at: $0) }
    }

    /// Forgets the fired signals recorded after the first `count`.
    mutating func truncateFired(to count: Int) {
        if fired.count > count { fired.removeSubrange(count...) }
    }

    /// The names of the signals recorded in ``fired`` from `start` on, each once, in firing order.
    func firedNames(from start: Int) -> [String] {
        var names: [String] = []
        for offset in start..<fired.count where !fired[start..<offset].contains(fired[offset]) {
            names.append(registry.names[fired[offset]])
        }
        return names
    }
}
