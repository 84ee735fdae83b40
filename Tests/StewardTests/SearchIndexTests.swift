import Foundation
import GoldenCore
import Merge
import Pipeline
import Steward
import Store
import Testing

/// The `golden_search` index follows the golden records whatever a run does to them, and
/// pair explanations read the same from a desk that keeps its scorer between calls.
@Suite struct SearchIndexTests {
    /// After a merge and a run, the retired record has no terms and the survivor has both records'.
    @Test func aRetiredGoldenRecordLeavesTheIndexAndItsSurvivorTakesItsTerms() throws {
        let workspace = try StewardWorkspace()
        var withEmail: [(StoredGoldenRecord, GoldenRecord)] = []
        try workspace.store.forEachGoldenRecord { stored in
            guard withEmail.count < 2, let json = stored.record else { return }
            let record = try MergeJSON.decode(json, as: GoldenRecord.self)
            if let key = record.emails.first?.key, !withEmail.contains(where: { $0.1.emails.first?.key == key }) {
                withEmail.append((stored, record))
            }
        }
        let (older, newer) = (withEmail[0], withEmail[1])
        let retiredEmail = try #require(newer.1.emails.first?.key)
        #expect(try workspace.store.searchGoldens(.email, terms: [retiredEmail], limit: 10).contains(newer.0.sequence))

        try workspace.desk.merge(older.0.goldenID, newer.0.goldenID, by: StewardNote(actor: "ana", reason: "one person"))
        try workspace.run()

        #expect(try workspace.store.goldenRecord(id: newer.0.goldenID)?.status == "retired")
        let found = try workspace.store.searchGoldens(.email, terms: [retiredEmail], limit: 10)
        #expect(found.contains(older.0.sequence) && !found.contains(newer.0.sequence))
        for field in GoldenStore.SearchField.allCases {
            #expect(try workspace.store.searchGoldens(field, terms: [""], prefix: true, limit: 1_000_000).contains(newer.0.sequence) == false)
        }
    }

    /// Every active golden record's e-mail keys and E.164 numbers find it.
    @Test func everyActiveGoldenRecordIsFoundByEachOfItsKeys() throws {
        let workspace = try StewardWorkspace()
        var checked = 0, all: [StoredGoldenRecord] = []
        // Read first: the store cannot be searched from inside its own cursor.
        try workspace.store.forEachGoldenRecord { all.append($0) }
        for stored in all {
            guard let json = stored.record else { continue }
            let record = try MergeJSON.decode(json, as: GoldenRecord.self)
            for (field, key) in record.emails.map({ (GoldenStore.SearchField.email, $0.key) }) + record.phones.map({ (.phone, $0.key) }) {
                #expect(try workspace.store.searchGoldens(field, terms: [key], limit: 1000).contains(stored.sequence), "\(field)")
                checked += 1
            }
            for key in [record.name?.value.givenKey, record.name?.value.familyKey].compactMap(\.self) {
                #expect(try workspace.store.searchGoldens(.name, terms: [key], limit: 1000).contains(stored.sequence))
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// A desk with an explainer cache explains every item as a desk without one does, before
    /// and after a run changes the records.
    @Test func aCachedExplainerExplainsAsAFreshOne() throws {
        let workspace = try StewardWorkspace()
        let plain = ReviewDesk(config: workspace.runner.config, store: workspace.store)
        for round in 0..<2 {
            // A run rescores the queue: its items are listed again each round.
            let items = try plain.list(ReviewQuery(kind: "review_band", limit: 5)).items
            #expect(items.count == 5)
            for item in items {
                let cached = try workspace.desk.show(item.id, showValues: true).explanation?.explanation
                let fresh = try plain.show(item.id, showValues: true).explanation?.explanation
                #expect(cached != nil && cached == fresh, "round \(round)")
            }
            try workspace.desk.accept(items[0].id, by: StewardNote(actor: "ana", reason: "same card"))
            try workspace.run()
        }
    }
}
