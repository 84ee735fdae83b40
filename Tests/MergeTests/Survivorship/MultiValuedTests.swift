import GoldenCore
import Testing

@testable import Merge

@Suite("Multi-valued attributes")
struct MultiValuedTests {
    @Test("every distinct valid e-mail is kept once, best first, the first preferred")
    func emails() {
        let members = [
            member(1, "pos", 10, emails: [email("a@example.com"), email("none@none.com", status: .placeholder)]),
            member(2, "loyalty", 20, emails: [email("b@example.com"), email("a@example.com")]),
            member(3, "ecommerce", 15, emails: [email("c@example.com"), email("c@", status: .invalid)]),
        ]
        let emails = golden(members).emails
        // Defaults: valid first, then e-commerce, loyalty, community, pos; then most recent, then
        // most frequent (a and b were both last given by loyalty on day 20; a by two records).
        #expect(emails.map(\.key) == ["c@example.com", "a@example.com", "b@example.com"])
        #expect(emails.map(\.preferred) == [true, false, false])
        #expect(golden(members).preferredEmail?.key == "c@example.com")
        #expect(emails[1].lineage.map(\.recordID) == [1, 2])
        #expect(emails[1].lastAssertedAt == day(20))
        #expect(emails.allSatisfy { $0.status == .valid })
    }

    @Test("phones follow the last time they were seen, each with its last-seen date")
    func phones() {
        let members = [
            member(1, "loyalty", 10, phones: [phone("+12025550101")]),
            member(2, "pos", 40, phones: [phone("+12025550102")]),
            member(3, "ecommerce", 30, phones: [phone("+12025550101")]),
            member(4, "pos", 5, phones: [phone("+12025550103")]),
        ]
        let phones = golden(members).phones
        #expect(phones.map(\.key) == ["+12025550102", "+12025550101", "+12025550103"])
        #expect(phones.map(\.lastAssertedAt) == [day(40), day(30), day(5)])
        #expect(phones.map(\.firstAssertedAt) == [day(40), day(10), day(5)])
        #expect(phones.map(\.count) == [1, 2, 1])
        #expect(phones.filter(\.preferred).map(\.key) == ["+12025550102"])
    }

    @Test("a local number is left out beside the full number it belongs to, kept after full ones otherwise")
    func partialPhones() {
        let members = [
            member(1, "pos", 50, phones: [phone("5550101"), phone("5550199")]),
            member(2, "loyalty", 10, phones: [phone("+12025550101")]),
        ]
        let phones = golden(members).phones
        #expect(phones.map(\.key) == ["+12025550101", "5550199"])
        #expect(phones.map(\.status) == [.valid, .partial])
    }

    @Test("the variant with the extension is shown for a number given with and without one")
    func extensionVariant() {
        let members = [
            member(1, "pos", 10, phones: [phone("+12025550101")]),
            member(2, "pos", 10, phones: [phone("+12025550101", ext: "12")]),
        ]
        let phones = golden(members, settings(.phone, [.validOverInvalid, .mostComplete])).phones
        #expect(phones.count == 1)
        #expect(phones.first?.value.extensionDigits == "12")
        #expect(phones.first?.count == 2)
    }

    @Test("cards, account ids and usernames keep every distinct value")
    func identifiers() {
        let members = [
            member(1, "pos", 30, cards: ["C1", "C2"], account: "A9"),
            member(2, "loyalty", 10, cards: ["C2"], username: "jsmith"),
            member(3, "community", 20, account: "A9", username: "johnny"),
        ]
        let record = golden(members)
        // Cards trust the loyalty programme first; usernames the community.
        #expect(record.loyaltyCards.map(\.key) == ["C2", "C1"])
        #expect(record.accountIds.map(\.key) == ["A9"])
        #expect(record.accountIds.first?.lineage.map(\.source) == ["community", "pos"])
        #expect(record.usernames.map(\.key) == ["johnny", "jsmith"])
    }
}
