import Foundation
import GoldenCore
import Testing

@testable import Pipeline

@Suite struct GlobTests {
    @Test(arguments: [
        ("feeds/pos/*.csv", "feeds/pos/a.csv", true), ("feeds/pos/*.csv", "feeds/pos/a.csv.gz", false),
        ("feeds/pos/*.csv*", "feeds/pos/a.csv.gz", true), ("feeds/**/*.xml", "feeds/a/b/c.xml", true),
        ("feeds/**/*.xml", "feeds/c.xml", true), ("feeds/p?s/*", "feeds/pos/x", true),
        ("feeds/[pq]os/*", "feeds/qos/x", true), ("feeds/[!p]os/*", "feeds/pos/x", false),
        ("feeds/[a-c]*", "feeds/b1", true), ("*.csv", "dir/a.csv", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    @Test func walksDirectories() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("glob-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        for path in ["feeds/pos/b.csv", "feeds/pos/a.csv", "feeds/pos/old/c.csv", "feeds/x.txt", "feeds/pos/.hidden.csv"] {
            let full = base + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data())
        }
        #expect(Glob("feeds/pos/*.csv").files(in: base) == ["feeds/pos/a.csv", "feeds/pos/b.csv"])
        #expect(Glob("feeds/**/*.csv").files(in: base) == ["feeds/pos/a.csv", "feeds/pos/b.csv", "feeds/pos/old/c.csv"])
        #expect(Glob("nothing/*").files(in: base).isEmpty)
    }
}

@Suite struct WorkspaceTemplateTests {
    @Test func templateLoadsAndChecks() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        try WorkspaceTemplate.write(to: base)
        let config = try WorkspaceConfig.load(path: base + "/golden.yml")
        #expect(config.sources.map(\.name) == [
            "pos", "loyalty", "loyalty_activity", "ecommerce_accounts", "ecommerce_orders", "ecommerce_messages",
            "community_profiles", "community_activity", "service_cases_accounts", "service_cases_members",
        ])
        #expect(config.storePath == base + "/golden.sqlite")
        #expect(throws: GoldenError.self) { try WorkspaceTemplate.write(to: base) }
        try WorkspaceTemplate.write(to: base, force: true)
    }

    @Test(arguments: [
        ("sources:\n  - name: pos\n    kind: till\n    mapping: Mappings/pos.yml\n    files: [a]\n", 3, "sources[0].kind"),
        ("sources:\n  - name: pos\n    kind: pos\n    mapping: Mappings/nope.yml\n    files: [a]\n", 4, "sources[0].mapping"),
        ("sources:\n  - name: Pos!\n    kind: pos\n    mapping: Mappings/pos.yml\n    files: [a]\n", 2, "sources[0].name"),
        ("stores: x\nsources: []\n", 1, "stores"),
        ("sources:\n  - name: pos\n    kind: pos\n    mapping: Mappings/pos.yml\n    files: [a]\ningest:\n  quarantine_limit: 2\n", 7, "ingest.quarantine_limit"),
        ("sources:\n  - name: orders\n    kind: ecommerce\n    mapping: Mappings/ecommerce_orders.yml\n    files: [a]\n", nil, "events[0].subject.source"),
    ] as [(String, Int?, String)])
    func configErrors(yaml: String, line: Int?, key: String) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        try WorkspaceTemplate.write(to: base)
        do {
            _ = try WorkspaceConfig.parse(yaml: yaml, path: "golden.yml", directory: base)
            Issue.record("parsed")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.location?.key == key, "\(error)")
            if let line { #expect(error.location?.line == line, "\(error)") }
        }
    }
}
