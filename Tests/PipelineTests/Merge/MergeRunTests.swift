import Foundation
import GoldenCore
import Match
import Merge
import Pipeline
import Store
import Testing

@Suite(.serialized) struct MergeRunTests {
    /// The golden records as sets of `source:key`, keyed by golden id.
    static func partition(_ store: GoldenStore) throws -> [String: Set<String>] {
        var groups: [String: Set<String>] = [:]
        try store.forEachXref { source, key, golden in groups[golden, default: []].insert(source + ":" + key) }
        return groups
    }

    @Test func aRunMakesOneGoldenRecordPerClusterAndARerunChangesNothing() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let first = try workspace.run()
        let merge = try #require(first.merge)
        let clustering = try #require(first.match?.clustering)
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        #expect(merge.records == clustering.records)
        #expect(merge.goldenRecords == clustering.clusters)
        #expect(merge.created == merge.goldenRecords)
        #expect(merge.updated == 0 && merge.merged == 0 && merge.splits == 0)
        #expect(merge.events > 0)
        #expect(try store.goldenCounts() == (active: clustering.clusters, retired: 0, records: clustering.records))
        // Every golden record decodes, and its members are the records the xref gives it.
        let groups = try Self.partition(store)
        #expect(groups.count == clustering.clusters)
        var withEmail = 0
        try store.forEachGoldenRecord { stored in
            let record: GoldenRecord = try MergeJSON.decode(try #require(stored.record))
            _ = try MergeJSON.decode(try #require(stored.history), as: HistorySummary.self)
            #expect(stored.recordCount == groups[stored.goldenID]?.count)
            if !record.emails.isEmpty { withEmail += 1 }
            // Lineage names members of this golden record only.
            for value in record.emails {
                for assertion in value.lineage {
                    #expect(groups[stored.goldenID]?.contains(assertion.source + ":" + assertion.key) == true)
                }
            }
        }
        #expect(withEmail > 0)
        #expect(try store.mergeLog().count(where: { $0.entry.action == "create" }) == clustering.clusters)

        let before = try Self.partition(store)
        let second = try #require(try workspace.run().merge)
        #expect(second.created == 0 && second.updated == 0 && second.merged == 0)
        // Nothing new: an incremental run with nothing to rebuild.
        #expect(second.mode == "incremental" && second.rebuiltRecords == 0)
        #expect(second.goldenRecords == merge.goldenRecords)
        #expect(try Self.partition(store) == before)
        #expect(try store.mergeLog().count == clustering.clusters)
    }

    /// Stricter thresholds split clusters; the shipped ones join them again. Ids follow the rules:
    /// a split keeps the id on the larger part; a merge keeps the older id and redirects the other.
    @Test func idsAreStableThroughSplitAndMerge() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let original = try Self.partition(store)

        try workspace.write("thresholds:\n  match: 0.999999\n  review: 0.5\n", to: "Mappings/match.yml")
        let strict = try #require(try workspace.run().merge)
        #expect(strict.splits > 0)
        let split = try Self.partition(store)
        #expect(split.count > original.count)
        // Every original id lives on, on the larger part of its records.
        for (id, records) in original {
            let kept = try #require(split[id])
            #expect(kept.isSubset(of: records))
            for (other, part) in split where other != id && !part.isDisjoint(with: records) {
                #expect(part.count <= kept.count)
            }
        }
        #expect(try store.mergeLog().contains { $0.entry.action == "split" })

        try FileManager.default.removeItem(atPath: workspace.path + "/Mappings/match.yml")
        let relaxed = try #require(try workspace.run().merge)
        #expect(relaxed.merged > 0)
        // The same clusters as at first, under the same ids: each split-off id retired into the
        // older original id.
        #expect(try Self.partition(store) == original)
        for id in Set(split.keys).subtracting(original.keys) {
            #expect(try store.resolveGoldenID(id).map { original[$0] != nil } == true)
            #expect(try store.goldenRecord(id: id)?.status == "retired")
        }
    }

    /// Feeds that arrive run by run give the same golden records as all of them at once.
    @Test func incrementalRunsEqualAFullRun() throws {
        let full = try TempWorkspace(copying: "retail")
        _ = try full.run()
        let fullPartition = Set(try Self.partition(try Runner(configPath: full.config, progress: .silent).store).values)

        let incremental = try TempWorkspace(copying: "retail")
        // Train the model on everything first, so both workspaces score with the same one.
        let model = try Runner(configPath: full.config, progress: .silent).store.latestMatchModel()
        let held = incremental.path + "/held-back"
        try FileManager.default.createDirectory(atPath: held, withIntermediateDirectories: true)
        let community = incremental.path + "/feeds/community"
        for file in try FileManager.default.contentsOfDirectory(atPath: community) {
            try FileManager.default.moveItem(atPath: community + "/" + file, toPath: held + "/" + file)
        }
        let store = try Runner(configPath: incremental.config, progress: .silent).store
        let saved = try #require(model)
        _ = try store.saveMatchModel(json: saved.json, fingerprint: saved.fingerprint, runID: nil, at: .now)
        _ = try incremental.run()
        let partial = try Self.partition(store)
        for file in try FileManager.default.contentsOfDirectory(atPath: held) {
            try FileManager.default.moveItem(atPath: held + "/" + file, toPath: community + "/" + file)
        }
        _ = try incremental.run()
        #expect(Set(try Self.partition(store).values) == fullPartition)
        // Golden records that gained no community profile kept their ids and members.
        let after = try Self.partition(store)
        for (id, records) in partial where after[id] == records {
            #expect(try store.goldenRecord(id: id)?.status == "active")
        }
        #expect(partial.keys.filter { after[$0] != nil }.count >= partial.count * 9 / 10)
    }
}
