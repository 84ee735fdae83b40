import Merge

extension SurvivorshipSettings {
    /// The settings as a commented `Mappings/survivorship.yml`, which
    /// ``SurvivorshipConfig/parse(yaml:file:sources:)`` reads back to the same settings: what
    /// `golden init` writes, so that the shipped defaults are visible and editable.
    public var yaml: String {
        func ranking(_ ranking: SourceRanking) -> String {
            let tiers = ranking.tiers.map { $0.count == 1 ? $0[0] : "[" + $0.joined(separator: ", ") + "]" }
            return "[" + tiers.joined(separator: ", ") + "]"
        }
        var text = """
            # Which value of each attribute a golden record keeps. Reference: docs/SURVIVORSHIP.md.
            # Every key is optional: a missing one takes Golden's shipped defaults.
            #
            # Rules, applied in order until one tells two values apart:
            #   valid_over_invalid  valid (or corrected) over partial: a birthday without its year, a local number
            #   source_priority     the value given by the most trusted source
            #   most_recent         the value asserted most recently (observed-at of any record giving it)
            #   most_frequent       the value asserted by the most records
            #   most_complete       more parts filled: a full given name over an initial, a street over a postcode
            #   longest             the longer value as shown
            # and last the smaller grouping key. Placeholders never survive; an invalid value only when
            # no record gives a usable one. E-mails, phones, cards, account ids and usernames keep every
            # distinct value, ordered by the rules, the first preferred.

            # Trust ranking, most trusted first: source names from golden.yml or kinds (pos, loyalty,
            # ecommerce, community); [a, b] is one tier of equal trust. Unlisted sources rank last.
            source_priority: \(ranking(sourcePriority))

            # Per attribute: rules, a source_priority of its own, and for name, date_of_birth, gender
            # and address `conflicts: review` to send distinct valid values of equal trust to review.
            attributes:

            """
        for attribute in GoldenAttribute.allCases {
            let rules = self[attribute]
            text += "  \(attribute.rawValue):\n"
            text += "    rules: [\(rules.rules.map(\.rawValue).joined(separator: ", "))]\n"
            if let own = rules.sourcePriority { text += "    source_priority: \(ranking(own))\n" }
            if !attribute.isMultiValued { text += "    conflicts: \(rules.conflicts.rawValue)\n" }
        }
        return text
    }
}
