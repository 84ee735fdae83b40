import Foundation
import GoldenCore
@testable import Generator

/// One customer's dated events across every feed, read back from the files — what engagement
/// would see of them.
struct Timeline {
    var purchases: [(day: Int64, isReturn: Bool)] = []
    /// Forum events: type and sentiment.
    var posts: [(day: Int64, type: String, sentiment: Double)] = []
    /// Messages by account: action and channel.
    var messages: [(day: Int64, account: String, action: String, channel: String)] = []
    var cases: [(day: Int64, type: String)] = []
    var loyalty: [(day: Int64, type: String)] = []
    /// When each identity record was observed (created, joined, updated).
    var observed: [Int64] = []

    /// Every event day, identity observations included.
    var everyDay: [Int64] {
        purchases.map(\.day) + posts.map(\.day) + messages.map(\.day) + cases.map(\.day) + loyalty.map(\.day)
            + observed
    }
}

/// A row of `stories.csv`.
struct StoryRow {
    let entity: String
    let story: Story
    let changeDay: Int64?
    let cadence: Int
}

extension GeneratedFeeds {
    /// `stories.csv`, by entity.
    func stories() throws -> [String: StoryRow] {
        let rows = parseCSV(try text("stories.csv"), delimiter: UInt8(ascii: ","))
        var result: [String: StoryRow] = [:]
        for row in rows.dropFirst() {
            result[row[0]] = StoryRow(
                entity: row[0], story: Story(rawValue: row[1])!, changeDay: row[2].isEmpty ? nil : day(row[2]),
                cadence: Int(row[3])!)
        }
        return result
    }

    /// Every customer's timeline, by entity.
    func timelines() throws -> [String: Timeline] {
        var entityOf: [String: String] = [:]
        for row in try truth() { entityOf[row.source + "/" + row.key] = row.entity }
        var timelines: [String: Timeline] = [:]
        func add(_ source: String, _ key: String, _ change: (inout Timeline) -> Void) {
            change(&timelines[entityOf[source + "/" + key]!, default: Timeline()])
        }
        for row in try csvRows("feeds/pos/", delimiter: UInt8(ascii: ";")) where row[3] == "1" {
            add("pos", row[0] + "|" + row[1] + "|" + row[2]) { $0.purchases.append((day(row[4]), row[5] == "REFUND")) }
        }
        for row in try csvRows("feeds/ecommerce/accounts", delimiter: UInt8(ascii: ",")) {
            add("ecommerce_accounts", row[0]) { $0.observed.append(day(row[12])) }
        }
        for row in try csvRows("feeds/ecommerce/orders", delimiter: UInt8(ascii: ",")) {
            add("ecommerce_accounts", row[1]) { $0.purchases.append((day(row[2]), row[3] == "returned")) }
        }
        for row in try csvRows("feeds/messaging/", delimiter: UInt8(ascii: ",")) {
            add("ecommerce_accounts", row[1]) { $0.messages.append((day(row[6]), row[1], row[5], row[4])) }
        }
        for (prefix, source) in [("feeds/service/cases_accounts", "ecommerce_accounts"), ("feeds/service/cases_members", "loyalty")] {
            for row in try csvRows(prefix, delimiter: UInt8(ascii: ",")) {
                add(source, row[1]) { $0.cases.append((day(row[2]), row[3])) }
            }
        }
        for member in try xml("feeds/loyalty/members", record: "member") {
            add("loyalty", member.attributes["id"]!) { $0.observed.append(day(member.attributes["updated"]!)) }
        }
        for event in try xml("feeds/loyalty/activity/", record: "event") {
            add("loyalty", event.attributes["member"]!) {
                $0.loyalty.append((day(event.attributes["at"]!), event.attributes["type"]!))
            }
        }
        for profile in try xml("feeds/community/profiles", record: "profile") {
            let joined = Int64(profile.texts["joined"]![0])!
            add("community_profiles", profile.attributes["uid"]!) { $0.observed.append(joined / 86_400) }
        }
        for event in try xml("feeds/community/activity", record: "event") {
            add("community_profiles", event.attributes["uid"]!) {
                $0.posts.append((day(event.attributes["at"]!), event.attributes["type"]!, Double(event.attributes["sentiment"]!)!))
            }
        }
        return timelines
    }

    /// The elements named `record` in every part of an XML feed.
    func xml(_ prefix: String, record: String) throws -> [XMLRecords.Element] {
        try files(prefix).flatMap { file in
            guard let parsed = XMLRecords.parse(try text(file), record: record) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file])
            }
            return parsed.elements
        }
    }
}

/// The day (since 1970-01-01) of `2026-01-09`, `2026-01-09T10:50:34Z`, `2023-11-05T14:03:22-05:00`
/// (its local date) or `21/02/2026 11:43`.
func day(_ text: String) -> Int64 {
    let digits = text.split { !$0.isNumber }.map { Int($0)! }
    let date = text.contains("/")
        ? CivilDate(year: digits[2], month: digits[1], day: digits[0])!
        : CivilDate(year: digits[0], month: digits[1], day: digits[2])!
    return date.daysSinceEpoch
}
