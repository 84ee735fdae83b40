import Foundation
import Testing
@testable import Generator

/// `truth.csv` holds exactly one row per record written, with the keys a mapping computes.
@Suite struct TruthTests {
    let feeds = GeneratedFeeds.sample

    private func keysWritten(_ source: GeneratedSource) throws -> [String] {
        switch source {
        case .pos:
            // One record per receipt; its lines repeat the key.
            var seen = Set<String>()
            var keys: [String] = []
            for row in try feeds.csvRows("feeds/pos/", delimiter: UInt8(ascii: ";")) {
                let key = row[0] + "|" + row[1] + "|" + row[2]
                if seen.insert(key).inserted { keys.append(key) }
            }
            return keys
        case .loyalty:
            return try feeds.files("feeds/loyalty/members").flatMap { file in
                try #require(XMLRecords.parse(feeds.text(file), record: "member")).elements.map { $0.attributes["id"]! }
            }
        case .ecommerceAccounts:
            return try feeds.csvRows("feeds/ecommerce/accounts", delimiter: UInt8(ascii: ",")).map { $0[0] }
        case .communityProfiles:
            return try feeds.files("feeds/community/profiles").flatMap { file in
                try #require(XMLRecords.parse(feeds.text(file), record: "profile")).elements.map { $0.attributes["uid"]! }
            }
        }
    }

    @Test(arguments: GeneratedSource.allCases)
    func truthRowsMatchTheRecordsWritten(source: GeneratedSource) throws {
        let written = try keysWritten(source)
        let truth = try feeds.truth().filter { $0.source == source.rawValue }.map(\.key)
        #expect(written.count == feeds.summary.records[source])
        #expect(Set(written).count == written.count, "keys repeat")
        #expect(Set(truth) == Set(written))
        #expect(truth.count == written.count)
    }

    @Test(arguments: [
        (GeneratedSource.pos, #"^\d{4}\|\d{2}\|\d{6}$"#),
        (.loyalty, #"^L\d{7}$"#),
        (.ecommerceAccounts, #"^A-[0-9A-HJKMNP-TV-Z]{6}$"#),
        (.communityProfiles, #"^C\d{5}$"#),
    ])
    func recordKeysHaveTheirShape(source: GeneratedSource, pattern: String) throws {
        let regex = try Regex(pattern)
        for row in try feeds.truth() where row.source == source.rawValue {
            #expect(row.key.wholeMatch(of: regex) != nil, "\(row.key)")
        }
    }

    @Test func everyCustomerHasARecordAndOnlyRealEntitiesAppear() throws {
        let truth = try feeds.truth()
        let entities = Set(truth.map(\.entity))
        #expect(entities.count == feeds.summary.entities)
        for entity in entities { #expect(entity.wholeMatch(of: #/P\d{7}/#) != nil) }
        #expect(try String(decoding: feeds.text("truth.csv").prefix(28), as: UTF8.self) == "source,record_key,entity_id\n")
    }

    @Test func sourceNamesAreThoseTheMappingsUse() {
        #expect(GeneratedSource.allCases.map(\.rawValue) == ["pos", "loyalty", "ecommerce_accounts", "community_profiles"])
    }

    @Test func eventFeedsReferenceWrittenRecords() throws {
        let accounts = Set(try feeds.csvRows("feeds/ecommerce/accounts", delimiter: UInt8(ascii: ",")).map { $0[0] })
        let orders = try feeds.csvRows("feeds/ecommerce/orders", delimiter: UInt8(ascii: ","))
        #expect(!orders.isEmpty)
        for order in orders {
            #expect(order.count == 8)
            #expect(accounts.contains(order[1]))
            #expect(["completed", "returned", "cancelled"].contains(order[3]))
        }
        let profiles = Set(try feeds.truth().filter { $0.source == "community_profiles" }.map(\.key))
        let activity = try #require(XMLRecords.parse(feeds.text("feeds/community/activity_001.xml.gz"), record: "event"))
        #expect(!activity.elements.isEmpty)
        for event in activity.elements {
            #expect(profiles.contains(event.attributes["uid"]!))
            #expect(["post", "reply", "like", "review", "share"].contains(event.attributes["type"]!))
            let sentiment = try #require(Double(event.attributes["sentiment"]!))
            #expect((-1...1).contains(sentiment))
        }
    }
}
