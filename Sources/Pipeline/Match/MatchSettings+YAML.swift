import Match

extension MatchSettings {
    /// The settings as a commented `Mappings/match.yml`, which ``MatchConfig/parse(yaml:file:)``
    /// reads back to the same settings: what `golden init` writes, so that the shipped defaults
    /// are visible and editable.
    public var yaml: String {
        func rules(_ list: [BlockingRule], indent: String) -> String {
            list.map { rule in
                let keys = "[" + rule.keys.map(\.description).joined(separator: ", ") + "]"
                let generated = rule.keys.map(\.description).joined(separator: "+")
                return rule.name == generated
                    ? "\(indent)- \(keys)\n" : "\(indent)- { name: \(rule.name), keys: \(keys) }\n"
            }.joined()
        }
        var text = """
            # How Golden decides which records are the same person. Reference: docs/MATCH.md.
            # Every section is optional: a missing one takes Golden's shipped defaults.

            # Candidate pairs: records sharing every key of a rule are compared. Rules are OR'ed.
            # Keys: attribute or attribute.form (given_name.phonetic, date_of_birth.year, postcode.district…).
            blocking:
              max_block_size: \(maxBlockSize)   # larger blocks are skipped with a warning and counted
              rules:

            """
        text += rules(blocking, indent: "    ")
        text += """

            # Each comparison: an attribute and its levels from the strictest to `else`. A missing value
            # weighs nothing either way. term_frequency: an exact match on a common value weighs less.
            comparisons:

            """
        for comparison in comparisons.comparisons {
            let levels = comparison.levelNames.map { $0.contains(where: { "<>=".contains($0) }) ? "\"\($0)\"" : $0 }
            text += "  - attribute: \(comparison.attribute.rawValue)\n"
            if comparison.name != comparison.attribute.rawValue { text += "    name: \(comparison.name)\n" }
            text += "    levels: [\(levels.joined(separator: ", "))]\n"
            if comparison.termFrequency { text += "    term_frequency: true\n" }
        }
        text += """

            # The prior (how likely two random records match) comes from pairs these rules find,
            # assumed to be `recall` of all true matches.
            prior:
              recall: \(deterministicRecall)
              deterministic_rules:

            """
        text += rules(deterministic, indent: "    ")
        text += """

            # Match probability: auto-match at or above `match`, review queue from `review`.
            thresholds:
              match: \(thresholds.match)
              review: \(thresholds.review)

            # Guards against over-merging. cannot_link: loyalty_card, date_of_birth.
            # household_guard: clearly different first names never auto-match (twins, spouses).
            clustering:
              max_cluster_size: \(clustering.maxClusterSize)
              cannot_link: [\(clustering.cannotLink.map(\.rawValue).joined(separator: ", "))]
              household_guard: \(clustering.householdGuard)

            # EM: u from random pairs, m from the pairs of each training rule.
            training:
              sample_pairs: \(training.samplePairs)
              max_iterations: \(training.maxIterations)
              tolerance: \(training.tolerance)
              seed: \(training.seed)

            """
        text += "  rules:\n" + rules(training.rules, indent: "    ")
        return text
    }
}
