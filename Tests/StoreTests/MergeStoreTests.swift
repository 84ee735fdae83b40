import GRDB
import GoldenCore
@testable import Store
import Testing

/// A store with records `M1`…`M6` of source `loyalty` and a run.
private struct MergeFixture {
    let fixture: StoreFixture
    let run: Int64
    let ids: [Int64]
    var store: GoldenStore { fixture.store }

    init() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(IngestChunk(records: (1...6).map { record("M\($0)", observed: 10) }), batch: batch, runID: run)
        self.fixture = fixture
        self.run = run
        ids = try (1...6).map { try #require(try fixture.store.recordID(source: "loyalty", key: "M\($0)")) }
    }

    func golden(_ sequence: Int64, members: Int, content: String) -> GoldenRow {
        GoldenRow(
            sequence: sequence, goldenID: "G\(sequence)", recordCount: members, record: #"{"v":"\#(content)"}"#,
            history: "{}", contentHash: Int64(content.utf8.reduce(7) { $0 &* 31 &+ Int($1) }))
    }

    /// Every row of the merge tables but the log, as text.
    func rows() throws -> [String] {
        try store.writer.read { db in
            try ["golden_records", "golden_xref", "golden_redirects", "review_items"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
            }
        }
    }
}

@Suite struct MergeStoreTests {
    @Test func goldenRecordsXrefAndLogRoundTrip() throws {
        let merge = try MergeFixture()
        let store = merge.store
        #expect(try store.nextGoldenSequence() == 1)
        let changes = try store.writeMergeResults(
            runID: merge.run, upserts: [merge.golden(1, members: 2, content: "a"), merge.golden(2, members: 1, content: "b")],
            retirements: [], xref: [(merge.ids[0], 1), (merge.ids[1], 1), (merge.ids[2], 2)],
            log: [MergeLogEntry(actor: "golden", action: "create", golden: 1, records: 2, reason: "new person")],
            reviews: [NewReviewItem(kind: NewReviewItem.conflictKind, recordA: merge.ids[1], recordB: merge.ids[0],
                                    probability: nil, reason: "date_of_birth: two values of equal trust")],
            at: .at(100))
        #expect(changes.created == 2 && changes.updated == 0 && changes.reviews.inserted == 1)
        #expect(try store.nextGoldenSequence() == 3)
        #expect(try store.goldenAssignments() == [merge.ids[0]: 1, merge.ids[1]: 1, merge.ids[2]: 2])
        #expect(try store.goldenRecord(id: "G1")?.recordCount == 2)
        #expect(try store.goldenRecord(sequence: 2)?.record == #"{"v":"b"}"#)
        #expect(try store.goldenMembers(sequence: 1).map(\.key) == ["M1", "M2"])
        var xref: [String] = []
        try store.forEachXref { xref.append("\($1)=\($2)") }
        #expect(xref == ["M1=G1", "M2=G1", "M3=G2"])
        #expect(try store.mergeLog(golden: 1).map(\.entry.action) == ["create"])
        #expect(try store.goldenCounts() == (active: 2, retired: 0, records: 3))
    }

    @Test func writingTheSameResultsAgainChangesNothing() throws {
        let merge = try MergeFixture()
        let store = merge.store
        func write() throws -> MergeWriteChanges {
            try store.writeMergeResults(
                runID: merge.run, upserts: [merge.golden(1, members: 2, content: "a")], retirements: [],
                xref: [(merge.ids[0], 1), (merge.ids[1], 1)], log: [], reviews: [], at: .at(100))
        }
        _ = try write()
        let before = try merge.rows()
        let again = try write()
        #expect(again.created == 0 && again.updated == 0)
        #expect(try merge.rows() == before)
        // A changed record is updated, and only then.
        let changed = try store.writeMergeResults(
            runID: merge.run, upserts: [merge.golden(1, members: 2, content: "a2")], retirements: [],
            xref: [(merge.ids[0], 1), (merge.ids[1], 1)], log: [], reviews: [], at: .at(200))
        #expect(changed.updated == 1)
        #expect(try store.goldenRecord(sequence: 1)?.updatedAt == .at(200))
    }

    @Test func retiredIdsRedirectToTheirFinalSurvivor() throws {
        let merge = try MergeFixture()
        let store = merge.store
        try store.writeMergeResults(
            runID: merge.run,
            upserts: [merge.golden(1, members: 1, content: "a"), merge.golden(2, members: 1, content: "b"),
                      merge.golden(3, members: 1, content: "c")],
            retirements: [], xref: [(merge.ids[0], 1), (merge.ids[1], 2), (merge.ids[2], 3)], log: [], reviews: [],
            at: .at(1))
        // 3 merges into 2, then 2 into 1: 3 must lead straight to 1.
        try store.writeMergeResults(
            runID: merge.run, upserts: [merge.golden(2, members: 2, content: "bc")],
            retirements: [GoldenRetirement(retired: 3, survivor: 2, reason: "merged")],
            xref: [(merge.ids[0], 1), (merge.ids[1], 2), (merge.ids[2], 2)], log: [], reviews: [], at: .at(2))
        try store.writeMergeResults(
            runID: merge.run, upserts: [merge.golden(1, members: 3, content: "abc")],
            retirements: [GoldenRetirement(retired: 2, survivor: 1, reason: "merged")],
            xref: [(merge.ids[0], 1), (merge.ids[1], 1), (merge.ids[2], 1)], log: [], reviews: [], at: .at(3))
        #expect(try store.resolveGoldenID("G3") == "G1")
        #expect(try store.resolveGoldenID("G2") == "G1")
        #expect(try store.resolveGoldenID("G1") == "G1")
        #expect(try store.resolveGoldenID("G9") == nil)
        #expect(try store.goldenRedirects().map { "\($0.retired)>\($0.survivor)" } == ["G2>G1", "G3>G1"])
        #expect(try store.goldenRecord(id: "G2")?.status == "retired")
        #expect(try store.goldenRecord(id: "G2")?.record == nil)
        #expect(try store.goldenCounts() == (active: 1, retired: 2, records: 3))
        // Retired ids are never reused.
        #expect(try store.nextGoldenSequence() == 4)
    }

    @Test func conflictItemsAndMatchItemsLeaveEachOtherAlone() throws {
        let merge = try MergeFixture()
        let store = merge.store
        let ids = merge.ids
        let matchItem = NewReviewItem(kind: "review_band", recordA: ids[0], recordB: ids[1], probability: 0.7, reason: "band")
        let conflict = NewReviewItem(kind: NewReviewItem.conflictKind, recordA: ids[0], recordB: ids[2], probability: nil, reason: "dob")
        try store.replaceMatchResults(runID: merge.run, pairs: [], clusters: [], reviews: [matchItem], at: .at(1))
        try store.writeMergeResults(runID: merge.run, upserts: [], retirements: [], xref: [], log: [], reviews: [conflict], at: .at(1))
        // Each stage re-run without its items removes its own, never the other's.
        try store.replaceMatchResults(runID: merge.run, pairs: [], clusters: [], reviews: [], at: .at(2))
        #expect(try store.reviewItems(status: "open").map(\.kind) == [NewReviewItem.conflictKind])
        try store.replaceMatchResults(runID: merge.run, pairs: [], clusters: [], reviews: [matchItem], at: .at(3))
        let changes = try store.writeMergeResults(runID: merge.run, upserts: [], retirements: [], xref: [], log: [], reviews: [], at: .at(3))
        #expect(changes.reviews.removed == 1)
        #expect(try store.reviewItems(status: "open").map(\.kind) == ["review_band"])
    }

    @Test func badResultsWriteNothing() throws {
        let merge = try MergeFixture()
        let store = merge.store
        #expect(throws: GoldenError.self) {
            try store.writeMergeResults(
                runID: merge.run, upserts: [merge.golden(1, members: 1, content: "a")], retirements: [],
                xref: [(merge.ids[0], 1), (merge.ids[0], 1)], log: [], reviews: [], at: .at(1))
        }
        #expect(throws: GoldenError.self) {
            try store.writeMergeResults(
                runID: merge.run, upserts: [], retirements: [GoldenRetirement(retired: 1, survivor: 1, reason: "x")],
                xref: [], log: [], reviews: [], at: .at(1))
        }
        #expect(try store.goldenCounts() == (active: 0, retired: 0, records: 0))
    }
}
