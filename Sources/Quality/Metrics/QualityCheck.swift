/// A threshold on a metric: `warn` and `fail` levels (either optional) for one field of every
/// source, or of one source. A `fail` makes the run exit with code 3.
///
/// For ``QualityMetric/higherIsBetter`` metrics a value *below* a level trips it; for the rates,
/// a value *above* it.
///
/// ```swift
/// let check = QualityCheck(metric: .validity, field: .email, warn: 0.95, fail: 0.8)
/// check.level(for: 0.9)    // .warn
/// ```
public struct QualityCheck: Hashable, Sendable, Codable {
    public var metric: QualityMetric
    /// The field checked; `nil` for ``QualityMetric/quarantineRate``.
    public var field: Optional<QualityField>
    /// The one source checked; `nil` for every source that measures the field. A check naming a
    /// source replaces a general one of the same metric and field for that source.
    public var source: Optional<String>
    public var warn: Optional<Double>
    public var fail: Optional<Double>

    public init(metric: QualityMetric, field: QualityField? = nil, source: String? = nil, warn: Double? = nil, fail: Double? = nil) {
        self.metric = metric
        self.field = field
        self.source = source
        self.warn = warn
        self.fail = fail
    }

    /// The level `value` reaches: `.fail` past the fail level, else `.warn` past the warn level,
    /// else `.pass`. Exactly at a level passes it.
    public func level(for value: Double) -> CheckLevel {
        func trips(_ limit: Double?) -> Bool {
            guard let limit else { return false }
            return metric.higherIsBetter ? value < limit : value > limit
        }
        if trips(fail) { return .fail }
        if trips(warn) { return .warn }
        return .pass
    }
}

/// How a check came out.
public enum CheckLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case pass, warn, fail

    private var rank: Int {
        switch self {
        case .pass: 0
        case .warn: 1
        case .fail: 2
        }
    }

    public static func < (lhs: CheckLevel, rhs: CheckLevel) -> Bool { lhs.rank < rhs.rank }
}

/// One check applied to one source: the value measured and the level it reached.
public struct CheckOutcome: Hashable, Sendable, Codable {
    public var metric: QualityMetric
    public var field: Optional<QualityField>
    public var source: String
    public var value: Double
    public var level: CheckLevel
    /// The level tripped (the fail or warn threshold); `nil` for a pass.
    public var threshold: Optional<Double>

    public init(metric: QualityMetric, field: QualityField?, source: String, value: Double, level: CheckLevel, threshold: Double?) {
        self.metric = metric
        self.field = field
        self.source = source
        self.value = value
        self.level = level
        self.threshold = threshold
    }

    /// One line for people: `pos.email validity 0.62 is below the fail level 0.80`. Names
    /// sources, fields and figures only, never values.
    public var message: String {
        let subject = field.map { "\(source).\($0.rawValue)" } ?? source
        let figure = Self.format(value)
        guard let threshold else { return "\(subject) \(metric.rawValue) \(figure) passes" }
        let side = metric.higherIsBetter ? "below" : "above"
        return "\(subject) \(metric.rawValue) \(figure) is \(side) the \(level.rawValue) level \(Self.format(threshold))"
    }

    /// A share with three decimals.
    static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let digits = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}

extension QualityCheck {
    /// Every check applied to every profile it covers, by source then check order: a check
    /// naming a source replaces the general check of the same metric and field there. Metrics
    /// without data (no value given, no row read) are not judged.
    public static func evaluate(_ checks: [QualityCheck], on profiles: [SourceProfile]) -> [CheckOutcome] {
        var outcomes: [CheckOutcome] = []
        for profile in profiles {
            for check in checks {
                if let source = check.source {
                    guard source == profile.source else { continue }
                } else if checks.contains(where: {
                    $0.source == profile.source && $0.metric == check.metric && $0.field == check.field
                }) {
                    continue
                }
                let value: Double?
                if let field = check.field {
                    value = profile[field].flatMap(check.metric.value(of:))
                } else {
                    value = check.metric == .quarantineRate ? profile.quarantineRate : nil
                }
                guard let value else { continue }
                let level = check.level(for: value)
                let threshold = level == .fail ? check.fail : level == .warn ? check.warn : nil
                outcomes.append(
                    CheckOutcome(
                        metric: check.metric, field: check.field, source: profile.source, value: value, level: level,
                        threshold: threshold))
            }
        }
        return outcomes
    }
}
