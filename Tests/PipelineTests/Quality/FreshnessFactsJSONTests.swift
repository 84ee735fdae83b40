import Foundation
import GoldenCore
import Merge
import Pipeline
import Quality
import Store
import Testing

/// The fast path that reads freshness facts from stored JSON agrees with decoding the records.
@Suite struct FreshnessFactsJSONTests {
    @Test func storedRecordsGiveTheSameFactsAsTheirDecodedForm() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        var compared = 0, withHistory = 0, withAssertions = 0
        try store.forEachGoldenRecord { stored in
            let json = try #require(stored.record)
            let record: GoldenRecord = try MergeJSON.decode(json)
            let history = try stored.history.map { try MergeJSON.decode($0, as: HistorySummary.self) }
            let decoded = FreshnessFacts(record: record, history: history)
            let scanned = try FreshnessFacts(recordJSON: json, historyJSON: stored.history)
            #expect(scanned == decoded, "\(stored.goldenID)")
            compared += 1
            if decoded.lastEvent != nil { withHistory += 1 }
            if decoded.preferred.count > 2 { withAssertions += 1 }
        }
        #expect(compared > 100 && withHistory > 0 && withAssertions > 0)
    }

    @Test(arguments: ["", "{", "{\"emails\":[{\"lineage\":[{\"observed_at\":{}}]}]}", "{\"name\":{\"preferred\":maybe}}", "[1]"])
    func malformedJSONIsAnErrorNotACrash(_ json: String) {
        #expect(throws: GoldenError.self) { try FreshnessFacts(recordJSON: json, historyJSON: nil) }
    }

    @Test func aRecordWithoutValuesHasNoFacts() throws {
        let facts = try FreshnessFacts(recordJSON: MergeJSON.encode(GoldenRecord()), historyJSON: MergeJSON.encode(HistorySummary()))
        #expect(facts.preferred.isEmpty && facts.latestAssertion == nil && facts.lastEvent == nil)
    }
}
