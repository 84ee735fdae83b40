import GoldenCore
import Ingest
import Match

/// Reads `Mappings/match.yml`: blocking rules, comparisons, the prior's deterministic rules,
/// thresholds, clustering guards and training. Every section is optional and falls back to
/// ``MatchSettings/defaults``; errors name the file, line and key.
public enum MatchConfig {
    /// Loads and checks a match file.
    public static func load(path: String, displayPath: String) throws(GoldenError) -> MatchSettings {
        let text = try ConfigNode.readText(path: path, displayPath: displayPath, what: "match file")
        return try parse(yaml: text, file: displayPath)
    }

    /// Parses match-file text.
    public static func parse(yaml: String, file: String) throws(GoldenError) -> MatchSettings {
        let root = try ConfigNode.parse(yaml: yaml, file: file)
        try root.rejectUnknownKeys(["blocking", "comparisons", "prior", "thresholds", "clustering", "training"])
        var settings = MatchSettings.defaults
        if let node = try root.optional("blocking") {
            try node.rejectUnknownKeys(["max_block_size", "rules"])
            if let size = try node.optional("max_block_size") { settings.maxBlockSize = try size.int(in: 2...1_000_000) }
            if let rules = try node.optional("rules") { settings.blocking = try readRules(rules) }
        }
        if let node = try root.optional("comparisons") { settings.comparisons = try readComparisons(node) }
        if let node = try root.optional("prior") {
            try node.rejectUnknownKeys(["deterministic_rules", "recall"])
            if let rules = try node.optional("deterministic_rules") { settings.deterministic = try readRules(rules) }
            if let recall = try node.optional("recall") { settings.deterministicRecall = try share(recall) }
        }
        if let node = try root.optional("thresholds") {
            try node.rejectUnknownKeys(["match", "review"])
            var match = settings.thresholds.match, review = settings.thresholds.review
            if let value = try node.optional("match") { match = try share(value) }
            if let value = try node.optional("review") { review = try share(value) }
            guard match < 1 else { throw try node.required("match").error("must be below 1") }
            guard review <= match else {
                throw (try node.optional("review") ?? node).error("review (\(review)) must not be above match (\(match))")
            }
            settings.thresholds = Thresholds(match: match, review: review)
        }
        if let node = try root.optional("clustering") { settings.clustering = try readClustering(node, settings.clustering) }
        if let node = try root.optional("training") { settings.training = try readTraining(node, settings.training) }
        return settings
    }

    // MARK: - Sections

    private static func readRules(_ node: ConfigNode) throws(GoldenError) -> [BlockingRule] {
        var rules: [BlockingRule] = []
        var names = Set<String>()
        for item in try node.list() {
            var name: String?
            var keysNode = item
            if item.isMapping {
                try item.rejectUnknownKeys(["name", "keys"])
                name = try item.optional("name")?.string()
                keysNode = try item.required("keys")
            }
            var keys: [BlockingKey] = []
            for keyNode in try keysNode.list() {
                let text = try keyNode.string()
                do {
                    keys.append(try BlockingKey(parsing: text))
                } catch {
                    throw keyNode.error("not a blocking key: \(error)")
                }
            }
            guard !keys.isEmpty else { throw keysNode.error("a rule needs at least one key") }
            let rule = BlockingRule(name: name, keys: keys)
            guard names.insert(rule.name).inserted else { throw item.error("rule '\(rule.name)' is defined twice") }
            rules.append(rule)
        }
        guard !rules.isEmpty else { throw node.error("no rules listed") }
        return rules
    }

    private static func readComparisons(_ node: ConfigNode) throws(GoldenError) -> ComparisonSet {
        var comparisons: [Comparison] = []
        for item in try node.list() {
            try item.rejectUnknownKeys(["name", "attribute", "levels", "term_frequency"])
            let attribute = try item.required("attribute").choice(MatchAttribute.self)
            let name = try item.optional("name")?.string() ?? attribute.rawValue
            let levelsNode = try item.required("levels")
            let levels = try levelsNode.stringList()
            let termFrequency = try item.optional("term_frequency")?.bool() ?? false
            if termFrequency, attribute.valueKind != .text {
                throw try item.required("term_frequency").error(
                    "term frequencies apply to text attributes only, not \(attribute.rawValue)")
            }
            do {
                comparisons.append(
                    try Comparison(name: name, attribute: attribute, levels: levels, termFrequency: termFrequency))
            } catch {
                let at = error.index.map { (try? levelsNode.list())?[$0] ?? levelsNode } ?? levelsNode
                throw at.error("\(error)")
            }
        }
        do {
            return try ComparisonSet(comparisons)
        } catch {
            switch error {
            case .empty: throw node.error("no comparisons listed")
            case .tooMany(let count):
                throw node.error("\(count) comparisons; at most \(ComparisonVector.maxComparisons)")
            case .tooManyLevels(let name, let count):
                throw node.error("comparison '\(name)' has \(count) levels; at most \(ComparisonVector.maxLevels)")
            case .duplicateName(let name):
                throw node.error("comparison '\(name)' is defined twice (give one a `name:`)")
            }
        }
    }

    private static func readClustering(_ node: ConfigNode, _ base: ClusterSettings) throws(GoldenError) -> ClusterSettings {
        try node.rejectUnknownKeys(["max_cluster_size", "cannot_link", "household_guard"])
        var settings = base
        if let value = try node.optional("max_cluster_size") { settings.maxClusterSize = try value.int(in: 2...1_000_000) }
        if let value = try node.optional("cannot_link") {
            var attributes: [MatchAttribute] = []
            for item in try value.list() {
                let attribute = try item.choice(MatchAttribute.self)
                guard attribute == .loyaltyCard || attribute == .dateOfBirth else {
                    throw item.error("cannot-link evidence is read from loyalty_card and date_of_birth only")
                }
                attributes.append(attribute)
            }
            settings.cannotLink = attributes
        }
        if let value = try node.optional("household_guard") { settings.householdGuard = try value.bool() }
        return settings
    }

    private static func readTraining(_ node: ConfigNode, _ base: TrainingSettings) throws(GoldenError) -> TrainingSettings {
        try node.rejectUnknownKeys(["sample_pairs", "rules", "max_iterations", "tolerance", "seed"])
        var settings = base
        if let value = try node.optional("sample_pairs") { settings.samplePairs = try value.int(in: 1000...1_000_000_000) }
        if let value = try node.optional("rules") { settings.rules = try readRules(value) }
        if let value = try node.optional("max_iterations") { settings.maxIterations = try value.int(in: 1...10_000) }
        if let value = try node.optional("tolerance") {
            let tolerance = try value.double()
            guard tolerance > 0, tolerance < 1 else { throw value.error("must be between 0 and 1, exclusive") }
            settings.tolerance = tolerance
        }
        if let value = try node.optional("seed") { settings.seed = UInt64(try value.int(in: 0...Int.max)) }
        return settings
    }

    private static func share(_ node: ConfigNode) throws(GoldenError) -> Double {
        let value = try node.double()
        guard value > 0, value <= 1 else { throw node.error("must be a probability above 0 and at most 1, found \(value)") }
        return value
    }
}
