/// A signal, attribute or stage a condition names that the configuration does not define.
public struct UnknownName: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        case signal, attribute, stage
    }

    public var kind: Kind
    public var name: String

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// `unknown signal 'flatlined'`.
    public var description: String { "unknown \(kind.rawValue) '\(name)'" }
}

extension Condition {
    /// The names this condition uses that are not registered signals, listed attributes or
    /// stages, each once, in the order written: what the rules loader reports as config errors.
    ///
    /// ```swift
    /// let condition = Condition.all([.signal("flatlined", .fired), .stage(["lapsed"])])
    /// condition.unknownNames(signals: .standard, attributes: [], stages: ["lapsed"])
    /// // [unknown signal 'flatlined']
    /// ```
    public func unknownNames(signals: SignalRegistry, attributes: Set<String>, stages: Set<String>) -> [UnknownName] {
        var unknown: [UnknownName] = []
        collectUnknown(signals, attributes, stages, into: &unknown)
        return unknown
    }

    private func collectUnknown(
        _ signals: SignalRegistry, _ attributes: Set<String>, _ stages: Set<String>, into unknown: inout [UnknownName]
    ) {
        func note(_ kind: UnknownName.Kind, _ name: String) {
            let entry = UnknownName(kind: kind, name: name)
            if !unknown.contains(entry) { unknown.append(entry) }
        }
        switch self {
        case .all(let conditions), .any(let conditions):
            for condition in conditions { condition.collectUnknown(signals, attributes, stages, into: &unknown) }
        case .not(let condition):
            condition.collectUnknown(signals, attributes, stages, into: &unknown)
        case .signal(let name, _):
            if signals.position(of: name) == nil { note(.signal, name) }
        case .attribute(let name, _):
            if !attributes.contains(name) { note(.attribute, name) }
        case .stage(let names), .previousStage(let names):
            for name in names where !stages.contains(name) { note(.stage, name) }
        case .line, .previousLine, .always:
            break
        }
    }

    /// Whether the condition tests today's line or stage anywhere (a line rule must not test
    /// today's line, and a line or stage rule must not test today's stage: neither is decided yet).
    public var testsToday: (line: Bool, stage: Bool) {
        switch self {
        case .all(let conditions), .any(let conditions):
            conditions.reduce((false, false)) { sofar, condition in
                let tests = condition.testsToday
                return (sofar.0 || tests.line, sofar.1 || tests.stage)
            }
        case .not(let condition): condition.testsToday
        case .line: (true, false)
        case .stage: (false, true)
        case .signal, .attribute, .previousLine, .previousStage, .always: (false, false)
        }
    }
}
