import GoldenCore
import Ingest
import Merge

/// Reads `Mappings/survivorship.yml`: the global trust ranking of sources and, per attribute, its
/// rules, its own ranking and whether conflicts go to review. Everything is optional and falls
/// back to ``SurvivorshipSettings/defaults``; errors name the file, line and key.
///
/// ```yaml
/// source_priority: [loyalty, ecommerce, pos, community]
/// attributes:
///   date_of_birth:
///     rules: [valid_over_invalid, source_priority, most_frequent, most_recent]
///     conflicts: review
/// ```
public enum SurvivorshipConfig {
    /// Loads and checks a survivorship file. `sources` are the workspace's source names: a
    /// ranking may name only those and the source kinds (`nil` to accept any name).
    public static func load(path: String, displayPath: String, sources: [String]? = nil) throws(GoldenError)
        -> SurvivorshipSettings
    {
        let text = try ConfigNode.readText(path: path, displayPath: displayPath, what: "survivorship file")
        return try parse(yaml: text, file: displayPath, sources: sources)
    }

    /// Parses survivorship-file text.
    public static func parse(yaml: String, file: String, sources: [String]? = nil) throws(GoldenError) -> SurvivorshipSettings {
        let root = try ConfigNode.parse(yaml: yaml, file: file)
        try root.rejectUnknownKeys(["source_priority", "attributes"])
        let known = sources.map { Set($0).union(SourceKind.allCases.map(\.rawValue)) }
        var settings = SurvivorshipSettings.defaults
        if let node = try root.optional("source_priority") { settings.sourcePriority = try ranking(node, known: known) }
        if let node = try root.optional("attributes") {
            try node.rejectUnknownKeys(Set(GoldenAttribute.allCases.map(\.rawValue)))
            for (name, value) in try node.entries() {
                // Known: the keys were checked above.
                guard let attribute = GoldenAttribute(rawValue: name) else { continue }
                settings[attribute] = try attributeRules(value, attribute, base: settings[attribute], known: known)
            }
        }
        return settings
    }

    private static func attributeRules(
        _ node: ConfigNode, _ attribute: GoldenAttribute, base: AttributeRules, known: Set<String>?
    ) throws(GoldenError) -> AttributeRules {
        try node.rejectUnknownKeys(["rules", "source_priority", "conflicts"])
        var rules = base
        if let value = try node.optional("rules") {
            var list: [SurvivorshipRule] = []
            for item in try value.list() {
                let rule = try item.choice(SurvivorshipRule.self)
                guard !list.contains(rule) else { throw item.error("rule '\(rule.rawValue)' is listed twice") }
                list.append(rule)
            }
            guard !list.isEmpty else { throw value.error("no rules listed") }
            rules.rules = list
        }
        if let value = try node.optional("source_priority") { rules.sourcePriority = try ranking(value, known: known) }
        if let value = try node.optional("conflicts") {
            rules.conflicts = try value.choice(ConflictPolicy.self)
            if rules.conflicts == .review, attribute.isMultiValued {
                let single = GoldenAttribute.allCases.filter { !$0.isMultiValued }.map(\.rawValue)
                throw value.error(
                    "\(attribute.rawValue) keeps every value: conflicts apply to \(single.joined(separator: ", "))")
            }
        }
        return rules
    }

    /// A list of tiers: each item a source (or kind), or a list of equally trusted ones.
    private static func ranking(_ node: ConfigNode, known: Set<String>?) throws(GoldenError) -> SourceRanking {
        var tiers: [[String]] = []
        var seen = Set<String>()
        for item in try node.list() {
            var tier: [String] = []
            var entries = [item]
            if item.isSequence { entries = try item.list() }
            for entry in entries {
                let name = try entry.string()
                if let known, !known.contains(name) {
                    let kinds = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw entry.error("unknown source '\(name)'; expected a source of golden.yml or a kind (\(kinds))")
                }
                guard seen.insert(name).inserted else { throw entry.error("source '\(name)' is ranked twice") }
                tier.append(name)
            }
            guard !tier.isEmpty else { throw item.error("an empty tier") }
            tiers.append(tier)
        }
        guard !tiers.isEmpty else { throw node.error("no sources ranked") }
        return SourceRanking(tiers: tiers)
    }
}
