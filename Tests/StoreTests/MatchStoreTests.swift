import Foundation
import GRDB
import GoldenCore
@testable import Store
import Testing

/// A store with records `M1`…`Mn` of source `loyalty`, a run, and the records' ids.
private struct MatchFixture {
    let fixture: StoreFixture
    let run: Int64
    let ids: [Int64]
    var store: GoldenStore { fixture.store }

    init(records: Int = 6) throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(
            IngestChunk(records: (1...records).map { record("M\($0)", observed: 10) }), batch: batch, runID: run)
        self.fixture = fixture
        self.run = run
        ids = try (1...records).map { try #require(try fixture.store.recordID(source: "loyalty", key: "M\($0)")) }
    }

    /// Pair of records `i` and `j` (1-based, as the keys), in the order given.
    func pair(_ i: Int, _ j: Int, _ probability: Double, band: String = "match") -> StoredMatchPair {
        StoredMatchPair(
            recordA: ids[i - 1], recordB: ids[j - 1], probability: probability, weight: probability * 10,
            vector: -0x0F00_0000_0000_0001, band: band)
    }

    func item(_ kind: String, _ i: Int, _ j: Int, _ probability: Double?) -> NewReviewItem {
        NewReviewItem(kind: kind, recordA: ids[i - 1], recordB: ids[j - 1], probability: probability, reason: "why \(kind)")
    }

    /// Every row of the match tables, as text, for comparing whole states.
    func rows() throws -> [String] {
        try store.writer.read { db in
            try ["match_pairs", "match_clusters", "review_items", "match_models"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
            }
        }
    }
}

@Suite struct MatchModelStoreTests {
    @Test func modelsAreVersionedAndRoundTrip() throws {
        let match = try MatchFixture()
        let store = match.store
        #expect(try store.latestMatchModel() == nil)
        let first = try store.saveMatchModel(json: #"{"m":[0.9]}"#, fingerprint: "f1", runID: match.run, at: .at(1_000))
        let second = try store.saveMatchModel(json: #"{"m":[0.8]}"#, fingerprint: "f2", runID: nil, at: .at(2_000))
        #expect((first, second) == (1, 2))
        let latest = StoredMatchModel(version: 2, createdAt: .at(2_000), runID: nil, fingerprint: "f2", json: #"{"m":[0.8]}"#)
        #expect(try store.latestMatchModel() == latest)
        #expect(try store.matchModel(version: 1) == StoredMatchModel(
            version: 1, createdAt: .at(1_000), runID: match.run, fingerprint: "f1", json: #"{"m":[0.9]}"#))
        #expect(try store.matchModel(version: 3) == nil)
        #expect(try store.matchModels().map(\.version) == [1, 2])
        #expect(try store.matchCounts().models == 2)
        #expect(try store.matchCounts().latestModel == 2)
        // Stored as ISO 8601 text.
        #expect(try store.writer.read { try String.fetchOne($0, sql: "SELECT created_at FROM match_models WHERE version = 1") }
            == "1970-01-01T00:16:40Z")
    }

    @Test(arguments: [("not json", "f", 1 as Int64?), (#"{"ok":1}"#, "f", 99)])
    func invalidModelsAreRefused(json: String, fingerprint: String, run: Int64?) throws {
        let match = try MatchFixture()
        #expect {
            _ = try match.store.saveMatchModel(json: json, fingerprint: fingerprint, runID: run, at: .at(1))
        } throws: { error in
            (error as? GoldenError)?.code == .store
        }
        #expect(try match.store.matchModels().isEmpty)
    }
}

@Suite struct MatchResultsStoreTests {
    @Test func resultsRoundTrip() throws {
        let match = try MatchFixture()
        let store = match.store
        let ids = match.ids
        let pairs = [match.pair(2, 1, 0.99), match.pair(3, 4, 0.7, band: "review"), match.pair(1, 3, 0.1, band: "non_match")]
        let changes = try store.replaceMatchResults(
            runID: match.run, pairs: pairs,
            clusters: [(ids[2], ids[2]), (ids[0], ids[0]), (ids[1], ids[0]), (ids[3], ids[3])],
            reviews: [match.item("review_band", 4, 3, 0.7)], at: .at(5_000))
        #expect(changes == ReviewQueueChanges(inserted: 1))

        // Either order finds the pair; the smaller id comes first.
        let stored = try #require(try store.matchPair(recordA: ids[0], recordB: ids[1]))
        #expect(stored == pairs[0])
        #expect((stored.recordA, stored.recordB) == (ids[0], ids[1]))
        #expect(try store.matchPair(recordA: ids[1], recordB: ids[0]) == pairs[0])
        #expect(try store.matchPair(recordA: ids[0], recordB: ids[4]) == nil)
        var streamed: [StoredMatchPair] = []
        try store.forEachMatchPair { streamed.append($0) }
        #expect(streamed == [pairs[0], pairs[2], pairs[1]])

        #expect(try store.clusterID(recordID: ids[1]) == ids[0])
        #expect(try store.clusterID(recordID: ids[5]) == nil)
        #expect(try store.clusterAssignments() == [ids[0]: ids[0], ids[1]: ids[0], ids[2]: ids[2], ids[3]: ids[3]])
        var assignments: [(Int64, Int64)] = []
        try store.forEachClusterAssignment { assignments.append(($0, $1)) }
        #expect(assignments.map(\.0) == Array(ids[0...3]))

        let items = try store.reviewItems(status: "open")
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect((item.kind, item.status, item.recordA, item.recordB) == ("review_band", "open", ids[2], ids[3]))
        #expect((item.probability, item.reason, item.createdRun, item.updatedAt) == (0.7, "why review_band", match.run, .at(5_000)))
        #expect(try store.reviewItems(status: "accepted").isEmpty)

        var expected = MatchCounts()
        expected.pairsByBand = ["match": 1, "review": 1, "non_match": 1]
        expected.clusteredRecords = 4
        expected.clusters = 3
        expected.reviewsByStatus = ["open": 1]
        #expect(try store.matchCounts() == expected)
        #expect(try store.matchCounts().openReviews == 1)
        #expect(try store.matchCounts().pairs == 3)
    }

    /// Run 1 queues three items; a steward decides one; run 2 produces one again (changed), one
    /// new, and not the third.
    @Test(arguments: ["accepted", "rejected", "merged"])
    func replacingKeepsDecisionsAndDropsStaleOpenItems(decision: String) throws {
        let match = try MatchFixture()
        let store = match.store
        let ids = match.ids
        try store.replaceMatchResults(
            runID: match.run, pairs: [match.pair(1, 2, 0.99), match.pair(3, 4, 0.97)],
            clusters: [(ids[0], ids[0]), (ids[1], ids[0])],
            reviews: [
                match.item("review_band", 1, 2, 0.7), match.item("cannot_link", 2, 3, 0.98),
                match.item("household", 3, 4, 0.99),
            ],
            at: .at(100))
        let first = try store.reviewItems(status: nil)
        try store.setReviewStatus(first[0].id, status: decision, at: .at(150))

        let run2 = try store.beginRun(command: "match", at: .at(200))
        let changes = try store.replaceMatchResults(
            runID: run2, pairs: [match.pair(5, 6, 0.96)], clusters: [(ids[4], ids[4]), (ids[5], ids[4])],
            reviews: [match.item("cannot_link", 3, 2, 0.985), match.item("cluster_size", 5, 6, 0.96)],
            at: .at(300))
        #expect(changes == ReviewQueueChanges(inserted: 1, updated: 1, removed: 1))

        let items = try store.reviewItems(status: nil)
        #expect(items.map(\.kind) == ["review_band", "cannot_link", "cluster_size"])
        // The decided item is untouched, though not produced again.
        #expect(items[0] == StoredReviewItem(
            id: first[0].id, kind: "review_band", status: decision, recordA: ids[0], recordB: ids[1], probability: 0.7,
            reason: "why review_band", createdRun: match.run, updatedAt: .at(150)))
        // Produced again with a new probability: same id and creating run, updated.
        #expect((items[1].id, items[1].createdRun, items[1].probability, items[1].updatedAt)
            == (first[1].id, match.run, 0.985, .at(300)))
        #expect((items[2].status, items[2].createdRun, items[2].updatedAt) == ("open", run2, .at(300)))
        #expect(try store.reviewItems(status: "open").map(\.kind) == ["cannot_link", "cluster_size"])
        // Pairs and clusters are replaced wholesale.
        #expect(try store.matchPair(recordA: ids[0], recordB: ids[1]) == nil)
        #expect(try store.clusterAssignments() == [ids[4]: ids[4], ids[5]: ids[4]])
    }

    @Test func reRunningWithTheSameInputsLeavesIdenticalRows() throws {
        let match = try MatchFixture()
        let store = match.store
        let ids = match.ids
        _ = try store.saveMatchModel(json: "{}", fingerprint: "f", runID: match.run, at: .at(1))
        func write(at time: Int64) throws -> ReviewQueueChanges {
            try store.replaceMatchResults(
                runID: match.run, pairs: [match.pair(1, 2, 0.99), match.pair(1, 3, 0.6, band: "review")],
                clusters: [(ids[0], ids[0]), (ids[1], ids[0]), (ids[2], ids[2])],
                reviews: [match.item("review_band", 1, 3, 0.6), match.item("household", 4, 5, nil)], at: .at(time))
        }
        #expect(try write(at: 100) == ReviewQueueChanges(inserted: 2))
        let before = try match.rows()
        #expect(before.count == 8)
        #expect(try write(at: 200) == ReviewQueueChanges())
        #expect(try match.rows() == before)
    }

    @Test func badInputWritesNothing() throws {
        let match = try MatchFixture()
        let store = match.store
        let ids = match.ids
        try store.replaceMatchResults(
            runID: match.run, pairs: [match.pair(1, 2, 0.99)], clusters: [(ids[0], ids[0]), (ids[1], ids[0])],
            reviews: [match.item("review_band", 1, 3, 0.6)], at: .at(1))
        let before = try match.rows()
        let attempts: [() throws -> Void] = [
            // A pair listed twice.
            { try store.replaceMatchResults(
                runID: match.run, pairs: [match.pair(1, 2, 0.99), match.pair(2, 1, 0.98)], clusters: [], reviews: [],
                at: .at(2)) },
            // A record the store does not hold.
            { try store.replaceMatchResults(
                runID: match.run, pairs: [], clusters: [(ids[5] + 100, 1)], reviews: [], at: .at(2)) },
            // A record in two clusters.
            { try store.replaceMatchResults(
                runID: match.run, pairs: [], clusters: [(ids[0], ids[0]), (ids[0], ids[1])], reviews: [], at: .at(2)) },
            // A pair of one record with itself.
            { try store.replaceMatchResults(
                runID: match.run, pairs: [match.pair(3, 3, 0.99)], clusters: [], reviews: [], at: .at(2)) },
        ]
        for attempt in attempts {
            #expect {
                try attempt()
            } throws: { error in
                (error as? GoldenError)?.code == .store
            }
            #expect(try match.rows() == before)
        }
    }

    /// Clusters written one after the other (record numbers, 1-based): each write leaves exactly
    /// its own rows, whichever records the previous one listed.
    @Test(arguments: [
        [[1, 2, 3, 4, 5, 6], [1, 3, 6], [2, 4, 5], []],
        [[3], [1, 2, 3, 4, 5, 6], [6], [1]],
        [[], [2, 5], [1, 3, 4, 6], [1, 2, 3, 4, 5, 6]],
    ])
    func clustersAreReplacedWhateverTheyCover(_ writes: [[Int]]) throws {
        let match = try MatchFixture()
        for (round, records) in writes.enumerated() {
            // Cluster ids change between rounds, and the input is not in record order.
            let clusters = records.reversed().map { (recordID: match.ids[$0 - 1], clusterID: Int64(round * 10 + $0 % 2)) }
            try match.store.replaceMatchResults(runID: nil, pairs: [], clusters: clusters, reviews: [], at: .at(1))
            #expect(try match.store.clusterAssignments() == Dictionary(uniqueKeysWithValues: clusters.map { ($0, $1) }))
        }
    }

    @Test func manyPairsInAnyOrderRoundTrip() throws {
        let match = try MatchFixture(records: 30)
        var pairs: [StoredMatchPair] = []
        for i in 1...30 {
            for j in (i + 1)...31 where j <= 30 && pairs.count < 250 {
                pairs.append(match.pair(j, i, Double(i * 100 + j) / 10_000, band: ["match", "review", "non_match"][j % 3]))
            }
        }
        let sorted = pairs.sorted { ($0.recordA, $0.recordB) < ($1.recordA, $1.recordB) }
        // 97 is prime to 250: a fixed shuffle.
        let shuffled = pairs.indices.map { pairs[($0 * 97) % pairs.count] }
        for input in [sorted, pairs.reversed(), shuffled] {
            try match.store.replaceMatchResults(runID: nil, pairs: input, clusters: [], reviews: [], at: .at(1))
            var stored: [StoredMatchPair] = []
            try match.store.forEachMatchPair { stored.append($0) }
            #expect(stored == sorted)
        }
        #expect(try match.store.matchCounts().pairs == 250)
    }

    @Test func unknownReviewItemCannotBeDecided() throws {
        let match = try MatchFixture()
        #expect {
            try match.store.setReviewStatus(7, status: "accepted", at: .at(1))
        } throws: { error in
            (error as? GoldenError)?.code == .store
        }
    }
}

@Suite struct BlockKeyBlobTests {
    @Test(arguments: [
        [StoredBlockKey](),
        [StoredBlockKey(rule: 0, key: 0)],
        [StoredBlockKey(rule: 3, key: -1), StoredBlockKey(rule: 255, key: Int64.min), StoredBlockKey(rule: 7, key: 0x0102_0304_0506_0708)],
    ])
    func keysRoundTripThroughTheBlob(keys: [StoredBlockKey]) {
        let blob = StoredBlockKey.blob(keys)
        #expect(blob.count == keys.count * 9)
        #expect(StoredBlockKey.keys(blob: blob) == keys)
        #expect(StoredBlockKey.keys(blob: blob + [1]) == nil)
    }
}

@Suite struct BlockIndexSnapshotTests {
    static let cases: [[(recordID: Int64, keys: [StoredBlockKey])]] = [
        [],
        [(5, [])],
        [(1, [StoredBlockKey(rule: 0, key: 0)])],
        [
            (9, [StoredBlockKey(rule: 3, key: -1), StoredBlockKey(rule: 255, key: Int64.min)]), (2, []),
            (4, [StoredBlockKey(rule: 7, key: 0x0102_0304_0506_0708)]),
        ],
    ]

    @Test(arguments: cases.indices)
    func recordsAndKeysRoundTripInOrder(index: Int) {
        let rows = Self.cases[index]
        let snapshot = BlockIndexSnapshot(recordKeys: rows)
        #expect(snapshot.count == rows.count)
        #expect(snapshot.recordIDs == rows.map(\.recordID))
        for position in rows.indices { #expect(snapshot.keys(at: position) == rows[position].keys) }
        let ascending = rows.indices.sorted { rows[$0].recordID < rows[$1].recordID }
        #expect((snapshot.order() ?? Array(rows.indices)) == ascending)
    }

    @Test(arguments: cases.indices)
    func appendingAnotherGivesTheRowsOfBoth(index: Int) {
        let rows = Self.cases[index], tail = Self.cases[3]
        var snapshot = BlockIndexSnapshot(recordKeys: rows)
        snapshot.append(contentsOf: BlockIndexSnapshot(recordKeys: tail))
        let all = rows + tail
        #expect(snapshot.recordIDs == all.map(\.recordID))
        for position in all.indices { #expect(snapshot.keys(at: position) == all[position].keys) }
    }

    @Test func aFullMatchWritesTheIndexInRecordOrder() throws {
        let match = try MatchFixture(records: 3)
        let keys = [StoredBlockKey(rule: 1, key: 11)]
        let index = BlockIndexSnapshot(recordKeys: [(match.ids[2], keys), (match.ids[0], keys + keys), (match.ids[1], [])])
        try match.store.replaceMatchResults(
            runID: match.run, pairs: [], clusters: [], reviews: [], at: .at(1), index: index,
            state: MatchState(modelVersion: 1, fingerprint: "f"))
        let stored = try match.store.blockKeys(of: match.ids)
        #expect(stored[match.ids[0]] == keys + keys)
        #expect(stored[match.ids[2]] == keys)
        #expect(stored[match.ids[1]] == nil || stored[match.ids[1]] == [])
    }
}
