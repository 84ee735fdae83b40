import GoldenCore
import Merge

/// How many values (or records) have each freshness status.
public struct StatusCounts: Hashable, Sendable, Codable {
    public var fresh = 0
    public var warn = 0
    public var stale = 0
    public var unknown = 0

    public init() {}

    /// Counts one more of `status`.
    public mutating func add(_ status: FreshnessStatus) {
        switch status {
        case .fresh: fresh += 1
        case .warn: warn += 1
        case .stale: stale += 1
        case .unknown: unknown += 1
        }
    }

    /// The count of `status`.
    public subscript(status: FreshnessStatus) -> Int {
        switch status {
        case .fresh: fresh
        case .warn: warn
        case .stale: stale
        case .unknown: unknown
        }
    }

    public var total: Int { fresh + warn + stale + unknown }
}

/// The freshness of many golden records added up: records by status, dormant customers, each
/// attribute's statuses overall and per asserting source, and how long ago customers were
/// last active. What the quality stage stores per run and the report draws.
///
/// ```swift
/// var tally = FreshnessTally()
/// for facts in records { tally.add(evaluator.evaluate(facts), asOf: evaluator.asOf) }
/// tally.records.stale                       // golden records with a stale attribute
/// tally.attributes["address"]?.warn         // addresses past warn_after
/// tally.sources["pos"]?["address"]?.fresh   // addresses POS confirmed recently
/// ```
public struct FreshnessTally: Hashable, Sendable, Codable {
    /// Golden records evaluated, by record status.
    public var records = StatusCounts()
    /// Customers whose last activity is older than `dormant_after`.
    public var dormant = 0
    /// Per attribute (`address`, `email`…), its preferred values by status.
    public var attributes: [String: StatusCounts] = [:]
    /// Per source, per attribute: the source's own latest assertions of preferred values, by
    /// status under the source's policy.
    public var sources: [String: [String: StatusCounts]] = [:]
    /// Customers by time since their last activity: one count per ``ActivityAge`` bucket.
    public var activityAge: [Int] = Array(repeating: 0, count: ActivityAge.allCases.count)

    public init() {}

    /// Adds one record's freshness, evaluated on `asOf`.
    public mutating func add(_ freshness: RecordFreshness, asOf: Timestamp) {
        records.add(freshness.status)
        if freshness.isDormant { dormant += 1 }
        for attribute in freshness.attributes {
            let name = attribute.attribute.rawValue
            attributes[name, default: StatusCounts()].add(attribute.status)
            for (source, status) in attribute.sources {
                sources[source, default: [:]][name, default: StatusCounts()].add(status)
            }
        }
        activityAge[ActivityAge(since: freshness.lastActivity, asOf: asOf).index] += 1
    }

    /// The sum of two tallies (of disjoint records, evaluated on the same date).
    public mutating func merge(_ other: FreshnessTally) {
        records.merge(other.records)
        dormant += other.dormant
        for (name, counts) in other.attributes { attributes[name, default: StatusCounts()].merge(counts) }
        for (source, byAttribute) in other.sources {
            for (name, counts) in byAttribute { sources[source, default: [:]][name, default: StatusCounts()].merge(counts) }
        }
        for index in activityAge.indices { activityAge[index] += other.activityAge[index] }
    }
}

extension StatusCounts {
    /// Adds `other`'s counts.
    public mutating func merge(_ other: StatusCounts) {
        fresh += other.fresh
        warn += other.warn
        stale += other.stale
        unknown += other.unknown
    }
}

/// Buckets of time since a customer's last activity, for the report's distribution.
public enum ActivityAge: String, Hashable, Sendable, Codable, CaseIterable {
    case upTo3Months = "0-3 months"
    case upTo6Months = "3-6 months"
    case upTo1Year = "6-12 months"
    case upTo2Years = "1-2 years"
    case upTo3Years = "2-3 years"
    case older = "over 3 years"
    case unknown

    /// The bucket of activity at `last`, seen on `asOf`; ``unknown`` without a time.
    public init(since last: Timestamp?, asOf: Timestamp) {
        guard let last else {
            self = .unknown
            return
        }
        let edges: [(FreshnessAge, ActivityAge)] = [
            (FreshnessAge(count: 3, period: .month), .upTo3Months), (FreshnessAge(count: 6, period: .month), .upTo6Months),
            (FreshnessAge(count: 1, period: .year), .upTo1Year), (FreshnessAge(count: 2, period: .year), .upTo2Years),
            (FreshnessAge(count: 3, period: .year), .upTo3Years),
        ]
        for (edge, bucket) in edges where asOf <= edge.added(to: last) {
            self = bucket
            return
        }
        self = .older
    }

    /// The bucket's position in ``allCases``.
    public var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
