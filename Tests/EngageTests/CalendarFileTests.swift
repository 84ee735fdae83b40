import GoldenCore
import Testing

@testable import Engage

@Suite("Calendar file")
struct CalendarFileTests {
    typealias F = OfferFixture
    static let stages = ["new", "active", "loyal", "at_risk", "lapsed"]
    static let good: [String: String] = [
        "campaign_id": "spring", "name": "Spring sale", "start": "2026-03-01", "end": "2026-03-31", "channel": "email",
        "template": "spring-1", "audience": "all", "priority": "3",
    ]

    @Test func readsCampaigns() throws {
        let rows = [
            KeyedRow(line: 2, fields: Self.good),
            KeyedRow(
                line: 3,
                fields: [
                    "campaign_id": "winback", "start": "2026-04-01", "end": "2026-04-01", "channel": "sms",
                    "audience": " lapsed; at_risk |lapsed", "name": " ", "priority": "",
                ]),
        ]
        let campaigns = try CalendarFile.campaigns(from: rows, file: "calendar.csv", stages: Self.stages)
        #expect(
            campaigns == [
                Campaign(
                    id: "spring", name: "Spring sale", start: F.day("2026-03-01"), end: F.day("2026-03-31"),
                    action: ActionTemplate(channel: "email", template: "spring-1", priority: 3), audience: .always),
                Campaign(
                    id: "winback", name: "winback", start: F.day("2026-04-01"), end: F.day("2026-04-01"),
                    action: ActionTemplate(channel: "sms"), audience: .stage(["lapsed", "at_risk"])),
            ])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var change: [String: String]
        var column: String
        var message: String
        var testDescription: String { "\(column): \(message)" }
    }

    static let bad: [Bad] = [
        Bad(change: ["campaign_id": ""], column: "campaign_id", message: "campaign_id is empty"),
        Bad(change: ["start": "2026-3-01"], column: "start", message: "start is not a day"),
        Bad(change: ["end": ""], column: "end", message: "end is empty"),
        Bad(change: ["end": "2026-02-28"], column: "end", message: "end is before start"),
        Bad(change: ["channel": " "], column: "channel", message: "channel is empty"),
        Bad(change: ["priority": "high"], column: "priority", message: "priority is not a whole number"),
        Bad(change: ["audience": "loyal;vip"], column: "audience", message: "unknown stage 'vip'"),
        Bad(change: ["audience": "all, loyal"], column: "audience", message: "mixes all with stage names"),
    ]

    @Test(arguments: bad) func refusesBadRow(_ test: Bad) {
        let rows = [KeyedRow(line: 2, fields: Self.good), KeyedRow(line: 5, fields: Self.good.merging(test.change) { $1 }.merging(["campaign_id": test.change["campaign_id"] ?? "other"]) { $1 })]
        let error = #expect(throws: GoldenError.self) {
            try CalendarFile.campaigns(from: rows, file: "calendar.csv", stages: Self.stages)
        }
        #expect(error?.code == .config)
        #expect(error?.location == SourceLocation(file: "calendar.csv", line: 5, key: test.column))
        #expect(error?.message.contains(test.message) == true, "\(error?.message ?? "")")
        #expect(error?.exitCode == 2)
    }

    @Test func refusesRepeatedID() {
        let rows = [KeyedRow(line: 2, fields: Self.good), KeyedRow(line: 4, fields: Self.good)]
        let error = #expect(throws: GoldenError.self) { try CalendarFile.campaigns(from: rows, file: "c.csv") }
        #expect(error?.location == SourceLocation(file: "c.csv", line: 4, key: "campaign_id"))
        #expect(error?.message.contains("line 2") == true)
    }

    @Test(arguments: [
        (["campaign_id", "start", "end", "channel"], nil as String?, nil as Int?),
        (CalendarFile.columns, nil, nil),
        (["campaign_id", "start", "end", "chanel"], "chanel", 4),
        (["campaign_id", "start", "end"], "channel", nil),
    ])
    func checksHeader(header: [String], key: String?, column: Int?) {
        do {
            try CalendarFile.checkHeader(header, file: "c.csv")
            #expect(key == nil)
        } catch {
            #expect(error.location == SourceLocation(file: "c.csv", line: 1, column: column, key: key))
        }
    }

    @Test(arguments: [
        ("all", Condition.always), ("ALL", .always), ("", .always), ("  ", .always),
        ("loyal", .stage(["loyal"])), ("loyal|at_risk", .stage(["loyal", "at_risk"])),
        ("at_risk, loyal ;at_risk", .stage(["at_risk", "loyal"])),
    ])
    func readsAudience(text: String, expected: Condition) throws {
        #expect(try CalendarAudience.parse(text, stages: Self.stages).get() == expected)
        // What the file would write reads back the same.
        #expect(try CalendarAudience.parse(CalendarAudience.text(expected)!, stages: Self.stages).get() == expected)
    }

    @Test func audienceStagesAreFreeWithoutAList() throws {
        #expect(try CalendarAudience.parse("vip").get() == .stage(["vip"]))
        #expect(CalendarAudience.text(.line([.above])) == nil)
    }
}
