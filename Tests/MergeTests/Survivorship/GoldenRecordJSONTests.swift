import GoldenCore
import Testing

@testable import Merge

@Suite("Golden records as JSON")
struct GoldenRecordJSONTests {
    static let members = [
        member(1, "pos", 10, name: name("John", "Smith", title: "mr"), dob: dob("1980-03-04"), gender: .male,
               emails: [email("a@example.com")], phones: [phone("+12025550101", ext: "7")],
               address: address("1", "High St", postcode: "AB1 2CD", city: "Leeds"), cards: ["C1"], account: "A1",
               username: "js"),
        member(2, "pos", 20, dob: dob("1980-04-03"), phones: [phone("5550199")]),
    ]

    @Test("a golden record reads back as it was written, with snake_case keys")
    func roundTrip() throws {
        let (record, conflicts) = Survivorship().goldenRecord(of: Self.members)
        let json = MergeJSON.encode(record)
        #expect(try MergeJSON.decode(json, as: GoldenRecord.self) == record)
        for key in ["\"display_name\"", "\"first_asserted_at\"", "\"last_asserted_at\"", "\"record_id\"", "\"date_of_birth\"",
                    "\"loyalty_cards\"", "\"account_ids\"", "\"extension_digits\"", "\"given_key\""] {
            #expect(json.contains(key), "\(key)")
        }
        #expect(!json.contains("recordID") && !json.contains("firstAssertedAt"))

        let conflict = try #require(conflicts.first)
        let conflictJSON = MergeJSON.encode(conflict)
        #expect(conflictJSON.contains("\"attribute\":\"date_of_birth\""))
        #expect(conflictJSON.contains("\"reason\":\"equal_trust\""))
        #expect(try MergeJSON.decode(conflictJSON, as: SurvivorshipConflict.self) == conflict)
    }

    @Test("text that is not a golden record is refused without quoting it")
    func refused() {
        do {
            _ = try MergeJSON.decode("{\"name\": \"John Smith\"}", as: GoldenRecord.self)
            Issue.record("decoded")
        } catch {
            #expect(error.code == .parse)
            #expect(!error.description.contains("John"))
        }
    }
}
