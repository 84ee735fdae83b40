import Foundation
import Testing
@testable import Generator

/// The files are in exactly the formats the mapping files are written against (FEEDS.md).
@Suite struct FeedFormatTests {
    let feeds = GeneratedFeeds.sample

    @Test func posIsWindows1252WithCRLFAndSemicolons() throws {
        let bytes = try feeds.bytes("feeds/pos/pos_001.csv")
        #expect(bytes.starts(with: Array(PosFeed.header.utf8)))
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at \(index)")
        }
        // Accented letters are single Windows-1252 bytes (é = E9, ü = FC), never UTF-8 pairs.
        #expect(bytes.contains { $0 >= 0xC0 })
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let rows = parseCSV(bytes, delimiter: UInt8(ascii: ";"), windows1252: true)
        for row in rows { #expect(row.count == 14, "\(row)") }
    }

    @Test func posRowsLookLikeTillOutput() throws {
        let rows = try feeds.csvRows("feeds/pos/", delimiter: UInt8(ascii: ";"))
        for row in rows {
            #expect(row[4].wholeMatch(of: #/\d{2}/\d{2}/\d{4} \d{2}:\d{2}/#) != nil)
            #expect(row[5] == "SALE" || row[5] == "REFUND")
            #expect(row[9].wholeMatch(of: #/-?\d+,\d{2}/#) != nil)
            #expect(row[5] == "SALE" ? !row[9].hasPrefix("-") : row[9].hasPrefix("-"))
            #expect(!(row[10].isEmpty && row[11].isEmpty && row[13].isEmpty), "receipt without identity")
        }
        let upperCaseCommaNames = rows.filter { $0[10].contains(", ") && $0[10] == $0[10].uppercased() }
        #expect(upperCaseCommaNames.count > rows.count / 2)
    }

    @Test(arguments: ["feeds/ecommerce/", "feeds/community/"])
    func gzipFeedsStartWithTheGzipMagic(prefix: String) throws {
        let files = feeds.files(prefix)
        #expect(files.count == 2)
        for file in files {
            #expect(file.hasSuffix(".gz"))
            #expect(try feeds.bytes(file).prefix(2) == [0x1F, 0x8B])
            #expect(try !feeds.text(file).isEmpty)
        }
    }

    @Test func loyaltyIsNamespacedXML() throws {
        let parsed = try #require(XMLRecords.parse(feeds.text("feeds/loyalty/members_001.xml"), record: "member"))
        #expect(parsed.rootName == "members")
        #expect(parsed.rootAttributes["exported"] == "2026-06-30T00:00:00Z")
        for member in parsed.elements {
            #expect(member.namespace == "urn:golden:loyalty:1")
            #expect(member.attributes["updated"]?.wholeMatch(of: #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/#) != nil)
            #expect(member.descendantAttributes["card"]?.isEmpty == false)
            for card in member.descendantAttributes["card"] ?? [] {
                #expect(card["number"]?.wholeMatch(of: #/600\d{10}/#) != nil)
            }
            #expect(member.texts["country"]?.count == 1)
        }
        #expect(parsed.elements.contains { $0.nils.contains("birthDate") })
        #expect(parsed.elements.contains { $0.nils.contains("middle") })
        #expect(parsed.elements.contains { $0.texts["given"]?.first?.contains("é") == true })
    }

    @Test func accountsHaveTheirColumnsAndDateShapes() throws {
        let header = parseCSV(try feeds.text("feeds/ecommerce/accounts_001.csv.gz"), delimiter: 44)[0]
        #expect(header.joined(separator: ",") == EcommerceFeed.accountsHeader.dropLast())
        let rows = try feeds.csvRows("feeds/ecommerce/accounts", delimiter: UInt8(ascii: ","))
        for row in rows {
            #expect(row.count == 14)
            #expect(row[5].isEmpty || row[5].wholeMatch(of: #/\d{2}/\d{2}/\d{4}/#) != nil)
            #expect(row[12].wholeMatch(of: #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/#) != nil)
            #expect(Int(row[13]) != nil)
        }
        // Boston, Newark, Providence… ZIPs keep their leading zero.
        #expect(rows.contains { $0[11] == "US" && $0[10].hasPrefix("0") })
    }

    @Test func profilesCarryHandleDisplayNameAndJoinedEpoch() throws {
        let parsed = try #require(XMLRecords.parse(feeds.text("feeds/community/profiles_001.xml.gz"), record: "profile"))
        #expect(parsed.rootName == "community" && parsed.rootAttributes["site"] == "forum")
        for profile in parsed.elements {
            #expect(profile.namespace == nil || profile.namespace == "")
            #expect(profile.attributes["handle"]?.isEmpty == false)
            #expect(profile.texts["displayName"]?.first?.isEmpty == false)
            #expect(Int(profile.texts["joined"]?.first ?? "") != nil)
        }
        #expect(parsed.elements.contains { $0.texts["email"] == nil })
    }

    @Test func largeFeedsAreSplitIntoWholeParts() throws {
        var options = FeedGenerator.Options()
        options.partSize = 300
        let split = try GeneratedFeeds(customers: 800, seed: 4, options: options)
        defer { split.remove() }
        let posFiles = split.files("feeds/pos/")
        #expect(posFiles.count >= 3)
        #expect(posFiles.first == "feeds/pos/pos_001.csv" && posFiles[1] == "feeds/pos/pos_002.csv")
        var receiptsSeen = Set<String>()
        for file in posFiles {
            let rows = parseCSV(try split.bytes(file), delimiter: UInt8(ascii: ";"), windows1252: true)
            #expect(rows[0][0] == "STORE_ID")
            #expect(rows.count - 1 <= 300)
            let receipts = Set(rows.dropFirst().map { $0[0] + "|" + $0[1] + "|" + $0[2] })
            #expect(receiptsSeen.isDisjoint(with: receipts), "a receipt was split across parts")
            receiptsSeen.formUnion(receipts)
        }
        for file in split.files("feeds/loyalty/members") {
            let parsed = try #require(XMLRecords.parse(split.text(file), record: "member"))
            #expect(parsed.elements.count <= 300)
        }
        #expect(split.files("feeds/ecommerce/orders").count >= 2)
        #expect(try split.truth().count == split.summary.totalRecords)
    }

    @Test func regeneratingReplacesStaleParts() throws {
        var options = FeedGenerator.Options()
        options.partSize = 100
        let many = try GeneratedFeeds(customers: 400, seed: 8, options: options)
        defer { many.remove() }
        #expect(many.files("feeds/pos/").count > 1)
        let few = try GeneratedFeeds(customers: 400, seed: 8, root: many.root)
        let posDirectory = few.root.appendingPathComponent("feeds/pos").path
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: posDirectory)
        #expect(onDisk == ["pos_001.csv"])
    }
}
