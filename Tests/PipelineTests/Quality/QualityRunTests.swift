import Foundation
import GoldenCore
import Ingest
import Pipeline
import Quality
import Store
import Testing

@Suite(.serialized) struct QualityRunTests {
    static let asOf = Timestamp(iso8601: "2024-09-01T00:00:00Z")!

    static func run(_ workspace: TempWorkspace, asOf: Timestamp = asOf) throws -> (summary: RunSummary, store: GoldenStore) {
        var runner = try Runner(configPath: workspace.config, progress: .silent)
        runner.asOf = asOf
        return (try runner.run(command: "run"), runner.store)
    }

    @Test func aRunEndsWithTheQualityStageAndStoresItsResult() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let (summary, store) = try Self.run(workspace)
        let quality = try #require(summary.quality)
        let merge = try #require(summary.merge)
        #expect(summary.exitCode == 0)
        #expect(quality.asOf == "2024-09-01T00:00:00Z")
        #expect(quality.goldenRecords == merge.goldenRecords)
        #expect(quality.fresh + quality.warn + quality.stale + quality.unknown == quality.goldenRecords)
        #expect(quality.fresh > 0 && quality.checks > 0 && quality.failures.isEmpty)
        #expect(summary.text.contains("quality as of 2024-09-01T00:00:00Z: \(merge.goldenRecords) golden records"))
        #expect(summary.json.contains("\"quality\" : {"))

        let stored = try #require(try store.recentQualityResults(limit: 5).first)
        #expect(stored.runID == summary.runID)
        #expect(stored.asOf == Self.asOf)
        let figures: [Int] = [stored.goldenRecords, stored.fresh, stored.warn, stored.stale, stored.dormant]
        #expect(figures == [quality.goldenRecords, quality.fresh, quality.warn, quality.stale, quality.dormant])
        #expect(stored.checksWarned == quality.warnings.count && stored.checksFailed == 0)
        #expect(try store.appliedMigrations().contains("v6-quality"))

        // Later as-of dates age every value: nothing gets fresher.
        let later = try #require(try Self.run(workspace, asOf: Timestamp(iso8601: "2026-01-01T00:00:00Z")!).summary.quality)
        #expect(later.fresh <= quality.fresh && later.stale >= quality.stale && later.dormant >= quality.dormant)
        #expect(try store.recentQualityResults(limit: 5).count == 2)
    }

    @Test func aFailingCheckEndsTheRunWithExitCode3AndOneMessagePerFailure() throws {
        let workspace = try TempWorkspace(copying: "retail")
        try workspace.write(
            "checks:\n  - {metric: completeness, field: email, fail_below: 0.999}\n  - {metric: validity, field: phone, warn_below: 0.1}\n",
            to: "Mappings/quality.yml")
        let (summary, store) = try Self.run(workspace)
        // Independently: the sources whose mapping fills e-mail and whose records do not all carry a usable one.
        let config = try WorkspaceConfig.load(path: workspace.config)
        let withEmail = Set(config.sources.filter { $0.mapping.record?.fields.contains { $0.attribute == .email } ?? false }.map(\.name))
        var records: [String: (all: Int, usable: Int)] = [:]
        try store.forEachNormalized { _, record in
            guard withEmail.contains(record.source) else { return }
            records[record.source, default: (0, 0)].all += 1
            if record.emails.contains(where: { $0.status.isUsable }) { records[record.source, default: (0, 0)].usable += 1 }
        }
        let failing = records.filter { Double($0.value.usable) / Double($0.value.all) < 0.999 }.keys.sorted()
        #expect(!failing.isEmpty)

        let quality = try #require(summary.quality)
        #expect(summary.exitCode == 3)
        #expect(summary.status == "quality-threshold")
        #expect(quality.failures.count == failing.count)
        #expect(quality.failures.map { String($0.prefix { $0 != "." }) }.sorted() == failing)
        #expect(quality.failures.allSatisfy { $0.contains("email completeness") && $0.contains("below the fail level 0.999") })
        #expect(quality.warnings.isEmpty)
        // Figures and names only: no value of a record.
        #expect(!(quality.failures + summary.messages).contains { $0.contains("@") })
        #expect(try store.run(summary.runID)?.status == .quarantineLimit)
        #expect(try store.recentQualityResults(limit: 1).first?.checksFailed == failing.count)
    }
}
