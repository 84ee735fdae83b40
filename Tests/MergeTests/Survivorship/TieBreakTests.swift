import GoldenCore
import Testing

@testable import Merge

@Suite("Survivorship tie-breakers and determinism")
struct TieBreakTests {
    @Test("values no rule tells apart: the smaller grouping key wins, in either member order")
    func smallerKey() {
        let members = [member(1, "pos", 10, dob: dob("1990-07-08")), member(2, "pos", 10, dob: dob("1985-01-02"))]
        for order in [members, members.reversed()] {
            #expect(golden(order, settings(.dateOfBirth, [.sourcePriority, .mostRecent])).keys(.dateOfBirth) == ["1985-01-02"])
        }
    }

    @Test("variants no rule tells apart: the one given by the smallest record id")
    func smallestRecordID() {
        let members = [
            member(7, "pos", 10, emails: [email("John.Smith@example.com", canonical: "johnsmith@example.com")]),
            member(3, "pos", 10, emails: [email("johnsmith@example.com")]),
        ]
        for order in [members, members.reversed()] {
            let emails = golden(order).emails
            #expect(emails.count == 1)
            #expect(emails.first?.value.normalized == "johnsmith@example.com")
            #expect(emails.first?.key == "johnsmith@example.com")
        }
    }

    @Test("variants are chosen by the attribute's rules before the tie-breaker")
    func variantByRules() {
        let members = [
            member(3, "pos", 10, emails: [email("johnsmith@example.com")]),
            member(7, "ecommerce", 10, emails: [email("John.Smith@example.com", canonical: "johnsmith@example.com")]),
        ]
        #expect(golden(members).emails.first?.value.normalized == "john.smith@example.com")
    }

    @Test("the golden record does not depend on the order of the members")
    func memberOrder() {
        let members = [
            member(1, "pos", 10, name: name("Jon", "Smith"), dob: dob("1980-01-02"), emails: [email("a@example.com")],
                   phones: [phone("+12025550101")], address: address("1", "High St", postcode: "AB1 2CD")),
            member(2, "loyalty", 20, name: name("John", "Smith"), dob: dob("1980-02-01"),
                   emails: [email("b@example.com"), email("a@example.com")], phones: [phone("+12025550102")]),
            member(3, "ecommerce", 20, name: name("John", "Smith", middle: "A"), phones: [phone("+12025550101")],
                   address: address("2", "Low Rd", postcode: "AB1 3CD"), cards: ["C1"]),
            member(4, "pos", 5, name: name("J", "Smith"), cards: ["C2", "C1"], username: "js"),
        ]
        let expected = Survivorship().goldenRecord(of: members)
        for rotation in 1..<members.count {
            let rotated = Array(members[rotation...] + members[..<rotation])
            let result = Survivorship().goldenRecord(of: rotated)
            #expect(result.record == expected.record)
            #expect(result.conflicts == expected.conflicts)
        }
        #expect(Survivorship().goldenRecord(of: members.reversed()).record == expected.record)
    }

    @Test("no members: an empty golden record")
    func empty() {
        let (record, conflicts) = Survivorship().goldenRecord(of: [])
        #expect(record == GoldenRecord())
        #expect(conflicts.isEmpty)
    }
}
