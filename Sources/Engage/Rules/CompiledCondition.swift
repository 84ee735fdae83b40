/// A ``Condition`` with its signal names resolved to registry positions once, so that
/// evaluating it for a million customers hashes no names.
///
/// Evaluation records the signals that fired and made the condition true, the reason an action
/// reports: every one under an `all`, those of the first true branch of an `any`, none under a
/// `not` (a negation holds because something did *not* happen).
///
/// ```swift
/// let rule = CompiledCondition(.signal("purchase", .withinDays(30)), registry: .standard)
/// if let reason = rule.holds(in: &context) { print(reason) }   // ["purchase"]
/// ```
public struct CompiledCondition: Sendable {
    indirect enum Node: Sendable {
        case all([Node])
        case any([Node])
        case not(Node)
        case signal(Int, SignalTest)
        /// A signal the registry does not know: false (the loader reports it first).
        case unknown
        case attribute(String, ValueTest)
        case line([Line])
        case previousLine([Line])
        case stage([String])
        case previousStage([String])
        case always
    }

    let root: Node

    public init(_ condition: Condition, registry: SignalRegistry) {
        root = Self.compile(condition, registry)
    }

    private static func compile(_ condition: Condition, _ registry: SignalRegistry) -> Node {
        switch condition {
        case .all(let conditions): .all(conditions.map { compile($0, registry) })
        case .any(let conditions): .any(conditions.map { compile($0, registry) })
        case .not(let condition): .not(compile(condition, registry))
        case .signal(let name, let test): registry.position(of: name).map { .signal($0, test) } ?? .unknown
        case .attribute(let name, let test): .attribute(name, test)
        case .line(let lines): .line(lines)
        case .previousLine(let lines): .previousLine(lines)
        case .stage(let stages): .stage(stages)
        case .previousStage(let stages): .previousStage(stages)
        case .always: .always
        }
    }

    /// Whether the condition holds; the signals that made it hold are appended to the context's
    /// record (read them with ``holds(in:)``).
    ///
    /// - Complexity: O(size of the condition), plus each signal's first evaluation that day.
    public func evaluate(in context: inout RuleContext) -> Bool {
        Self.evaluate(root, &context)
    }

    /// The names of the signals that fired and made the condition true (possibly none, for an
    /// attribute or stage test), or `nil` when it does not hold.
    public func holds(in context: inout RuleContext) -> [String]? {
        let start = context.fired.count
        defer { context.truncateFired(to: start) }
        return Self.evaluate(root, &context) ? context.firedNames(from: start) : nil
    }

    private static func evaluate(_ node: Node, _ context: inout RuleContext) -> Bool {
        let mark = context.fired.count
        let holds: Bool
        switch node {
        case .all(let nodes):
            holds = nodes.allSatisfy { evaluate($0, &context) }
        case .any(let nodes):
            holds = nodes.contains { evaluate($0, &context) }
        case .not(let node):
            holds = !evaluate(node, &context)
            context.truncateFired(to: mark)
        case .signal(let position, let test):
            let value = context.signal(at: position)
            let counts = value.fired && (context.firedSince.map { since in value.day.map { $0 >= since } ?? false } ?? true)
            holds = test.holds(for: value, counted: counts, asOf: context.asOf)
            if holds && counts { context.fired.append(position) }
        case .unknown:
            holds = false
        case .attribute(let name, let test):
            holds = context.input.facts.attributes[name].map { test.holds(for: $0, asOf: context.asOf) } ?? false
        case .line(let lines):
            holds = context.line.map(lines.contains) ?? false
        case .previousLine(let lines):
            holds = context.previous.map { lines.contains($0.line) } ?? false
        case .stage(let stages):
            holds = context.stage.map(stages.contains) ?? false
        case .previousStage(let stages):
            holds = context.previous.map { stages.contains($0.stage) } ?? false
        case .always:
            holds = true
        }
        if !holds { context.truncateFired(to: mark) }
        return holds
    }
}

extension Condition {
    /// Compiles and evaluates in one go: for tests and one-off checks. Rules evaluated for many
    /// customers keep a ``CompiledCondition``.
    public func evaluate(in context: inout RuleContext) -> Bool {
        CompiledCondition(self, registry: context.registry).evaluate(in: &context)
    }

    /// The signals that made it hold, or `nil` when it does not (see ``CompiledCondition/holds(in:)``).
    public func holds(in context: inout RuleContext) -> [String]? {
        CompiledCondition(self, registry: context.registry).holds(in: &context)
    }
}

extension SignalTest {
    /// `counted`: the signal fired (on or after the context's `firedSince` day, when set).
    func holds(for value: SignalValue, counted: Bool, asOf: Day) -> Bool {
        switch self {
        case .fired: counted
        case .withinDays(let days): counted && value.day.map { asOf.isWithin(days, after: $0) } ?? false
        case .compare(let comparison, let bound): value.number.map { comparison.holds($0, bound) } ?? false
        case .oneOf(let references): counted && value.reference.map(references.contains) ?? false
        }
    }
}

extension ValueTest {
    func holds(for value: AttributeValue, asOf: Day) -> Bool {
        switch (self, value) {
        case (.present, _): true
        case (.oneOf(let texts), .text(let text)): texts.contains(text)
        case (.compare(let comparison, .number(let bound)), .number(let number)): comparison.holds(number, bound)
        case (.compare(let comparison, .text(let bound)), .text(let text)): comparison.holds(text, bound)
        case (.compare(let comparison, .day(let bound)), .day(let day)): comparison.holds(day, bound)
        case (.withinDays(let days), .day(let day)): asOf.isWithin(days, after: day)
        default: false
        }
    }
}

extension Day {
    /// Whether this day is `day` or at most `days` days after it.
    func isWithin(_ days: Int, after day: Day) -> Bool {
        let since = self.days(since: day)
        return since >= 0 && since <= days
    }
}

extension Comparison {
    /// `lhs` compared to `rhs` so.
    public func holds<Value: Comparable>(_ lhs: Value, _ rhs: Value) -> Bool {
        switch self {
        case .lt: lhs < rhs
        case .le: lhs <= rhs
        case .gt: lhs > rhs
        case .ge: lhs >= rhs
        case .eq: lhs == rhs
        case .ne: lhs != rhs
        }
    }
}
