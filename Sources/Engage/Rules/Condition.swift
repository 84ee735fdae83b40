/// A declarative test over a customer's signals, attributes and engagement state, as written in
/// `Mappings/engage.yml`:
///
/// ```yaml
/// when:
///   all:
///     - { signal: purchase, within_days: 7 }
///     - { signal: monetary, gt: 100 }
///     - not: { attribute: country, in: [US] }
/// ```
public indirect enum Condition: Hashable, Sendable {
    /// Every one holds (true when empty).
    case all([Condition])
    /// At least one holds.
    case any([Condition])
    case not(Condition)
    case signal(String, SignalTest)
    case attribute(String, ValueTest)
    /// The line decided today is one of these (for stage, ladder, trigger and segment rules).
    case line([Line])
    /// The line decided on the last day before today (none for a new customer: false).
    case previousLine([Line])
    /// The stage decided today (segment, ladder and trigger rules).
    case stage([String])
    /// The stage decided on the last day before today.
    case previousStage([String])
    /// Always true: a catch-all rule.
    case always
}

/// How a rule tests a signal.
public enum SignalTest: Hashable, Sendable {
    /// It fired.
    case fired
    /// It fired, at most this many days before the as-of day.
    case withinDays(Int)
    /// Its number compares so (false when it has none).
    case compare(Comparison, Double)
    /// It fired and its ``SignalValue/reference`` is one of these (`{ signal: tier_reached, in: [gold] }`).
    case oneOf([String])
}

/// How a rule tests an attribute. A test of a missing attribute is false (use `present`).
public enum ValueTest: Hashable, Sendable {
    case present
    /// Text equal to one of these (case-sensitive, as stored).
    case oneOf([String])
    case compare(Comparison, AttributeValue)
    /// A day attribute at most this many days before the as-of day.
    case withinDays(Int)
}

/// `lt`, `le`, `gt`, `ge`, `eq`, `ne` in the rules file.
public enum Comparison: String, Hashable, Sendable, CaseIterable {
    case lt, le, gt, ge, eq, ne
}
