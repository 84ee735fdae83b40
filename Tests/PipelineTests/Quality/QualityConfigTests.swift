import Foundation
import GoldenCore
import Merge
import Pipeline
import Quality
import Testing

@Suite struct QualityConfigTests {
    @Test func theWrittenDefaultsReadBackAsTheDefaults() throws {
        #expect(try QualityConfig.parse(yaml: QualitySettings.defaults.yaml, file: "Mappings/quality.yml") == QualitySettings.defaults)
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try QualityConfig.parse(yaml: "", file: "q.yml") == QualitySettings.defaults)
    }

    @Test func readsPoliciesOverridesAndChecks() throws {
        let yaml = """
            freshness:
              dormant_after: {count: 2, period: year}
              attributes:
                address:
                  warn_after: {count: 18, period: month}
                  error_after: {count: 3, period: year}
                  sources:
                    tills: {warn_after: {count: 30, period: day}}
                    community: {error_after: {count: 1, period: year}}
                name:
                  error_after: {count: 10, period: year}
            checks:
              - {metric: validity, field: email, warn_below: 0.95, fail_below: 0.8}
              - {metric: null_rate, field: phone, source: tills, warn_above: 0.5}
              - {metric: quarantine_rate, fail_above: 0.02}
            """
        let settings = try QualityConfig.parse(yaml: yaml, file: "q.yml", sources: ["tills", "web"])
        let address = try #require(settings.freshness.attributes[.address])
        #expect(address.policy == FreshnessPolicy(warnAfter: .init(count: 18, period: .month), errorAfter: .init(count: 3, period: .year)))
        // An override keeps the attribute's limits it does not set.
        #expect(address.sources["tills"] == FreshnessPolicy(warnAfter: .init(count: 30, period: .day), errorAfter: .init(count: 3, period: .year)))
        #expect(address.sources["community"] == FreshnessPolicy(warnAfter: .init(count: 18, period: .month), errorAfter: .init(count: 1, period: .year)))
        #expect(settings.freshness.attributes[.name] == AttributeFreshnessPolicy(policy: FreshnessPolicy(errorAfter: .init(count: 10, period: .year))))
        // Listing attributes replaces the shipped ones.
        #expect(settings.freshness.evaluatedAttributes == [.name, .address])
        #expect(settings.freshness.dormantAfter == FreshnessAge(count: 2, period: .year))
        #expect(
            settings.checks == [
                QualityCheck(metric: .validity, field: .email, warn: 0.95, fail: 0.8),
                QualityCheck(metric: .nullRate, field: .phone, source: "tills", warn: 0.5),
                QualityCheck(metric: .quarantineRate, fail: 0.02),
            ])
        // What the settings write reads back to them.
        #expect(try QualityConfig.parse(yaml: settings.yaml, file: "q.yml") == settings)
    }

    @Test func dormancyCanBeTurnedOff() throws {
        let settings = try QualityConfig.parse(yaml: "freshness:\n  dormant_after: never\n", file: "q.yml")
        #expect(settings.freshness.dormantAfter == nil)
        #expect(try QualityConfig.parse(yaml: settings.yaml, file: "q.yml") == settings)
    }

    @Test(arguments: [
        ("freshnes: {}\n", 1, "freshnes", "unknown key"),
        ("freshness:\n  attributes:\n    shoe_size: {}\n", 3, "freshness.attributes.shoe_size", "unknown key"),
        ("freshness:\n  attributes:\n    email:\n      warn_after: {count: 3, period: week}\n", 4, "freshness.attributes.email.warn_after.period", "unknown value 'week'"),
        ("freshness:\n  attributes:\n    email:\n      warn_after: {count: -1, period: day}\n", 4, "freshness.attributes.email.warn_after.count", "between 0"),
        ("freshness:\n  attributes:\n    email:\n      warn_after: {period: day}\n", 4, "freshness.attributes.email.warn_after", "missing required key"),
        ("freshness:\n  attributes:\n    email:\n      sources:\n        tils: {warn_after: {count: 1, period: day}}\n", 5, "freshness.attributes.email.sources.tils", "unknown source 'tils'"),
        ("checks:\n  - {metric: validity, field: email, warn_above: 0.9}\n", 2, "checks[0].warn_above", "use warn_below"),
        ("checks:\n  - {metric: null_rate, field: email, fail_below: 0.9}\n", 2, "checks[0].fail_below", "use warn_above"),
        ("checks:\n  - {metric: validity, field: shoe, warn_below: 0.9}\n", 2, "checks[0].field", "unknown value 'shoe'"),
        ("checks:\n  - {metric: validity, warn_below: 0.9}\n", 2, "checks[0]", "missing required key 'checks[0].field'"),
        ("checks:\n  - {metric: quarantine_rate, field: email, warn_above: 0.1}\n", 2, "checks[0].field", "per source"),
        ("checks:\n  - {metric: validity, field: email}\n", 2, "checks[0]", "needs warn_below or fail_below"),
        ("checks:\n  - {metric: validity, field: email, warn_below: 1.5}\n", 2, "checks[0].warn_below", "share between 0 and 1"),
        ("checks:\n  - {metric: validity, field: email, source: web2, warn_below: 0.5}\n", 2, "checks[0].source", "unknown source 'web2'"),
    ] as [(String, Int, String, String)])
    func reportsConfigErrorsWithFileLineAndKey(yaml: String, line: Int, key: String, message: String) {
        do {
            _ = try QualityConfig.parse(yaml: yaml, file: "Mappings/quality.yml", sources: ["tills", "web"])
            Issue.record("parsed")
        } catch {
            #expect(error.code == .config)
            #expect(error.location?.file == "Mappings/quality.yml")
            #expect(error.location?.line == line)
            #expect(error.location?.key == key)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func goldenInitWritesTheQualityFileAndTheWorkspaceReadsIt() throws {
        let workspace = try TempWorkspace()
        let text = try String(contentsOfFile: workspace.path + "/" + WorkspaceConfig.defaultQualityPath, encoding: .utf8)
        #expect(try QualityConfig.parse(yaml: text, file: "q.yml") == QualitySettings.defaults)
        let config = try WorkspaceConfig.load(path: workspace.config)
        #expect(config.qualityPath == WorkspaceConfig.defaultQualityPath)
        #expect(config.quality == QualitySettings.defaults)
    }

    @Test func theRetailFixtureHasItsOwnQualityFile() throws {
        let config = try WorkspaceConfig.load(path: TempWorkspace.fixtures + "/retail/golden.yml")
        #expect(config.qualityPath == WorkspaceConfig.defaultQualityPath)
        #expect(config.quality != QualitySettings.defaults)
        #expect(config.quality.freshness.attributes[.address]?.sources["pos"] != nil)
    }
}
