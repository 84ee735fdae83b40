import Foundation
import GoldenCore
import Merge
import Pipeline
import Quality
import Store
import Testing

/// The contact profile engagement reads from stored golden JSON agrees with the decoded records,
/// and malformed JSON is an error, not a crash.
@Suite struct ContactProfileJSONTests {
    @Test func storedRecordsGiveTheProfileTheirDecodedFormShows() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        var compared = 0, mobiles = 0, escaped = 0
        try store.forEachGoldenRecord { stored in
            let json = try #require(stored.record)
            let record: GoldenRecord = try MergeJSON.decode(json)
            let profile = try ContactProfile(recordJSON: json)
            let email = record.emails.first { $0.preferred } ?? record.emails.first
            #expect(profile.email?.status == email?.status, "\(stored.goldenID)")
            #expect(profile.email?.lastAssertedAt == email?.lastAssertedAt)
            let canonical = email?.value.canonical ?? email?.value.normalized
            #expect(profile.emailDomain == canonical.flatMap { $0.split(separator: "@").last.map(String.init) })
            let usable = record.phones.filter { $0.status.isUsable }
            let mobile = usable.first { $0.value.type == .mobile } ?? usable.first { $0.value.type == .unknown }
            #expect(profile.mobile?.lastAssertedAt == mobile?.lastAssertedAt && profile.mobile?.status == mobile?.status)
            if mobile != nil { mobiles += 1 }
            #expect(profile.address?.status == record.address?.status)
            #expect(profile.country == record.address?.value.country)
            #expect(profile.city == record.address?.value.city)
            if let city = record.address?.value.city, city.contains(where: { !$0.isASCII }) { escaped += 1 }
            #expect(profile.gender == record.gender?.value.rawValue)
            #expect(profile.birthYear == (record.dateOfBirth?.status.isUsable == true ? record.dateOfBirth?.value.year : nil))
            // The channels' freshness facts equal the full reader's for those attributes.
            let full = try FreshnessFacts(recordJSON: json, historyJSON: nil).preferred
                .filter { [.email, .phone, .address].contains($0.attribute) }
            let own = profile.freshnessFacts.preferred
            #expect(own.map(\.attribute) == full.map(\.attribute) && own.map(\.assertions) == full.map(\.assertions))
            compared += 1
        }
        #expect(compared > 100 && mobiles > 10)
    }

    @Test func escapedTextIsDecoded() throws {
        let json = #"{"address":{"status":"valid","value":{"city":"Gen\u00e8ve \"Nord\"","country":"CH"}}}"#
        let profile = try ContactProfile(recordJSON: json)
        #expect(profile.city == "Genève \"Nord\"" && profile.country == "CH" && profile.address?.status == .valid)
    }

    @Test(arguments: ["", "{", "{\"emails\":[{\"status\":7}]}", "{\"address\":{\"value\":{\"city\":\"\\q\"}}}", "[1]"])
    func malformedJSONIsAnErrorNotACrash(_ json: String) {
        #expect(throws: GoldenError.self) { try ContactProfile(recordJSON: json) }
    }
}
