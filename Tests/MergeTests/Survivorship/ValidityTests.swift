import GoldenCore
import Testing

@testable import Merge

@Suite("Valid over invalid, placeholders")
struct ValidityTests {
    @Test(
        "placeholders never survive; invalid values only when nothing usable exists",
        arguments: [
            (["placeholder", "1980-01-02"], "1980-01-02", ValueStatus.valid),
            (["31/02/1980", "1980-01-02"], "1980-01-02", .valid),
            (["31/02/1980", "05-06"], "--05-06", .partial),
            (["31/02/1980", "placeholder"], "31/02/1980", .invalid),
            (["placeholder"], nil, nil),
        ] as [([String], String?, ValueStatus?)])
    func dateOfBirth(values: [String], key: String?, status: ValueStatus?) {
        // The first value comes from the most trusted source and is the most recent.
        let members = values.enumerated().map { index, text in
            member(Int64(index + 1), index == 0 ? "loyalty" : "pos", 30 - index, dob: dob(text))
        }
        let record = golden(members)
        #expect(record.dateOfBirth?.key == key)
        #expect(record.dateOfBirth?.status == status)
    }

    @Test("invalid e-mails are kept, marked, when no record gives a valid one; dropped beside one")
    func invalidEmails() {
        let invalid = [
            member(1, "pos", 10, emails: [email("john@", status: .invalid)]),
            member(2, "pos", 20, emails: [email("n/a", status: .placeholder)]),
        ]
        #expect(golden(invalid).emails.map(\.key) == ["john@"])
        #expect(golden(invalid).emails.map(\.status) == [.invalid])
        let mixed = invalid + [member(3, "pos", 5, emails: [email("john@example.com")])]
        #expect(golden(mixed).emails.map(\.key) == ["john@example.com"])
    }

    @Test("a birthday is left out beside the full date on the same day, even when more trusted")
    func coveredBirthday() {
        let members = [member(1, "loyalty", 30, dob: dob("03-04")), member(2, "pos", 10, dob: dob("1980-03-04"))]
        let record = golden(members, settings(.dateOfBirth, [.sourcePriority], conflicts: .review))
        #expect(record.dateOfBirth?.key == "1980-03-04")
        #expect(conflicts(members, settings(.dateOfBirth, [.sourcePriority], conflicts: .review)).isEmpty)
    }

    @Test("an address with only a country competes as partial; one with nothing left is a placeholder")
    func addressStatus() {
        let members = [
            member(1, "loyalty", 30, address: address(country: nil)),
            member(2, "loyalty", 20, address: address(country: "GB")),
            member(3, "pos", 10, address: address(city: "Leeds")),
        ]
        let record = golden(members)
        #expect(record.address?.key == "leeds||||GB")
        #expect(golden(Array(members.prefix(2))).address?.status == .partial)
        #expect(golden(Array(members.prefix(1))).address == nil)
    }
}
