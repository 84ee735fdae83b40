import Merge
import Quality

extension QualitySettings {
    /// The settings as a commented `Mappings/quality.yml`, which
    /// ``QualityConfig/parse(yaml:file:sources:)`` reads back to the same settings: what `golden
    /// init` writes, so that the shipped defaults are visible and editable.
    public var yaml: String {
        func age(_ age: FreshnessAge) -> String { "{count: \(age.count), period: \(age.period.rawValue)}" }
        func limits(_ policy: FreshnessPolicy) -> [String] {
            var parts: [String] = []
            if let warn = policy.warnAfter { parts.append("warn_after: \(age(warn))") }
            if let error = policy.errorAfter { parts.append("error_after: \(age(error))") }
            return parts
        }
        var text = """
            # Data quality: freshness ("sell-by date") policies and checks. Reference: docs/QUALITY.md.
            # Both sections are optional: a missing one takes Golden's shipped defaults.

            # A value's age runs from the last time ANY source asserted it. A value is `warn` once it is
            # older than warn_after, `stale` once older than error_after (dbt's rule: exactly at the
            # limit is still fresh). Periods: day, month, year. Per attribute (name, date_of_birth,
            # gender, email, phone, address, loyalty_card, account_id, username), with `sources:`
            # overrides by source name or kind; attributes not listed are not evaluated.
            freshness:
              dormant_after: \(freshness.dormantAfter.map(age) ?? "never")   # no activity for longer: dormant
              attributes:

            """
        for attribute in freshness.evaluatedAttributes {
            guard let policy = freshness.attributes[attribute] else { continue }
            text += "    \(attribute.rawValue):\n"
            for line in limits(policy.policy) { text += "      \(line)\n" }
            if !policy.sources.isEmpty {
                text += "      sources:\n"
                for (source, own) in policy.sources.sorted(by: { $0.key < $1.key }) {
                    text += "        \(source): {\(limits(own).joined(separator: ", "))}\n"
                }
            }
        }
        text += """
            #   e.g. a community profile's address goes stale sooner:
            #   address:
            #     sources:
            #       community: {warn_after: {count: 6, period: month}}

            # Checks on each source's records (per field) and files. A `fail` ends the run with exit
            # code 3. Metrics: validity, completeness (warn_below / fail_below), null_rate,
            # placeholder_rate, invalid_rate, quarantine_rate (warn_above / fail_above). Fields: name,
            # date_of_birth, gender, email, phone, address, postcode, loyalty_card, account_id,
            # username. `source:` limits a check to one source and replaces a general one there.
            checks:

            """
        for check in checks {
            var parts = ["metric: \(check.metric.rawValue)"]
            if let field = check.field { parts.append("field: \(field.rawValue)") }
            if let source = check.source { parts.append("source: \(source)") }
            let side = check.metric.higherIsBetter ? "below" : "above"
            if let warn = check.warn { parts.append("warn_\(side): \(warn)") }
            if let fail = check.fail { parts.append("fail_\(side): \(fail)") }
            text += "  - {\(parts.joined(separator: ", "))}\n"
        }
        return text
    }
}
