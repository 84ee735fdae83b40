import Foundation
import GoldenCore
import Testing
@testable import Generator

/// The feeds engagement reads — loyalty activity, messages, service cases, forum shares — are in
/// the formats their mappings are written against, and refer to records that exist.
@Suite struct EngagementFeedTests {
    let feeds = GeneratedFeeds.sample
    let asOf = FeedGenerator.Options().asOf.daysSinceEpoch

    private func keys(_ source: String) throws -> Set<String> {
        Set(try feeds.truth().filter { $0.source == source }.map(\.key))
    }

    @Test(arguments: [
        ("feeds/messaging/", 1, Messaging.header),
        ("feeds/service/cases_accounts", 1, ServiceCases.header(.accounts)),
        ("feeds/service/cases_members", 1, ServiceCases.header(.members)),
    ])
    func csvFeedsAreGzipWithTheirHeader(prefix: String, parts: Int, header: String) throws {
        let files = feeds.files(prefix)
        #expect(files.count == parts)
        for file in files {
            #expect(file.hasSuffix(".csv.gz"))
            #expect(try feeds.bytes(file).prefix(2) == [0x1F, 0x8B])
            #expect(try feeds.text(file).starts(with: Array(header.utf8)))
        }
    }

    @Test func messagesBelongToAccountsAndSayWhatHappened() throws {
        let accounts = try keys("ecommerce_accounts")
        let rows = try feeds.csvRows("feeds/messaging/", delimiter: UInt8(ascii: ","))
        #expect(!rows.isEmpty)
        #expect(Set(rows.map { $0[0] }).count == rows.count, "event ids repeat")
        var firstAction: [String: String] = [:]
        for row in rows {
            #expect(row.count == 7)
            #expect(accounts.contains(row[1]))
            #expect(row[2].wholeMatch(of: #/M\d{8}/#) != nil)
            #expect(["email", "sms"].contains(row[4]))
            #expect(["sent", "opened", "clicked", "bounced", "unsubscribed"].contains(row[5]))
            #expect(row[6].wholeMatch(of: #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/#) != nil)
            #expect(day(row[6]) < asOf)
            if firstAction[row[2]] == nil { firstAction[row[2]] = row[5] }
        }
        #expect(firstAction.values.allSatisfy { $0 == "sent" }, "a message did something before it was sent")
    }

    @Test(arguments: [("feeds/service/cases_accounts", "ecommerce_accounts"), ("feeds/service/cases_members", "loyalty")])
    func casesBelongToTheirRecords(prefix: String, source: String) throws {
        let subjects = try keys(source)
        let rows = try feeds.csvRows(prefix, delimiter: UInt8(ascii: ","))
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.count == 8)
            #expect(row[0].wholeMatch(of: #/CS\d{7}/#) != nil)
            #expect(subjects.contains(row[1]))
            #expect(["complaint", "enquiry"].contains(row[3]))
            #expect(!row[4].isEmpty)
            #expect(["phone", "email", "chat", "store"].contains(row[5]))
            #expect(row[3] == "complaint" ? ["low", "medium", "high"].contains(row[6]) : row[6].isEmpty)
            #expect(["open", "resolved"].contains(row[7]))
        }
    }

    @Test func loyaltyActivityRedeemsBankOffersAndClimbsTiers() throws {
        let members = try keys("loyalty")
        let files = feeds.files("feeds/loyalty/activity/")
        #expect(files == ["feeds/loyalty/activity/activity_001.xml"])
        let parsed = try #require(XMLRecords.parse(feeds.text(files[0]), record: "event"))
        #expect(parsed.rootName == "activity")
        var tiers: [String: [String]] = [:]
        for event in parsed.elements {
            #expect(event.namespace == "urn:golden:loyalty:1")
            let member = try #require(event.attributes["member"])
            #expect(members.contains(member))
            let at = try #require(event.attributes["at"])
            switch event.attributes["type"] {
            case "redemption":
                let offer = try #require(OfferBank.offers.first { $0.id == event.attributes["offer"] })
                #expect(offer.isValid(on: day(at)))
                #expect(event.attributes["points"] == String(offer.points))
            case "tier":
                tiers[member, default: []].append(try #require(event.attributes["tier"]))
            default:
                Issue.record("unknown type \(event.attributes["type"] ?? "-")")
            }
        }
        // Tiers are reached in order, from silver up.
        #expect(!tiers.isEmpty)
        for reached in tiers.values { #expect(reached == Array(LoyaltyFeed.tiers[1...reached.count])) }
    }

    @Test func sharesNameAProductFromTheCatalogue() throws {
        let events = try feeds.xml("feeds/community/activity", record: "event")
        let shares = events.filter { $0.attributes["type"] == "share" }
        #expect(!shares.isEmpty)
        for share in shares {
            #expect(share.attributes["sku"]?.wholeMatch(of: #/\d{8}/#) != nil)
            #expect(Catalogue.departments.contains(share.attributes["category"] ?? ""))
        }
        #expect(events.filter { $0.attributes["type"] != "share" }.allSatisfy { $0.attributes["sku"] == nil })
    }

    @Test func bundledOfferBankIsTheGeneratorsWithThreeBadRowsAfter() throws {
        let path = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/retail/Mappings/offers.csv")
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.hasPrefix(OfferBank.csv))
        let bad = parseCSV(Array(text.dropFirst(OfferBank.csv.count).utf8), delimiter: UInt8(ascii: ","))
        #expect(bad.count == 3)
        #expect(bad.contains { $0[0].isEmpty })
        #expect(bad.contains { Double($0[3]) == nil })
        #expect(bad.contains { $0[5] < $0[4] })
        let rows = parseCSV(Array(OfferBank.csv.utf8), delimiter: UInt8(ascii: ",")).dropFirst()
        #expect(rows.count == 20)
        #expect(rows.contains { !$0[1].isEmpty } && rows.contains { !$0[2].isEmpty })
        #expect(rows.contains { !$0[6].isEmpty } && rows.contains { !$0[7].isEmpty })
    }
}
