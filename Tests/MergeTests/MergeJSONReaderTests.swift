import Foundation
import GoldenCore
import Testing

@testable import Merge

/// A stored document the fast reader must read as Foundation's decoder does.
struct ReaderCase: Sendable, CustomTestStringConvertible {
    let name: String
    let json: String
    var testDescription: String { name }
}

/// What a reader made of a document: a value, or a refusal.
enum Reading<Value: Equatable>: Equatable {
    case value(Value)
    case refused

    init(_ read: () throws -> Value) {
        do { self = .value(try read()) } catch { self = .refused }
    }
}

/// The fast reader and Foundation's read `json` alike: the same value, or both refuse it.
/// Returns the reading. Test data only in the message.
@discardableResult
func expectSameReading<Value: Decodable & Equatable>(
    _ json: String, as type: Value.Type, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Reading<Value> {
    let foundation = Reading { try MergeJSON.decode(json, as: Value.self) }
    let fast = Reading { () throws -> Value in
        if Value.self == GoldenRecord.self { return try MergeJSONReader.goldenRecord(json) as! Value }
        return try MergeJSONReader.historySummary(json) as! Value
    }
    #expect(fast == foundation, "\(json)", sourceLocation: sourceLocation)
    return fast
}

@Suite("Fast JSON reader")
struct MergeJSONReaderTests {
    @Test("a golden record reads back as Foundation reads it, from either writer", arguments: MergeJSONWriterTests.recordCases)
    func record(_ example: WriterCase) throws {
        let record = golden(example.members)
        for json in [MergeJSON.encode(record), MergeJSON.fastEncode(record)] {
            #expect(try MergeJSON.fastDecode(json, as: GoldenRecord.self) == record)
            expectSameReading(json, as: GoldenRecord.self)
        }
    }

    @Test("a history summary reads back as Foundation reads it, from either writer", arguments: MergeJSONWriterTests.summaryCases)
    func summary(_ example: SummaryWriterCase) throws {
        var accumulator = HistoryAccumulator()
        accumulator.add(contentsOf: example.events)
        let summary = accumulator.summary()
        for json in [MergeJSON.encode(summary), MergeJSON.fastEncode(summary)] {
            #expect(try MergeJSON.fastDecode(json, as: HistorySummary.self) == summary)
            expectSameReading(json, as: HistorySummary.self)
        }
    }

    /// Values the types allow but no feed gives: read alike, or refused alike (a history's
    /// times take four-digit years only).
    @Test(
        "extreme numbers and times read as Foundation reads them",
        arguments: [Int64.min, Int64.min + 1, -62_135_596_801, -1, 0, 59, 253_402_300_799, 253_402_300_800, Int64.max])
    func extremes(seconds: Int64) {
        var summary = HistorySummary()
        summary.firstPurchaseAt = Timestamp(secondsSinceEpoch: seconds / 2)
        summary.lastActivity = [SourceActivity(source: "s", events: Int.min, lastAt: Timestamp(secondsSinceEpoch: seconds / 2))]
        summary.spend = [Money(currency: "A", amount: Amount(tenThousandths: seconds / 10_000 * 10_000 + 1))]
        summary.community.sentimentTotal = Amount(tenThousandths: -abs(seconds / 3))
        summary.events = Int(seconds)
        expectSameReading(MergeJSON.fastEncode(summary), as: HistorySummary.self)

        let assertion = SourceAssertion(recordID: seconds, source: "s", key: "k", observedAt: Timestamp(secondsSinceEpoch: seconds))
        let record = GoldenRecord(
            dateOfBirth: GoldenValue(
                value: BirthDate(raw: "", year: Int(seconds), month: Int.min, day: Int.max, status: .valid), key: "",
                status: .valid, preferred: false, lineage: [assertion], firstAssertedAt: Timestamp(secondsSinceEpoch: seconds),
                lastAssertedAt: nil))
        #expect(expectSameReading(MergeJSON.fastEncode(record), as: GoldenRecord.self) == .value(record))
    }

    // MARK: - Hand-written documents

    /// The members every golden record has (lists, maybe empty), then `more`.
    static func goldenJSON(_ more: String = "") -> String {
        #"{"account_ids":[],"emails":[],"loyalty_cards":[],"phones":[],"usernames":[]"# + more + "}"
    }

    /// A golden value of `value`, asserted by one record.
    static func value(_ value: String, extra: String = "") -> String {
        #"{"key":"k","lineage":[{"key":"r1","record_id":7,"source":"pos"}],"preferred":true,"status":"valid","value":"#
            + value + extra + "}"
    }

    static let goldenCases: [ReaderCase] = [
        ReaderCase(name: "only the lists, empty", json: goldenJSON()),
        ReaderCase(
            name: "members in reverse order, whitespace and new lines between every token",
            json: "\n {\t\"usernames\" : [ ] ,\r\n \"phones\":[\n],\"loyalty_cards\" :[] , \"emails\":[ ], \"account_ids\":[]\n}\n "),
        ReaderCase(
            name: "every JSON escape, surrogate pairs, escaped NUL and line separators",
            json: goldenJSON(#","display_name":"q\"b\\s\/ \b\f\n\r\t \u00e9\u00C9 \ud83d\ude00 \uD83D\uDE00 \u0000 \u2028 end""#)),
        ReaderCase(name: "raw non-ASCII text, DEL and composed and decomposed accents", json: goldenJSON(",\"display_name\":\"José Jose\u{301} 山田 😀 \u{7F}\"")),
        ReaderCase(
            name: "null optional members",
            json: goldenJSON(#","address":null,"date_of_birth":null,"display_name":null,"gender":null,"name":null"#)),
        ReaderCase(
            name: "every attribute with every optional part",
            json: goldenJSON(
                #","name":"# + value(
                    #"{"family":"Smith","family_alternatives":["Smyth"],"family_key":"smith","family_phonetic":{"alternate":"XMT","primary":"SM0"},"given":"John","given_canonical":["john","jon"],"given_is_initial":false,"given_key":"john","given_phonetic":{"alternate":"AN","primary":"JN"},"middle":"Q","middle_key":"q","raw":"Dr John Q Smith Jr","suffix":"jr","title":"dr"}"#)
                    + #","date_of_birth":"# + value(#"{"day":4,"month":3,"raw":"1980-03-04","status":"valid","year":1980}"#)
                    + #","gender":"# + value(#""other""#)
                    + #","address":"# + value(
                        #"{"city":"Leeds","city_key":"leeds","country":"GB","house_number":"1","postcode":"AB1 2CD","postcode_extension":"x","raw":["1 High St","","Leeds"],"region":"W","street_key":"high st","unit":"2"}"#,
                        extra: #","first_asserted_at":{"seconds_since_epoch":-86400},"last_asserted_at":{"seconds_since_epoch":0}"#)
                    + #","display_name":"John Smith""#)),
        ReaderCase(
            name: "multi-valued attributes with several values, statuses and phone types",
            json: #"{"account_ids":["# + value(#""A-1""#) + "," + value(#""A-2""#) + #"],"emails":["#
                + value(#"{"canonical":"a@x.com","normalized":"A@x.com","raw":" A@x.com","status":"corrected"}"#) + ","
                + value(#"{"raw":"junk","status":"invalid"}"#) + #"],"loyalty_cards":[],"phones":["#
                + value(#"{"country":"GB","e164":"+448000000000","extension_digits":"12","local_digits":"8000000000","raw":"0800","status":"valid","type":"toll_free"}"#)
                + "," + value(#"{"raw":"555","status":"partial","type":"unknown"}"#) + #"],"usernames":["# + value(#""js""#) + "]}"),
        ReaderCase(
            name: "a birth date without a year, and null parts",
            json: goldenJSON(#","date_of_birth":"# + value(#"{"day":4,"month":3,"raw":"04-03","status":"partial","year":null}"#))),
        ReaderCase(
            name: "unknown members at every level are skipped",
            json: #"{"zz_future":{"a":[1,-2.5e-3,{"b":null,"c":[true,false]}],"d":"\u00e9\n"},"account_ids":[],"emails":[],"#
                + #""loyalty_cards":[],"phones":[],"usernames":["#
                + value(#""u""#, extra: #","confidence":0.5,"tags":["x"]"#).replacingOccurrences(
                    of: #""record_id":7"#, with: #""record_id":7,"note":{"why":[]}"#)
                + "]}"),
        ReaderCase(
            name: "keys in other spellings Foundation maps to the same member",
            json: #"{"ACCOUNT_IDS":[],"emails":[],"Loyalty__Cards":[],"phones":[],"usernames":[],"displayName":"x","date_of_BIRTH":null}"#),
        ReaderCase(
            name: "keys that only look like members",
            json: goldenJSON(#","_display_name":"a","display_name_":"b","displayname":"c","display-name":"d","DisplayName":"e""#)),
        ReaderCase(name: "a key spelled with escapes", json: goldenJSON(#","display\u005fname":"x","\u0067ender":null"#)),
        ReaderCase(name: "a repeated member: the first wins", json: goldenJSON(#","display_name":"first","display_name":"second""#)),
        ReaderCase(name: "a repeated member: a first null wins", json: goldenJSON(#","display_name":null,"display_name":"second""#)),
        ReaderCase(name: "a member repeated under another spelling", json: goldenJSON(#","displayName":"first","display_name":"second""#)),
        ReaderCase(
            name: "trailing commas in objects and arrays",
            json: #"{"account_ids":[],"emails":[],"loyalty_cards":[],"phones":[],"usernames":["# + value(#""u""#) + ",],}"),
        ReaderCase(
            name: "whole numbers written with fractions and exponents",
            json: goldenJSON(#","date_of_birth":"# + value(#"{"day":4.0,"month":3e0,"raw":"","status":"valid","year":19.8e2}"#))),
        ReaderCase(name: "extreme record ids and times", json: goldenJSON(#","gender":"# + value(#""female""#).replacingOccurrences(
            of: #""record_id":7"#, with: #""record_id":-9223372036854775808,"observed_at":{"seconds_since_epoch":9223372036854775807}"#))),
    ]

    @Test("hand-written golden records read as Foundation reads them", arguments: goldenCases)
    func handWrittenRecord(_ example: ReaderCase) {
        #expect(expectSameReading(example.json, as: GoldenRecord.self) != .refused)
    }

    /// A history summary with every member, in key order, `overrides` replacing (or, when
    /// `nil`, removing) some.
    static func history(_ overrides: [String: String?] = [:]) -> String {
        let members: [(String, String)] = [
            ("cancelled_orders", "1"), ("channels", #"["store","web"]"#),
            ("community", #"{"likes":1,"posts":2,"replies":3,"reviews":4,"scored":2,"sentiment_signals":0,"sentiment_total":"-0.75"}"#),
            ("events", "12"), ("first_purchase_at", #""2024-03-01T12:00:00Z""#),
            ("last_activity", #"[{"events":3,"last_at":"2024-03-02T00:00:00Z","source":"pos"},{"events":1,"source":"web"}]"#),
            ("last_purchase_at", #""2024-03-09T23:59:59Z""#), ("purchases", "5"),
            ("returned", #"[{"amount":"2.50","currency":"GBP"}]"#), ("returns", "1"),
            ("spend", #"[{"amount":"12.50","currency":"EUR"},{"amount":"-0.0001","currency":"GBP"}]"#),
            ("top_categories", #"[{"count":2,"name":"HOME","quantity":3,"spend":[{"amount":"4.00","currency":"GBP"}]}]"#),
            ("top_skus", #"[{"count":1,"name":"S1","quantity":1,"spend":[]}]"#),
        ]
        let written = members.compactMap { key, value -> String? in
            let written: String? = overrides.keys.contains(key) ? overrides[key]! : value
            return written.map { "\"\(key)\":\($0)" }
        }
        return "{" + written.joined(separator: ",") + "}"
    }

    static let historyCases: [ReaderCase] = [
        ReaderCase(name: "every member", json: history()),
        ReaderCase(name: "no times", json: history(["first_purchase_at": nil, "last_purchase_at": nil])),
        ReaderCase(name: "null times", json: history(["first_purchase_at": "null", "last_purchase_at": "null"])),
        ReaderCase(
            name: "amounts with many decimals, grouping and currency signs, as Amount parses them",
            json: history(["spend": #"[{"amount":"12.123456","currency":"A"},{"amount":"1,234.50","currency":"B"},{"amount":"£3.2","currency":"C"},{"amount":" 7 ","currency":"D"},{"amount":"-92233720368547.5807","currency":"E"}]"#])),
        ReaderCase(name: "an amount and a time spelled with escapes", json: history([
            "returned": #"[{"amount":"\u0032.50","currency":"G\u0042P"}]"#, "first_purchase_at": #""2024\u002d03-01T12:00:00Z""#])),
        ReaderCase(
            name: "members in reverse order, unknown members, whitespace",
            json: "{ \"top_skus\": [], \"top_categories\": [], \"spend\": [], \"returns\": 0, \"returned\": [], \"purchases\": 0,"
                + " \"new_in_v2\": {\"x\": [1, 2]}, \"last_activity\": [], \"events\": 0, \"community\": {\"sentiment_total\": \"0.00\","
                + " \"sentiment_signals\": 0, \"scored\": 0, \"reviews\": 0, \"replies\": 0, \"posts\": 0, \"likes\": 0, \"mood\": null},"
                + " \"channels\": [], \"cancelled_orders\": 0 }"),
        ReaderCase(name: "a leap second and the last day of a leap year", json: history([
            "first_purchase_at": #""2016-12-31T23:59:60Z""#, "last_purchase_at": #""2024-02-29T00:00:00Z""#])),
        ReaderCase(name: "huge counts", json: history(["events": "9223372036854775807", "returns": "-9223372036854775808"])),
    ]

    @Test("hand-written history summaries read as Foundation reads them", arguments: historyCases)
    func handWrittenHistory(_ example: ReaderCase) {
        #expect(expectSameReading(example.json, as: HistorySummary.self) != .refused)
    }
}
