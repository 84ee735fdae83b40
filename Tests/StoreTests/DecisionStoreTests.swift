import GRDB
import GoldenCore
@testable import Store
import Testing

/// A store with records `D1`…`D6` of source `loyalty`, golden records 1 = {D1, D2, D3} and
/// 2 = {D4, D5}, and review items: a `review_band` item D3–D4 and a `conflict` item D1–D2.
private struct DecisionFixture {
    let fixture: StoreFixture
    let ids: [Int64]
    var store: GoldenStore { fixture.store }

    init() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        try fixture.store.write(IngestChunk(records: (1...6).map { record("D\($0)", observed: 10) }), batch: batch, runID: run)
        let ids = try (1...6).map { try #require(try fixture.store.recordID(source: "loyalty", key: "D\($0)")) }
        try fixture.store.replaceMatchResults(
            runID: run, pairs: [], clusters: [],
            reviews: [NewReviewItem(kind: "review_band", recordA: ids[2], recordB: ids[3], probability: 0.7, reason: "band")],
            at: .at(100))
        let goldens = [(1, 3), (2, 2)].map { sequence, members in
            GoldenRow(sequence: Int64(sequence), goldenID: "G\(sequence)", recordCount: members, record: "{}", history: "{}", contentHash: 1)
        }
        try fixture.store.writeMergeResults(
            runID: run, upserts: goldens, retirements: [],
            xref: [(ids[0], 1), (ids[1], 1), (ids[2], 1), (ids[3], 2), (ids[4], 2)], log: [],
            reviews: [NewReviewItem(kind: NewReviewItem.conflictKind, recordA: ids[0], recordB: ids[1], probability: nil, reason: "dob")],
            at: .at(100))
        self.fixture = fixture
        self.ids = ids
    }

    func item(kind: String) throws -> StoredReviewItem {
        try #require(try store.reviewItems(status: nil).first { $0.kind == kind })
    }

    /// Accepting the review-band item as `actor`, expecting `version`.
    func accept(_ item: StoredReviewItem, expecting version: ReviewItemVersion, actor: String = "ana") -> StewardDecision {
        StewardDecision(
            actor: actor, reason: "same card", items: [.init(id: item.id, expected: version, status: "accepted")],
            constraints: [.init(kind: .mustLink, recordA: item.recordB, recordB: item.recordA, reviewItem: item.id)],
            log: [MergeLogEntry(actor: actor, action: "accept", golden: 1, other: 2, reason: "same card")])
    }

    /// The constraints as `kind a-b` with keys' numbers, the log as `actor action reason`.
    func state() throws -> (constraints: [String], log: [String], items: [String]) {
        let number = { (id: Int64) in ids.firstIndex(of: id).map { String($0 + 1) } ?? "?" }
        return (
            try store.matchConstraints().map { "\($0.kind.rawValue) \(number($0.recordA))-\(number($0.recordB))" },
            try store.mergeLog().map { "\($0.entry.actor) \($0.entry.action) \($0.entry.reason)" },
            try store.reviewItems(status: nil).map { "\($0.kind) \($0.status)" })
    }
}

@Suite struct ConstraintStoreTests {
    @Test func aPairHasOneConstraintTheLatest() throws {
        let fixture = try DecisionFixture()
        let store = fixture.store, ids = fixture.ids
        #expect(try store.matchConstraints().isEmpty)
        try store.setMatchConstraint(
            MatchConstraint(kind: .mustLink, recordA: ids[4], recordB: ids[0], actor: "ana", reason: "card", at: .at(5), reviewItem: 9))
        try store.setMatchConstraint(MatchConstraint(kind: .cannotLink, recordA: ids[1], recordB: ids[2], actor: "bo", reason: "twins", at: .at(6)))
        let first = MatchConstraint(kind: .mustLink, recordA: ids[0], recordB: ids[4], actor: "ana", reason: "card", at: .at(5), reviewItem: 9)
        #expect(try store.matchConstraints().first == first)
        #expect(try store.matchConstraint(recordA: ids[4], recordB: ids[0]) == first)
        #expect(try store.matchConstraints(involving: [ids[2], ids[5]]).map(\.actor) == ["bo"])
        // The same pair decided again, the other way: replaced.
        try store.setMatchConstraint(MatchConstraint(kind: .cannotLink, recordA: ids[0], recordB: ids[4], actor: "cy", reason: "no", at: .at(7)))
        #expect(try fixture.state().constraints == ["cannot_link 1-5", "cannot_link 2-3"])
        #expect(try store.matchConstraint(recordA: ids[0], recordB: ids[4])?.reviewItem == nil)
    }

    @Test(arguments: [(0, 0), (0, 999)])
    func aConstraintNamesTwoStoredRecords(first: Int, second: Int) throws {
        let fixture = try DecisionFixture()
        let b = second < fixture.ids.count ? fixture.ids[second] : Int64(second)
        #expect(throws: GoldenError.self) {
            try fixture.store.setMatchConstraint(
                MatchConstraint(kind: .mustLink, recordA: fixture.ids[first], recordB: b, actor: "a", reason: "r", at: .at(1)))
        }
        #expect(try fixture.store.matchConstraints().isEmpty)
    }

    @Test func reviewQueuePagesAndFilters() throws {
        let fixture = try DecisionFixture()
        let store = fixture.store
        #expect(try store.reviewItemCount() == 2)
        #expect(try store.reviewItemCount(status: "open", kind: "conflict") == 1)
        #expect(try store.reviewItemsWithRecords(kind: "review_band").map(\.keyB) == ["D4"])
        #expect(try store.reviewItemsWithRecords(limit: 1).map(\.item.kind) == ["review_band"])
        #expect(try store.reviewItemsWithRecords(limit: 1, offset: 1).map(\.item.kind) == ["conflict"])
        #expect(try store.reviewItemsWithRecords(status: "accepted").isEmpty)
        let conflict = try fixture.item(kind: "conflict")
        let row = try #require(try store.reviewItemWithRecords(id: conflict.id))
        #expect(row.item == conflict && row.goldenA == "G1" && row.goldenB == "G1")
        #expect(try store.reviewItemWithRecords(id: 999) == nil)
        // Items across two groups of records, either way round.
        #expect(try store.reviewItems(status: "open", between: [fixture.ids[3]], and: fixture.ids).map(\.kind) == ["review_band"])
        #expect(try store.reviewItems(status: "open", between: [fixture.ids[5]], and: fixture.ids).isEmpty)
        #expect(try store.goldenSequence(recordID: fixture.ids[3]) == 2)
        #expect(try store.goldenSequence(recordID: fixture.ids[5]) == nil)
    }
}

@Suite struct DecideStoreTests {
    @Test func aDecisionSettlesTheItemStoresTheConstraintAndLogs() throws {
        let fixture = try DecisionFixture()
        let item = try fixture.item(kind: "review_band")
        let changes = try fixture.store.decide(fixture.accept(item, expecting: item.version), at: .at(200))
        #expect(changes.items == 1 && changes.constraintsWritten == 1 && changes.logLines == 1)
        let state = try fixture.state()
        #expect(state.constraints == ["must_link 3-4"])
        #expect(state.log == ["ana accept same card"])
        #expect(state.items == ["review_band accepted", "conflict open"])
        let stored = try #require(try fixture.store.matchConstraints().first)
        #expect(stored.actor == "ana" && stored.reason == "same card" && stored.at == .at(200) && stored.reviewItem == item.id)
        let log = try #require(try fixture.store.mergeLog().first)
        #expect(log.runID == nil && log.at == .at(200) && log.entry.golden == 1 && log.entry.other == 2)
        #expect(try fixture.store.reviewItems(status: "accepted").first?.updatedAt == .at(200))
    }

    /// The second of two stewards deciding one item, or a steward deciding on a stale view, gets a
    /// conflict, and nothing of the decision is written.
    @Test(arguments: ["decided twice", "stale time", "item gone"])
    func aStaleDecisionIsAConflict(case name: String) throws {
        let fixture = try DecisionFixture()
        var item = try fixture.item(kind: "review_band")
        var version = item.version
        switch name {
        case "decided twice":
            try fixture.store.decide(fixture.accept(item, expecting: version, actor: "bo"), at: .at(150))
        case "stale time":
            version.updatedAt = .at(99)
        default:
            item.id = 999
        }
        let before = try fixture.state()
        let error = #expect(throws: GoldenError.self) {
            try fixture.store.decide(fixture.accept(item, expecting: version), at: .at(200))
        }
        #expect(error?.isConflict == true)
        #expect(try fixture.state() == before)
    }

    @Test func aDecisionOnChangedGoldenRecordsIsAConflict() throws {
        let fixture = try DecisionFixture()
        let store = fixture.store
        let seen = try #require(try store.goldenRecord(sequence: 2)).version
        let merge = StewardDecision(
            actor: "ana", reason: "one person", goldens: [seen],
            constraints: [.init(kind: .mustLink, recordA: fixture.ids[0], recordB: fixture.ids[3])])
        // A run retires golden record 2 into 1 after the steward looked.
        try store.writeMergeResults(
            runID: nil, upserts: [], retirements: [GoldenRetirement(retired: 2, survivor: 1, reason: "merged")],
            xref: [], log: [], reviews: [], at: .at(300))
        let error = #expect(throws: GoldenError.self) { try store.decide(merge, at: .at(301)) }
        #expect(error?.isConflict == true)
        #expect(try store.matchConstraints().isEmpty)
    }

    @Test func removalsClearConstraintsAcrossTwoGroups() throws {
        let fixture = try DecisionFixture()
        let store = fixture.store, ids = fixture.ids
        for (kind, a, b) in [(MatchConstraint.Kind.mustLink, 0, 3), (.mustLink, 4, 1), (.mustLink, 0, 1), (.cannotLink, 3, 4), (.cannotLink, 0, 5)] {
            try store.setMatchConstraint(MatchConstraint(kind: kind, recordA: ids[a], recordB: ids[b], actor: "x", reason: "r", at: .at(1)))
        }
        let split = StewardDecision(
            actor: "ana", reason: "two people",
            removals: [
                .init(kind: .mustLink, between: [ids[0], ids[1]], and: [ids[3], ids[4]]),
                .init(kind: .cannotLink, between: [ids[3], ids[4]], and: [ids[3], ids[4]]),
            ],
            constraints: [.init(kind: .cannotLink, recordA: ids[0], recordB: ids[3])])
        let changes = try store.decide(split, at: .at(5))
        #expect(changes.constraintsRemoved == 3 && changes.constraintsWritten == 1)
        #expect(try fixture.state().constraints == ["must_link 1-2", "cannot_link 1-4", "cannot_link 1-6"])
    }

    /// A merge or split taken twice would change nothing: the second is a conflict, and the first
    /// steward's name stays on the constraint.
    @Test func aDecisionThatChangesNothingIsAConflict() throws {
        let fixture = try DecisionFixture()
        let merge = { (actor: String) in
            StewardDecision(
                actor: actor, reason: "one person",
                constraints: [.init(kind: .mustLink, recordA: fixture.ids[0], recordB: fixture.ids[3])],
                log: [MergeLogEntry(actor: actor, action: "merge", golden: 1, other: 2, reason: "one person")])
        }
        try fixture.store.decide(merge("ana"), at: .at(10))
        let error = #expect(throws: GoldenError.self) { try fixture.store.decide(merge("bo"), at: .at(11)) }
        #expect(error?.isConflict == true)
        #expect(try fixture.store.matchConstraints().map(\.actor) == ["ana"])
        #expect(try fixture.state().log == ["ana merge one person"])
    }
}
