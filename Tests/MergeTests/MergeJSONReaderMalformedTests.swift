import Foundation
import GoldenCore
import Testing

@testable import Merge

/// Documents both readers refuse, and damaged records: the fast reader throws a `parse` error
/// that quotes nothing, and never traps.
@Suite("Fast JSON reader, malformed input")
struct MergeJSONReaderMalformedTests {
    typealias T = MergeJSONReaderTests

    static let goldenCases: [ReaderCase] = [
        ReaderCase(name: "empty text", json: ""),
        ReaderCase(name: "only whitespace", json: " \n"),
        ReaderCase(name: "null", json: "null"),
        ReaderCase(name: "an array", json: "[]"),
        ReaderCase(name: "an empty object: the lists are missing", json: "{}"),
        ReaderCase(name: "a list missing", json: #"{"account_ids":[],"emails":[],"loyalty_cards":[],"phones":[]}"#),
        ReaderCase(name: "a list null", json: #"{"account_ids":[],"emails":[],"loyalty_cards":[],"phones":[],"usernames":null}"#),
        ReaderCase(name: "a key Foundation does not map: capitalized, no underscore", json: T.goldenJSON().replacingFirst("\"emails\"", "\"Emails\"")),
        ReaderCase(name: "text after the document", json: T.goldenJSON() + " x"),
        ReaderCase(name: "two documents", json: T.goldenJSON() + T.goldenJSON()),
        ReaderCase(name: "an unclosed object", json: #"{"account_ids":[],"emails":[]"#),
        ReaderCase(name: "a missing colon", json: T.goldenJSON(#","display_name" "x""#)),
        ReaderCase(name: "a double comma", json: T.goldenJSON(#",,"display_name":"x""#)),
        ReaderCase(name: "a leading comma", json: #"{,"account_ids":[]}"#),
        ReaderCase(name: "a value missing its preferred flag", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst(#""preferred":true,"#, ""))),
        ReaderCase(name: "a lineage entry missing its record id", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst(#""record_id":7,"#, ""))),
        ReaderCase(name: "a gender that is no case", json: T.goldenJSON(#","gender":"# + T.value(#""unknown""#))),
        ReaderCase(name: "a status in capitals", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("valid", "VALID"))),
        ReaderCase(name: "a record id as a string", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", #""7""#))),
        ReaderCase(name: "a record id with a fraction", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "7.5"))),
        ReaderCase(name: "a record id with a leading zero", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "07"))),
        ReaderCase(name: "a record id with a plus sign", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "+7"))),
        ReaderCase(name: "a record id past Int64", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "9223372036854775808"))),
        ReaderCase(name: "a record id below Int64", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "-9223372036854775809"))),
        ReaderCase(name: "a record id past Int64 by its exponent", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "1e19"))),
        ReaderCase(name: "a record id with a bare point", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "7."))),
        ReaderCase(name: "a record id with a bare exponent", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "7e"))),
        ReaderCase(name: "a lone minus sign", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("7", "-"))),
        ReaderCase(name: "a flag as a string", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("true", #""true""#))),
        ReaderCase(name: "a flag as a number", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("true", "1"))),
        ReaderCase(name: "a misspelled flag", json: T.goldenJSON(#","gender":"# + T.value(#""male""#).replacingFirst("true", "tru"))),
        ReaderCase(name: "a name as a number", json: T.goldenJSON(#","display_name":5"#)),
        ReaderCase(name: "a lone high surrogate", json: T.goldenJSON(#","display_name":"a\ud800b""#)),
        ReaderCase(name: "a lone low surrogate", json: T.goldenJSON(#","display_name":"\udc00""#)),
        ReaderCase(name: "a high surrogate before a letter", json: T.goldenJSON(#","display_name":"\ud83d\u0041""#)),
        ReaderCase(name: "an unknown escape", json: T.goldenJSON(#","display_name":"a\xb""#)),
        ReaderCase(name: "a short \\u escape", json: T.goldenJSON(#","display_name":"a\u12""#)),
        ReaderCase(name: "an upper-case \\U escape", json: T.goldenJSON(#","display_name":"\U0041""#)),
        ReaderCase(name: "a raw tab in a string", json: T.goldenJSON(",\"display_name\":\"a\tb\"")),
        ReaderCase(name: "an unterminated string", json: T.goldenJSON(#","display_name":"abc"#)),
        ReaderCase(name: "a misspelled literal in an unknown member", json: T.goldenJSON(#","x":[nul]"#)),
        ReaderCase(name: "elements without a comma in an unknown member", json: T.goldenJSON(#","x":[1 2]"#)),
        ReaderCase(
            name: "nesting deeper than Foundation's limit in an unknown member",
            json: T.goldenJSON(#","x":"# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600))),
    ]

    @Test("malformed golden records are refused by both readers", arguments: goldenCases)
    func refusedRecord(_ example: ReaderCase) {
        #expect(expectSameReading(example.json, as: GoldenRecord.self) == .refused)
        do {
            _ = try MergeJSON.fastDecode(example.json, as: GoldenRecord.self)
        } catch {
            #expect(error.code == .parse)
            #expect(error.message.hasPrefix("not a stored GoldenRecord: "))
        }
    }

    static let historyCases: [ReaderCase] = [
        ReaderCase(name: "an empty object", json: "{}"),
        ReaderCase(name: "no community", json: T.history(["community": nil])),
        ReaderCase(name: "a community without its scored count", json: T.history(["community": #"{"likes":1,"posts":2,"replies":3,"reviews":4,"sentiment_signals":0,"sentiment_total":"0.00"}"#])),
        ReaderCase(name: "a day that does not exist", json: T.history(["first_purchase_at": #""2023-02-29T00:00:00Z""#])),
        ReaderCase(name: "a time with a space", json: T.history(["first_purchase_at": #""2024-03-01 12:00:00Z""#])),
        ReaderCase(name: "a time as a number", json: T.history(["last_purchase_at": "1709294400"])),
        ReaderCase(name: "an amount that is no number", json: T.history(["returned": #"[{"amount":"abc","currency":"GBP"}]"#])),
        ReaderCase(name: "an amount as a number", json: T.history(["returned": #"[{"amount":2.5,"currency":"GBP"}]"#])),
        ReaderCase(name: "an amount past Amount's range", json: T.history(["returned": #"[{"amount":"922337203685477.5807","currency":"GBP"}]"#])),
        ReaderCase(name: "a count with a fraction", json: T.history(["events": "1.5"])),
        ReaderCase(name: "a tally without its spend", json: T.history(["top_skus": #"[{"count":1,"name":"S1","quantity":1}]"#])),
    ]

    @Test("malformed history summaries are refused by both readers", arguments: historyCases)
    func refusedHistory(_ example: ReaderCase) {
        #expect(expectSameReading(example.json, as: HistorySummary.self) == .refused)
    }

    @Test("nesting a hundred thousand deep throws, without exhausting the stack")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: GoldenError.self) { try MergeJSON.fastDecode(T.goldenJSON(#","x":"# + deep), as: GoldenRecord.self) }
        #expect(throws: GoldenError.self) { try MergeJSON.fastDecode(String(repeating: "{\"x\":", count: 100_000), as: HistorySummary.self) }
    }

    @Test("errors name a byte offset and quote nothing of the document")
    func errorsQuoteNothing() throws {
        let record = golden(MergeJSONWriterTests.recordCases[2].members)
        let json = MergeJSON.fastEncode(record)
        let secrets = ["John", "Smith", "Southampton", "gmail", "jsmith"]
        for secret in secrets { #expect(json.contains(secret)) }
        let utf8 = Array(json.utf8)
        for length in stride(from: 0, to: utf8.count, by: 7) {
            do {
                _ = try MergeJSON.fastDecode(String(decoding: utf8[..<length], as: UTF8.self), as: GoldenRecord.self)
                Issue.record("a truncated record was read")
            } catch {
                #expect(error.code == .parse)
                #expect(error.message.contains("byte"))
                for secret in secrets { #expect(!error.description.contains(secret)) }
            }
        }
    }

    /// Damaged copies of real records: cut short anywhere, or with a byte overwritten anywhere
    /// by a byte JSON cares about. Both readers must agree; the fast one must never trap.
    @Test("truncated and corrupted records: both readers agree, none traps", arguments: MergeJSONReaderRandomTests.seeds)
    func fuzz(seed: UInt64) {
        var random = TestRandom(seed: seed)
        let interesting = Array(#"{}[]:,"\/ -+.0123456789eEnulltruefalse_"#.utf8) + [0x00, 0x09, 0x0A, 0x7F, 0xC3, 0xFF]
        for _ in 0..<25 {
            let members = (0..<Int(1 + random.below(4))).map { _ in random.member() }
            var accumulator = HistoryAccumulator()
            accumulator.add(contentsOf: (0..<Int(random.below(10))).map { _ in random.event() })
            let documents = [
                (Array(MergeJSON.fastEncode(golden(members)).utf8), true),
                (Array(MergeJSON.fastEncode(accumulator.summary()).utf8), false),
            ]
            for (utf8, isRecord) in documents {
                for _ in 0..<40 {
                    var damaged = utf8
                    if random.chance(30) {
                        damaged.removeLast(Int(random.below(UInt64(damaged.count))))
                    } else {
                        for _ in 0..<Int(1 + random.below(3)) {
                            damaged[Int(random.below(UInt64(damaged.count)))] = random.pick(interesting)
                        }
                    }
                    let text = String(decoding: damaged, as: UTF8.self)
                    if isRecord {
                        expectSameReading(text, as: GoldenRecord.self)
                    } else {
                        expectSameReading(text, as: HistorySummary.self)
                    }
                }
            }
        }
    }
}

extension String {
    /// The text with the first `target` replaced by `replacement`.
    func replacingFirst(_ target: String, _ replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
