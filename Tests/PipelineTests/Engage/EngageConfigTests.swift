import Engage
import GoldenCore
import Testing

@testable import Pipeline

/// `Mappings/engage.yml`: the shipped rules load; every mistake is a config error naming the
/// file, the line and the key, never a rule that is silently false.
@Suite("Engage config")
struct EngageConfigTests {
    static let signals: Set<String> = Set(SignalRegistry.standard.names)

    /// A small valid file; each error case replaces one line of it.
    static let base = """
        line:
          rules:
            - { name: flatlined, line: below, when: { signal: flatline } }
            - { name: bought, line: above, when: { signal: purchase, within_days: 30 } }
          default: on
        stages:
          names: [new, active, lapsed]
          rules:
            - { name: gone, stage: lapsed, when: { signal: recency_days, gt: 180 } }
          default: active
        ladders:
          - name: win_back
            when: { line: [below] }
            success: { signal: purchase }
            steps:
              - { name: miss_you, channel: email, cost: 0.05, wait_days: 14 }
              - { name: coupon, channel: email, cost: 2.5, wait_days: 14 }
        """

    @Test func shippedRulesLoad() throws {
        let config = try EngageConfig.parse(yaml: WorkspaceTemplate.engageYML, file: "Mappings/engage.yml", signals: Self.signals)
        #expect(config.settings.stages == ["new", "active", "loyal", "advocate", "at_risk", "lapsed", "won_back"])
        #expect(config.settings.lineRules.first?.name == "complained")
        #expect(config.settings.ladders.map(\.name) == ["service_recovery", "win_back"])
        #expect(config.settings.weeklyCaps["email"] == 2)
        #expect(config.calendarPath == "Mappings/calendar.csv")
        #expect(config.offersPath == "Mappings/offers.csv")
    }

    @Test func baseParses() throws {
        let config = try EngageConfig.parse(yaml: Self.base, file: "engage.yml", signals: Self.signals)
        #expect(config.settings.lineRules.count == 2)
        #expect(config.settings.lineRules[1].when == .signal("purchase", .withinDays(30)))
        #expect(config.settings.stageRules[0].when == .signal("recency_days", .compare(.gt, 180)))
        #expect(config.settings.defaultLine == .on)
        #expect(config.settings.ladders[0].steps.map(\.cost) == [0.05, 2.5])
    }

    @Test(arguments: [
        // (line to replace, replacement, expected line, expected key, words in the message)
        (3, "    - { name: flatlined, line: below, when: { signal: flatlin } }", 3, "line.rules[0].when.signal", "unknown signal 'flatlin'"),
        (3, "    - { name: flatlined, line: below, when: { attribute: shoe_size, in: [9] } }", 3, "line.rules[0].when.attribute", "unknown attribute 'shoe_size'"),
        (3, "    - { name: flatlined, line: sideways, when: { signal: flatline } }", 3, "line.rules[0].line", "unknown value 'sideways'"),
        (3, "    - { name: flatlined, line: below, when: { stage: [retired] } }", 3, "line.rules[0].when.stage[0]", "unknown stage 'retired'"),
        (3, "    - { name: flatlined, line: below, when: { signal: flatline, within: 3 } }", 3, "line.rules[0].when.within", "unknown key 'within'"),
        (3, "    - { name: flatlined, line: below, when: { maybe: true } }", 3, "line.rules[0].when", "a condition needs one of"),
        (4, "    - { name: flatlined, line: above, when: { signal: purchase } }", 4, "line.rules[1].name", "'flatlined' is named twice"),
        (9, "    - { name: gone, stage: retired, when: { signal: recency_days, gt: 180 } }", 9, "stages.rules[0].stage", "unknown stage 'retired'"),
        (9, "    - { name: gone, stage: lapsed, when: { signal: recency_days, gt: soon } }", 9, "stages.rules[0].when.gt", "number"),
        (16, "      - { name: miss_you, channel: email, cost: 3, wait_days: 14 }", 17, "ladders[0].steps[1]", "cheapest first"),
        (16, "      - { name: miss_you, channel: email, cost: -1, wait_days: 14 }", 16, "ladders[0].steps[0].cost", "0 or more"),
        (14, "    success: { signal: purchased }", 14, "ladders[0].success.signal", "unknown signal 'purchased'"),
    ])
    func errorsNameLineAndKey(replace: Int, with text: String, line: Int, key: String, words: String) {
        var lines = Self.base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[replace - 1] = text
        let yaml = lines.joined(separator: "\n")
        #expect {
            try EngageConfig.parse(yaml: yaml, file: "Mappings/engage.yml", signals: Self.signals)
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.exitCode == 2 && error.location?.file == "Mappings/engage.yml" && error.location?.line == line
                && error.location?.key == key && error.message.contains(words)
        }
    }

    @Test func missingStagesIsAnError() {
        #expect(throws: GoldenError.self) {
            try EngageConfig.parse(yaml: "line: { rules: [] }\n", file: "engage.yml", signals: Self.signals)
        }
    }
}
