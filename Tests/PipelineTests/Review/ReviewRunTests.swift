import Foundation
import GoldenCore
import Match
@testable import Pipeline
import Store
import Testing

/// A retail workspace after one run, with its store and a review desk over it.
private struct ReviewedWorkspace {
    let workspace: TempWorkspace
    let store: GoldenStore
    let desk: ReviewDesk

    init() throws {
        workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        store = runner.store
        desk = ReviewDesk(config: runner.config, store: runner.store)
    }

    /// Another desk on its own connection to the store, as a second steward's process.
    func secondDesk() throws -> ReviewDesk {
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        return ReviewDesk(config: runner.config, store: runner.store)
    }

    func run() throws { _ = try workspace.run() }

    /// Every record's golden id.
    func goldenIDs() throws -> [RecordRef: String] {
        var ids: [RecordRef: String] = [:]
        try store.forEachXref { source, key, golden in ids[RecordRef(source: source, key: key)] = golden }
        return ids
    }

    /// The active golden records' members, by record id, keyed by sequence.
    func members() throws -> [Int64: [(recordID: Int64, source: String, key: String)]] {
        var sequences: [Int64] = []
        try store.forEachGoldenRecord { sequences.append($0.sequence) }
        var members: [Int64: [(recordID: Int64, source: String, key: String)]] = [:]
        for sequence in sequences { members[sequence] = try store.goldenMembers(sequence: sequence) }
        return members
    }

    /// The steward's lines of the merge log, as `actor action reason`.
    func stewardLog() throws -> [String] {
        try store.mergeLog().filter { $0.entry.actor != "golden" }.map { "\($0.entry.actor) \($0.entry.action) \($0.entry.reason)" }
    }
}

private func note(_ reason: String, by actor: String = "ana") throws -> StewardNote {
    try StewardNote(actor: actor, reason: reason)
}

@Suite(.serialized) struct ReviewRunTests {
    @Test func anAcceptedReviewBandPairSharesAGoldenRecordAfterTheNextRun() throws {
        let reviewed = try ReviewedWorkspace()
        let page = try reviewed.desk.list(ReviewQuery(kind: "review_band", limit: 10_000))
        let item = try #require(page.items.first { $0.goldenA != nil && $0.goldenA != $0.goldenB })
        #expect(try reviewed.goldenIDs()[item.a] != reviewed.goldenIDs()[item.b])

        let report = try reviewed.desk.accept(item.id, expected: item.version, by: note("same card in both feeds"))
        #expect(report.constraints == [DecisionReport.ConstraintLink(kind: .mustLink, a: item.a, b: item.b)])
        #expect(report.status == "accepted" && report.items == [item.id])
        try reviewed.run()

        let ids = try reviewed.goldenIDs()
        #expect(ids[item.a] != nil && ids[item.a] == ids[item.b])
        #expect(try reviewed.desk.list(ReviewQuery(status: "accepted")).items.map(\.id) == [item.id])
        #expect(try !reviewed.desk.list(ReviewQuery(limit: 10_000)).items.contains { $0.id == item.id })
        #expect(try reviewed.stewardLog() == ["ana accept same card in both feeds"])
    }

    @Test func aRejectedAutomaticMatchIsApartAfterTheNextRun() throws {
        let reviewed = try ReviewedWorkspace()
        let clusters = try reviewed.store.clusterAssignments()
        var matched: StoredMatchPair?
        try reviewed.store.forEachMatchPair { pair in
            if matched == nil, pair.band == "match", clusters[pair.recordA] == clusters[pair.recordB] { matched = pair }
        }
        let pair = try #require(matched)
        var refs: [Int64: RecordRef] = [:]
        for member in try reviewed.members().values.joined() { refs[member.recordID] = RecordRef(source: member.source, key: member.key) }
        let a = try #require(refs[pair.recordA]), b = try #require(refs[pair.recordB])
        #expect(try reviewed.goldenIDs()[a] == reviewed.goldenIDs()[b])

        try reviewed.desk.reject(a, b, by: note("twins: different first names on the cards", by: "bo"))
        try reviewed.run()

        let ids = try reviewed.goldenIDs()
        #expect(ids[a] != nil && ids[b] != nil && ids[a] != ids[b])
        #expect(try reviewed.store.matchPair(recordA: pair.recordA, recordB: pair.recordB)?.band == "match")
        #expect(try reviewed.stewardLog() == ["bo reject twins: different first names on the cards"])
    }

    @Test func mergedGoldenRecordsKeepTheOlderIdAndRedirectTheOther() throws {
        let reviewed = try ReviewedWorkspace()
        let before = try MergeRunTests.partition(reviewed.store)
        let records = try before.keys.map { try #require(try reviewed.store.goldenRecord(id: $0)) }.sorted { $0.sequence < $1.sequence }
        let older = records[0], newer = records[1]
        // Named newer first: the older id survives whatever the order.
        let report = try reviewed.desk.merge(newer.goldenID, older.goldenID, by: note("same person, moved house"))
        #expect(report.goldens == [older.goldenID, newer.goldenID])
        try reviewed.run()

        let after = try MergeRunTests.partition(reviewed.store)
        let merged = try #require(after[older.goldenID])
        #expect(merged.isSuperset(of: try #require(before[older.goldenID]).union(try #require(before[newer.goldenID]))))
        #expect(after[newer.goldenID] == nil)
        #expect(try reviewed.store.goldenRecord(id: newer.goldenID)?.status == "retired")
        #expect(try reviewed.store.resolveGoldenID(newer.goldenID) == older.goldenID)
        #expect(try reviewed.stewardLog() == ["ana merge same person, moved house"])
        // The retired id leads to the survivor: merging them again is a conflict.
        let error = #expect(throws: GoldenError.self) {
            try reviewed.desk.merge(older.goldenID, newer.goldenID, by: note("again"))
        }
        #expect(error?.isConflict == true)
    }

    @Test func splitRecordsLeaveAndKeepLeaving() throws {
        let reviewed = try ReviewedWorkspace()
        let members = try reviewed.members()
        let (sequence, group) = try #require(members.filter { $0.value.count >= 3 }.max { $0.value.count < $1.value.count })
        let golden = try #require(try reviewed.store.goldenRecord(sequence: sequence)).goldenID
        // The last two records leave (one when there are only three): a minority, so the id stays.
        let leaving = group.suffix(group.count >= 4 ? 2 : 1).map { RecordRef(source: $0.source, key: $0.key) }
        let staying = group.dropLast(leaving.count).map { RecordRef(source: $0.source, key: $0.key) }
        let report = try reviewed.desk.split(golden, leaving: leaving, by: note("two people share the account", by: "cy"))
        #expect(report.constraints.count == group.count - 1)
        #expect(report.constraints.filter { $0.kind == .cannotLink }.count == staying.count)
        // The same split again, before a run, would change nothing.
        let again = #expect(throws: GoldenError.self) {
            try reviewed.desk.split(golden, leaving: leaving, by: note("again"))
        }
        #expect(again?.isConflict == true)

        for _ in 0..<2 {
            try reviewed.run()
            let ids = try reviewed.goldenIDs()
            #expect(Set(leaving.map { ids[$0] }).count == 1)
            for left in leaving {
                for stayed in staying { #expect(ids[left] != ids[stayed]) }
            }
        }
        #expect(try reviewed.stewardLog() == ["cy split two people share the account"])
        #expect(try reviewed.store.mergeLog().contains { $0.entry.actor == "golden" && $0.entry.action == "split" })
    }

    /// Two stewards deciding one item: the first wins, the second gets a conflict whatever it
    /// decides, and only the first is logged.
    @Test func decidingAnItemTwiceIsAConflict() throws {
        let reviewed = try ReviewedWorkspace()
        let item = try #require(try reviewed.desk.list(ReviewQuery(limit: 1)).items.first)
        let other = try reviewed.secondDesk()
        try other.accept(item.id, expected: item.version, by: note("first", by: "bo"))
        for decide in [
            { try reviewed.desk.reject(item.id, expected: item.version, by: try note("second")) },
            { try reviewed.desk.accept(item.id, by: try note("second")) },
        ] as [() throws -> DecisionReport] {
            let error = #expect(throws: GoldenError.self) { try decide() }
            #expect(error?.isConflict == true)
        }
        #expect(try reviewed.stewardLog() == ["bo accept first"])
        #expect(try reviewed.store.reviewItems(status: "accepted").map(\.id) == [item.id])
    }

    @Test func showExplainsThePairAndShowsValuesOnlyWhenAsked() throws {
        let reviewed = try ReviewedWorkspace()
        let item = try #require(try reviewed.desk.list(ReviewQuery(kind: "review_band", limit: 1)).items.first)
        let plain = try reviewed.desk.show(item.id)
        let explanation = try #require(plain.explanation)
        #expect(explanation.values == nil && explanation.band == "review")
        #expect(plain.item == item && plain.constraint == nil)
        #expect(try reviewed.desk.show(item.id, showValues: true).explanation?.values?.isEmpty == false)
        #expect(plain.text.contains(item.a.description) && plain.text.contains(item.b.description))

        let missing = #expect(throws: GoldenError.self) { try reviewed.desk.show(999_999) }
        #expect(missing?.code == .notFound)
        for query in [ReviewQuery(status: "maybe"), ReviewQuery(kind: "nonsense"), ReviewQuery(limit: -1)] {
            let error = #expect(throws: GoldenError.self) { try reviewed.desk.list(query) }
            #expect(error?.code == .usage)
        }
        #expect(throws: GoldenError.self) { try StewardNote(actor: " ", reason: "why") }
        #expect(throws: GoldenError.self) { try StewardNote(actor: "ana", reason: "\n") }
    }
}

@Suite struct StewardConstraintMappingTests {
    /// Constraints by record id become positions of the records (in id order); those naming a
    /// record that is gone are skipped and counted.
    @Test func constraintsMapToPositionsAndSkipRecordsThatAreGone() {
        let records = [3, 5, 9, 12].map { MatchRecord(id: Int64($0), source: "pos", key: "K\($0)") }
        let stored = [(MatchConstraint.Kind.mustLink, 3, 12), (.cannotLink, 9, 5), (.mustLink, 5, 7), (.cannotLink, 1, 3), (.cannotLink, 9, 12)]
            .map { MatchConstraint(kind: $0.0, recordA: Int64($0.1), recordB: Int64($0.2), actor: "a", reason: "r", at: .init(secondsSinceEpoch: 0)) }
        let (constraints, skipped) = MatchStage.constraints(stored, records: records)
        #expect(constraints.mustLink == [RecordPair(0, 3)])
        #expect(constraints.cannotLink == [RecordPair(1, 2), RecordPair(2, 3)])
        #expect(skipped == 2)
        #expect(MatchStage.constraints([], records: records).constraints == .none)
    }
}
