/// A data-quality metric measured per source (and field), which a check can hold to thresholds.
public enum QualityMetric: String, Hashable, Sendable, Codable, CaseIterable {
    /// Usable values among the values given (placeholders aside): higher is better.
    case validity
    /// Records with a usable value: higher is better.
    case completeness
    /// Records without the field: lower is better.
    case nullRate = "null_rate"
    /// Records whose field held a placeholder: lower is better.
    case placeholderRate = "placeholder_rate"
    /// Records whose field held only invalid values: lower is better.
    case invalidRate = "invalid_rate"
    /// Rows of the source's files that were quarantined: lower is better. Per source, no field.
    case quarantineRate = "quarantine_rate"

    /// Whether a higher value is better (thresholds are minimums) rather than worse (maximums).
    public var higherIsBetter: Bool { self == .validity || self == .completeness }

    /// Whether the metric is measured per field (all but ``quarantineRate``).
    public var isPerField: Bool { self != .quarantineRate }

    /// The metric's value for `counts`.
    public func value(of counts: FieldCounts) -> Double? {
        switch self {
        case .validity: counts.validity
        case .completeness: counts.completeness
        case .nullRate: counts.nullRate
        case .placeholderRate: counts.placeholderRate
        case .invalidRate: counts.invalidRate
        case .quarantineRate: nil
        }
    }
}
