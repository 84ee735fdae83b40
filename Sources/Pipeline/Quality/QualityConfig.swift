import GoldenCore
import Ingest
import Merge
import Quality

/// Reads `Mappings/quality.yml`: freshness ("sell-by date") policies and data-quality checks.
/// Both sections are optional and fall back to ``QualitySettings/defaults``; errors name the
/// file, line and key.
///
/// ```yaml
/// freshness:
///   dormant_after: {count: 12, period: month}
///   attributes:
///     address:
///       warn_after: {count: 18, period: month}
///       error_after: {count: 3, period: year}
///       sources:
///         community: {warn_after: {count: 6, period: month}}
/// checks:
///   - {metric: validity, field: email, warn_below: 0.9, fail_below: 0.5}
///   - {metric: quarantine_rate, warn_above: 0.01}
/// ```
public enum QualityConfig {
    /// Loads and checks a quality file. `sources` are the workspace's source names: overrides and
    /// checks may name only those (and source kinds, for freshness overrides); `nil` accepts any.
    public static func load(path: String, displayPath: String, sources: [String]? = nil) throws(GoldenError) -> QualitySettings {
        let text = try ConfigNode.readText(path: path, displayPath: displayPath, what: "quality file")
        return try parse(yaml: text, file: displayPath, sources: sources)
    }

    /// Parses quality-file text.
    public static func parse(yaml: String, file: String, sources: [String]? = nil) throws(GoldenError) -> QualitySettings {
        let root = try ConfigNode.parse(yaml: yaml, file: file)
        try root.rejectUnknownKeys(["freshness", "checks"])
        var settings = QualitySettings.defaults
        if let node = try root.optional("freshness") { settings.freshness = try freshness(node, sources: sources) }
        if let node = try root.optional("checks") {
            settings.checks = []
            for item in try node.list() { settings.checks.append(try check(item, sources: sources)) }
        }
        return settings
    }

    // MARK: - Freshness

    private static func freshness(_ node: ConfigNode, sources: [String]?) throws(GoldenError) -> FreshnessSettings {
        try node.rejectUnknownKeys(["dormant_after", "attributes"])
        var settings = FreshnessSettings.defaults
        if let value = try node.optional("dormant_after") {
            settings.dormantAfter = (try? value.string()) == "never" ? nil : try age(value)
        }
        if let attributes = try node.optional("attributes") {
            try attributes.rejectUnknownKeys(Set(GoldenAttribute.allCases.map(\.rawValue)))
            settings.attributes = [:]
            let known = sources.map { Set($0).union(SourceKind.allCases.map(\.rawValue)) }
            for (name, value) in try attributes.entries() {
                // Known: the keys were checked above.
                guard let attribute = GoldenAttribute(rawValue: name) else { continue }
                try value.rejectUnknownKeys(["warn_after", "error_after", "sources"])
                let policy = try self.policy(value)
                var overrides: [String: FreshnessPolicy] = [:]
                if let list = try value.optional("sources") {
                    for (source, item) in try list.entries() {
                        if let known, !known.contains(source) {
                            throw item.error("unknown source '\(source)'; expected a source of golden.yml or a kind")
                        }
                        try item.rejectUnknownKeys(["warn_after", "error_after"])
                        overrides[source] = policy.overridden(by: try self.policy(item))
                    }
                }
                settings.attributes[attribute] = AttributeFreshnessPolicy(policy: policy, sources: overrides)
            }
        }
        return settings
    }

    private static func policy(_ node: ConfigNode) throws(GoldenError) -> FreshnessPolicy {
        let warn = try node.optional("warn_after").map { (value) throws(GoldenError) in try age(value) }
        let error = try node.optional("error_after").map { (value) throws(GoldenError) in try age(value) }
        return FreshnessPolicy(warnAfter: warn, errorAfter: error)
    }

    /// `{count: N, period: day|month|year}`.
    private static func age(_ node: ConfigNode) throws(GoldenError) -> FreshnessAge {
        try node.rejectUnknownKeys(["count", "period"])
        let count = try node.required("count").int(in: 0...100_000)
        let period = try node.required("period").choice(FreshnessAge.Period.self)
        return FreshnessAge(count: count, period: period)
    }

    // MARK: - Checks

    private static func check(_ node: ConfigNode, sources: [String]?) throws(GoldenError) -> QualityCheck {
        try node.rejectUnknownKeys(["metric", "field", "source", "warn_below", "fail_below", "warn_above", "fail_above"])
        let metric = try node.required("metric").choice(QualityMetric.self)
        var check = QualityCheck(metric: metric)
        if metric.isPerField {
            check.field = try node.required("field").choice(QualityField.self)
        } else if let field = try node.optional("field") {
            throw field.error("\(metric.rawValue) is measured per source, not per field")
        }
        if let source = try node.optional("source") {
            let name = try source.string()
            if let sources, !sources.contains(name) { throw source.error("unknown source '\(name)'; expected a source of golden.yml") }
            check.source = name
        }
        let (good, bad) = metric.higherIsBetter ? ("below", "above") : ("above", "below")
        for key in ["warn_\(bad)", "fail_\(bad)"] {
            if let wrong = try node.optional(key) {
                throw wrong.error("\(metric.rawValue) trips when it is \(good) a level: use warn_\(good) and fail_\(good)")
            }
        }
        check.warn = try node.optional("warn_\(good)").map { (value) throws(GoldenError) in try share(value) }
        check.fail = try node.optional("fail_\(good)").map { (value) throws(GoldenError) in try share(value) }
        guard check.warn != nil || check.fail != nil else {
            throw node.error("a check needs warn_\(good) or fail_\(good)")
        }
        return check
    }

    private static func share(_ node: ConfigNode) throws(GoldenError) -> Double {
        let value = try node.double()
        guard (0...1).contains(value) else { throw node.error("must be a share between 0 and 1, found \(value)") }
        return value
    }
}
