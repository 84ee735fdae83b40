import Engage
import Foundation
import GoldenCore
import Merge
@testable import Pipeline
import Quality
@testable import Store
import Testing

/// The facts the Merge stage stores agree with the JSON path they replace, and a store without
/// them (merged before they existed) is judged and engaged the same until its next run, which
/// writes them.
@Suite(.serialized) struct GoldenFactsStoreTests {
    /// Every golden record's stored facts, by sequence, and what the JSON path gives instead.
    static func bothPaths(_ store: GoldenStore) throws -> (stored: [Int64: GoldenFacts], json: [Int64: GoldenFacts]) {
        var stored: [Int64: GoldenFacts] = [:]
        for row in try store.goldenFactsRows() {
            #expect(row.facts.hash == GoldenFacts.hash(row.facts.bytes))
            stored[row.sequence] = try GoldenFacts(encoded: row.facts.bytes)
        }
        try store.forgetGoldenFacts()
        var json: [Int64: GoldenFacts] = [:]
        try store.forEachEngageBatch(size: 100) { batch in
            for input in batch { json[input.sequence] = try EngageFacts.goldenFacts(of: input.golden) }
        }
        return (stored, json)
    }

    @Test func storedFactsEqualWhatTheRecordsJSONAndEventsGive() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let summary = try workspace.run()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let (stored, json) = try Self.bothPaths(store)
        #expect(stored.count == summary.merge?.goldenRecords && json.count == stored.count)
        var withEvents = 0, withMobile = 0, withLineage = 0
        for (sequence, facts) in stored {
            #expect(json[sequence] == facts, "golden sequence \(sequence)")
            if !facts.events.isEmpty { withEvents += 1 }
            if facts.profile.mobile != nil { withMobile += 1 }
            if facts.profile.emailLineage?.isEmpty == false { withLineage += 1 }
        }
        #expect(withEvents > 10 && withMobile > 10 && withLineage > 10)
    }

    @Test func judgingAndEngagingWithoutFactsGiveTheSameResults() throws {
        let workspace = try EngageRunTests.workspace()
        let (summary, store) = try EngageRunTests.run(workspace)
        let day = Day(EngageRunTests.day)
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        let quality = QualityStage(config: runner.config, store: store, asOf: EngageRunTests.day)
        let judged = try quality.evaluate()
        let actions = try store.engageActions(day: day.index).map { "\($0.goldenID) \($0.action)" }
        let states = try store.engageStates()
        #expect(!actions.isEmpty && (summary.engage?.customers ?? 0) > 100)

        try store.forgetGoldenFacts()
        #expect(try store.goldenFactsRows().isEmpty)
        #expect(try quality.evaluate() == judged)
        let (again, _) = try EngageRunTests.run(workspace, command: "engage")
        #expect(again.engage?.mode == "replaced")
        #expect(try store.engageActions(day: day.index).map { "\($0.goldenID) \($0.action)" } == actions)
        #expect(try store.engageStates() == states)
    }

    /// An upgraded store: its next run merges in full, writes every record's facts and leaves
    /// the golden records themselves (and so the change feed) untouched.
    @Test func aStoreWithoutFactsGetsThemFromItsNextRun() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let before = try store.goldenFactsRows()
        try store.forgetGoldenFacts()
        let next = try workspace.run()
        #expect(next.merge?.mode == "full")
        #expect(next.merge?.created == 0 && next.merge?.updated == 0)
        #expect(try store.goldenFactsRows() == before)
        #expect(try workspace.run().merge?.mode == "incremental")
    }
}
