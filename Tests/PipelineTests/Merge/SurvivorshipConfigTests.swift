import Foundation
import GoldenCore
import Merge
import Pipeline
import Testing

@Suite struct SurvivorshipConfigTests {
    @Test func theWrittenDefaultsReadBackAsTheDefaults() throws {
        let settings = try SurvivorshipConfig.parse(yaml: SurvivorshipSettings.defaults.yaml, file: "Mappings/survivorship.yml")
        #expect(settings == SurvivorshipSettings.defaults)
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try SurvivorshipConfig.parse(yaml: "", file: "s.yml") == SurvivorshipSettings.defaults)
    }

    @Test func readsEveryKey() throws {
        let yaml = """
            source_priority: [web, [loyalty, pos], community]
            attributes:
              date_of_birth:
                rules: [source_priority, most_recent]
                conflicts: ignore
              phone:
                source_priority: [pos]
              gender:
                conflicts: review
            """
        let settings = try SurvivorshipConfig.parse(yaml: yaml, file: "s.yml", sources: ["web", "tills"])
        #expect(settings.sourcePriority == SourceRanking(tiers: [["web"], ["loyalty", "pos"], ["community"]]))
        #expect(settings[.dateOfBirth] == AttributeRules([.sourcePriority, .mostRecent], conflicts: .ignore))
        #expect(settings[.phone].sourcePriority == ["pos"])
        #expect(settings[.phone].rules == AttributeRules.defaults(for: .phone).rules)
        #expect(settings[.gender].conflicts == .review)
        #expect(settings[.name] == AttributeRules.defaults(for: .name))
        // A changed file writes back to the same settings.
        #expect(try SurvivorshipConfig.parse(yaml: settings.yaml, file: "s.yml") == settings)
    }

    @Test(arguments: [
        ("source_priorty: [pos]\n", 1, "source_priorty", "unknown key"),
        ("attributes:\n  shoe_size:\n    rules: [longest]\n", 2, "attributes.shoe_size", "unknown key"),
        ("attributes:\n  name:\n    rules: [most_recent, newest]\n", 3, "attributes.name.rules[1]", "unknown value 'newest'"),
        ("attributes:\n  name:\n    rules: [longest, longest]\n", 3, "attributes.name.rules[1]", "listed twice"),
        ("attributes:\n  name:\n    rules: []\n", 3, "attributes.name.rules", "no rules"),
        ("attributes:\n  name:\n    rule: [longest]\n", 3, "attributes.name.rule", "unknown key"),
        ("attributes:\n  email:\n    conflicts: review\n", 3, "attributes.email.conflicts", "keeps every value"),
        ("attributes:\n  address:\n    conflicts: maybe\n", 3, "attributes.address.conflicts", "unknown value 'maybe'"),
        ("source_priority: []\n", 1, "source_priority", "no sources"),
        ("source_priority: [pos, [loyalty, pos]]\n", 1, "source_priority[1][1]", "ranked twice"),
        ("source_priority: [pos, [[loyalty]]]\n", 1, "source_priority[1][0]", "single value"),
        ("attributes:\n  phone:\n    source_priority: [pos, tils]\n", 3, "attributes.phone.source_priority[1]", "unknown source 'tils'"),
    ] as [(String, Int, String, String)])
    func reportsConfigErrors(yaml: String, line: Int, key: String, message: String) {
        do {
            _ = try SurvivorshipConfig.parse(yaml: yaml, file: "Mappings/survivorship.yml", sources: ["tills"])
            Issue.record("parsed")
        } catch {
            #expect(error.code == .config)
            #expect(error.location?.file == "Mappings/survivorship.yml")
            #expect(error.location?.line == line, "\(error)")
            #expect(error.location?.key == key, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func anyNameIsAcceptedWithoutTheWorkspaceSources() throws {
        let settings = try SurvivorshipConfig.parse(yaml: "source_priority: [anything]\n", file: "s.yml")
        #expect(settings.sourcePriority == ["anything"])
    }
}

@Suite struct SurvivorshipWorkspaceTests {
    @Test func theTemplateWorkspaceReadsItsSurvivorshipFile() throws {
        let workspace = try TempWorkspace()
        let config = try WorkspaceConfig.load(path: workspace.config)
        #expect(config.survivorshipPath == "Mappings/survivorship.yml")
        #expect(config.survivorship == SurvivorshipSettings.defaults)
        #expect(config.sourceKinds["ecommerce_accounts"] == .ecommerce)
    }

    @Test func aChangedFileIsRead() throws {
        let workspace = try TempWorkspace()
        try workspace.write("source_priority: [ecommerce_accounts, loyalty]\n", to: "Mappings/survivorship.yml")
        let config = try WorkspaceConfig.load(path: workspace.config)
        #expect(config.survivorship.sourcePriority == ["ecommerce_accounts", "loyalty"])
    }

    @Test func withoutTheKeyOrTheFileTheDefaultsApply() throws {
        let workspace = try TempWorkspace()
        try FileManager.default.removeItem(atPath: workspace.path + "/Mappings/survivorship.yml")
        let yaml = try String(contentsOfFile: workspace.config, encoding: .utf8)
            .replacingOccurrences(of: "survivorship: Mappings/survivorship.yml\n", with: "")
        let config = try WorkspaceConfig.parse(yaml: yaml, path: "golden.yml", directory: workspace.path)
        #expect(config.survivorshipPath == nil)
        #expect(config.survivorship == SurvivorshipSettings.defaults)
    }

    @Test(arguments: [
        ("survivorship: Mappings/nope.yml\n", "survivorship", "golden.yml", "does not exist"),
        ("survivorship: Mappings/bad.yml\n", "source_priority[0]", "Mappings/bad.yml", "unknown source 'shop'"),
    ])
    func errorsNameTheFileAndKey(line: String, key: String, file: String, message: String) throws {
        let workspace = try TempWorkspace()
        try workspace.write("source_priority: [shop]\n", to: "Mappings/bad.yml")
        let yaml = try String(contentsOfFile: workspace.config, encoding: .utf8)
            .replacingOccurrences(of: "survivorship: Mappings/survivorship.yml\n", with: line)
        do {
            _ = try WorkspaceConfig.parse(yaml: yaml, path: "golden.yml", directory: workspace.path)
            Issue.record("parsed")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.location?.file == file, "\(error)")
            #expect(error.location?.key == key, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }
}
