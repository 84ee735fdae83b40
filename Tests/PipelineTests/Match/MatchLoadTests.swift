import Foundation
import GoldenCore
import Match
import Store
import Testing

@testable import Pipeline

/// Loading the normalized records for matching: decoded in parallel pages and moved into one
/// array, the same records in the same order as decoding them one by one; a malformed payload
/// fails the load with a store error, whichever partition of a page it is in.
@Suite(.serialized) struct MatchLoadTests {
    /// The febrl3 fixture, ingested and normalized: 5,000 records, one page of two partitions.
    static func normalized() throws -> (TempWorkspace, Runner) {
        let workspace = try TempWorkspace(copying: "labelled/febrl3")
        let runner = try Runner(configPath: workspace.config, progress: .silent, threads: 2)
        _ = try runner.run(command: "ingest")
        _ = try runner.run(command: "normalize")
        return (workspace, runner)
    }

    @Test func loadsEveryRecordInRecordIdOrder() throws {
        let (_, runner) = try Self.normalized()
        var expected: [MatchRecord] = []
        try runner.store.forEachNormalized { id, record in expected.append(MatchRecord(id: id, normalized: record)) }
        #expect(expected.count > 1000)
        for threads in [1, 2, 3] {
            let loaded = try MatchStage(config: runner.config, store: runner.store, threads: threads).loadRecords()
            #expect(loaded == expected)
        }
    }

    @Test(arguments: [[100], [3_000], [100, 3_000]])
    func aMalformedPayloadFailsTheLoad(positions: [Int]) throws {
        let (_, runner) = try Self.normalized()
        var ids: [Int64] = []
        try runner.store.forEachNormalized { id, _ in ids.append(id) }
        var broken: [EncodedNormalizedRecord] = []
        try runner.store.forEachNormalized { id, record in
            guard let position = ids.firstIndex(of: id), positions.contains(position) else { return }
            var encoded = EncodedNormalizedRecord(recordID: id, record)
            encoded.payload = Array(encoded.payload.prefix(3))
            broken.append(encoded)
        }
        try runner.store.writeNormalized(broken, runID: 1)
        do {
            _ = try MatchStage(config: runner.config, store: runner.store, threads: 2).loadRecords()
            Issue.record("a malformed payload was loaded")
        } catch {
            #expect(error.code == .store)
        }
    }
}

/// The block keys kept in the store's index group records exactly as the blocker does.
@Suite struct BlockKeyIndexTests {
    @Test func recordsSharingAKeyAreTheBlockersCandidates() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let runner = try Runner(configPath: workspace.config, progress: .silent, threads: 2)
        _ = try runner.run(command: "ingest")
        _ = try runner.run(command: "normalize")
        let records = try MatchStage(config: runner.config, store: runner.store, threads: 2).loadRecords()
        let blocker = Blocker(settings: runner.config.match)
        let keys = blocker.blockKeys(of: records, threads: 2)
        #expect(keys.count == records.count)
        var blocks: [RecordBlockKeys.Key: [Int]] = [:]
        for position in records.indices {
            let own = Array(keys.keys(of: position))
            #expect(Set(own).count == own.count)
            for key in own { blocks[key, default: []].append(position) }
        }
        var pairs = Set<RecordPair>()
        for members in blocks.values where members.count <= blocker.maxBlockSize {
            for (index, a) in members.enumerated() { for b in members[(index + 1)...] { pairs.insert(RecordPair(a, b)) } }
        }
        let candidates = blocker.candidates(in: records, threads: 2).pairs
        #expect(candidates.count > 100)
        #expect(pairs == Set(candidates))
    }
}
