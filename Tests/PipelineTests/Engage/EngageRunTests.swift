import Engage
import Foundation
import GoldenCore
@testable import Pipeline
import Store
import Testing

/// The Engage stage over a real workspace: `golden run` ends with it, `golden engage` decides one
/// day, idempotently, and never rewrites an earlier day.
@Suite(.serialized) struct EngageRunTests {
    static let day = Timestamp(iso8601: "2026-06-30T00:00:00Z")!

    /// The retail workspace with the shipped rules, calendar and a small offer bank (two bad rows).
    static func workspace() throws -> TempWorkspace {
        let workspace = try TempWorkspace(copying: "retail")
        try workspace.write(WorkspaceTemplate.engageYML, to: "Mappings/engage.yml")
        try workspace.write(WorkspaceTemplate.calendarCSV, to: "Mappings/calendar.csv")
        try workspace.write(
            """
            offer_id,category,sku,cost,valid_from,valid_to,quantity,budget
            TOYS10,TOYS,,2.50,2026-01-01,2026-12-31,,10
            ELEC15,ELECTRONICS,,5,2026-01-01,2026-12-31,3,
            GARDEN5,GARDEN,,1.5,2026-01-01,2026-12-31,,
            FOOD3,FOOD & DRINK,,0.75,2026-01-01,2026-12-31,50,
            ,TOYS,,1,2026-01-01,2026-12-31,,
            BAD1,TOYS,,abc,2026-01-01,2026-12-31,,

            """, to: "Mappings/offers.csv")
        return workspace
    }

    static func run(_ workspace: TempWorkspace, command: String = "run", asOf: Timestamp = day) throws -> (RunSummary, GoldenStore) {
        var runner = try Runner(configPath: workspace.config, progress: .silent)
        runner.asOf = asOf
        return (try runner.run(command: command), runner.store)
    }

    static func read(_ workspace: TempWorkspace, _ relative: String) throws -> String {
        try String(contentsOfFile: workspace.path + "/" + relative, encoding: .utf8)
    }

    @Test func aRunEndsWithEngagementAndWritesTheDay() throws {
        let workspace = try Self.workspace()
        let (summary, store) = try Self.run(workspace)
        let engage = try #require(summary.engage)
        let merge = try #require(summary.merge)
        #expect(summary.exitCode == 0)
        #expect(engage.asOf == "2026-06-30" && engage.mode == "new")
        #expect(engage.customers == merge.goldenRecords)
        #expect(engage.lines.values.reduce(0, +) == engage.customers)
        #expect(engage.stages.values.reduce(0, +) == engage.customers)
        // Every customer is decided for the first time: one transition each, from nothing.
        #expect(engage.transitionTotal == engage.customers)
        #expect(engage.transitions.allSatisfy { $0.name.hasPrefix("(new) → ") })
        #expect(engage.actions > 0 && engage.channels.values.reduce(0, +) == engage.actions)

        // The actions file holds the planned and the unreachable actions, one line each.
        let file = try Self.read(workspace, "engage/actions-2026-06-30.csv")
        let lines = file.split(separator: "\n")
        #expect(lines.first == Substring(EngageActionsFile.columns.joined(separator: ",")))
        #expect(lines.count - 1 == engage.actions + engage.unreachable)
        let stored = try store.engageActions(day: Day(Self.day).index)
        #expect(stored.count == engage.actions + engage.unreachable)
        var streamed: [String] = []
        try store.forEachEngageAction(day: Day(Self.day).index) { action, golden in streamed.append("\(golden) \(action)") }
        #expect(streamed == stored.map { "\($0.goldenID) \($0.action)" })
        // What the next day's memory reads of the day: the actions that went out on a channel,
        // each record's in the order they were written.
        var memory: [Int64: [String]] = [:]
        try store.forEachEngageAction(status: "planned", from: Day(Self.day).index, to: Day(Self.day).index + 1) {
            memory[$0.sequence, default: []].append("\($0.day) \($0.kind) \($0.rule) \($0.step ?? "-") \($0.channel)")
        }
        let sent = stored.map(\.action).filter { $0.status == "planned" && $0.channel != nil }
        #expect(!sent.isEmpty && sent.count < stored.count)
        #expect(memory == Dictionary(grouping: sent, by: \.sequence).mapValues { actions in
            actions.map { "\($0.day) \($0.kind) \($0.rule) \($0.step ?? "-") \($0.channel ?? "")" }
        })
        // The stage's file is the one written from the stored rows as the publish streams them.
        let rewritten = workspace.path + "/engage/streamed.csv"
        let count = try EngageActionsFile.write(format: .csv, to: rewritten) { emit in
            try store.forEachEngageAction(day: Day(Self.day).index) { try emit($0, $1) }
        }
        #expect(count == stored.count)
        #expect(try Self.read(workspace, "engage/streamed.csv") == file)

        // Offers: allocated within quantity and budget; the bad rows quarantined with line and field.
        let used = Dictionary(uniqueKeysWithValues: engage.offers.map { ($0.offer, $0) })
        #expect((used["ELEC15"]?.allocated ?? 0) <= 3)
        #expect((used["TOYS10"]?.cost ?? 0) <= 10)
        #expect(engage.offerRowsQuarantined == 2)
        var quarantined: [QuarantinedRow] = []
        try store.forEachQuarantined { if $0.row.source == "offers" { quarantined.append($0.row) } }
        #expect(quarantined.map(\.line) == [6, 7])
        #expect(quarantined.map(\.field) == ["offer_id", "cost"])

        // The summary is stored for the report, and shown in it.
        #expect(try store.engageDaySummaries(limit: 3).map(\.day) == [Day(Self.day).index])
        let report = try QualityReport.make(config: WorkspaceConfig.load(path: workspace.config), store: store, asOf: Self.day)
        #expect(report.html.contains("<h2>Engagement</h2>"))
        #expect(report.text.contains("engage 2026-06-30: \(engage.customers) customers"))
    }

    @Test func engagingTheSameDayAgainChangesNothing() throws {
        let workspace = try Self.workspace()
        let (first, store) = try Self.run(workspace)
        let firstFile = try Self.read(workspace, "engage/actions-2026-06-30.csv")
        let snapshot = try Self.tables(store)
        let (again, _) = try Self.run(workspace, command: "engage")
        #expect(again.engage?.mode == "replaced")
        #expect(try Self.read(workspace, "engage/actions-2026-06-30.csv") == firstFile)
        #expect(try Self.tables(store) == snapshot)
        #expect(again.engage?.transitionTotal == first.engage?.transitionTotal)
        var quarantined = 0
        try store.forEachQuarantined { if $0.row.source == "offers" { quarantined += 1 } }
        #expect(quarantined == 2)
    }

    @Test func laterDaysKeepHistoryAndEarlierDaysAreRefused() throws {
        let workspace = try Self.workspace()
        let (first, store) = try Self.run(workspace)
        let later = Timestamp(iso8601: "2026-07-14T00:00:00Z")!
        let (second, _) = try Self.run(workspace, command: "engage", asOf: later)
        let engage = try #require(second.engage)
        #expect(engage.mode == "new" && engage.customers == first.engage?.customers)
        // Ladders started on the first day move up a step after their 14-day wait.
        #expect(engage.actionsByRule.contains { $0.name.hasPrefix("ladder win_back/coupon_10") })
        // Every transition of both days is kept, with its day.
        let days = try store.engageDaySummaries(limit: 5).map(\.day)
        #expect(days == [Day(later).index, Day(Self.day).index])
        #expect(try #require(first.engage).transitionTotal + engage.transitionTotal == store.engageRowCounts().transitions)

        #expect {
            try Self.run(workspace, command: "engage", asOf: Self.day)
        } throws: { error in
            (error as? GoldenError)?.exitCode == 2 && "\(error)".contains("already decided up to 2026-07-14")
        }
    }

    @Test func publishWritesTheActionsBesideTheChangeFeed() throws {
        let workspace = try Self.workspace()
        let (summary, _) = try Self.run(workspace)
        let publish = try #require(summary.publish)
        let relative = try #require(publish.actions)
        #expect(relative.hasSuffix("actions-2026-06-30.jsonl") || relative.hasSuffix("actions-2026-06-30.jsonl.gz"))
        #expect(publish.actionCount == (summary.engage?.actions ?? 0) + (summary.engage?.unreachable ?? 0))
    }

    /// The engagement tables' contents, for before/after comparisons.
    static func tables(_ store: GoldenStore) throws -> [String] {
        var rows = try store.engageStates().map { "\($0)" }
        for day in try store.engageDaySummaries(limit: 10) {
            for (action, golden) in try store.engageActions(day: day.day) { rows.append("\(golden) \(action)") }
        }
        let goldens = try store.goldenCounts().active
        for sequence in 1...Int64(goldens + 5) {
            rows += try store.engageTransitions(sequence: sequence).map { "\($0)" }
        }
        return rows
    }
}
