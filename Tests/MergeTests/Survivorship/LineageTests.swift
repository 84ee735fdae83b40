import GoldenCore
import Testing

@testable import Merge

@Suite("Lineage")
struct LineageTests {
    @Test("every member asserting a value, once, oldest first; first and last asserted over all of them")
    func assertions() throws {
        let members = [
            member(5, "pos", 30, emails: [email("a@example.com"), email("A@Example.com", canonical: "a@example.com")]),
            member(2, "loyalty", 10, emails: [email("a@example.com")]),
            member(9, "ecommerce", nil, emails: [email("a@example.com")]),
            member(4, "community", 20, emails: [email("a@example.com")]),
            member(6, "pos", 40, emails: [email("b@example.com")]),
        ]
        let value = try #require(golden(members).emails.first { $0.key == "a@example.com" })
        #expect(value.lineage.map(\.recordID) == [9, 2, 4, 5])
        #expect(value.lineage.map(\.source) == ["ecommerce", "loyalty", "community", "pos"])
        #expect(value.lineage.map(\.key) == ["k9", "k2", "k4", "k5"])
        #expect(value.lineage.map(\.observedAt) == [nil, day(10), day(20), day(30)])
        #expect(value.count == 4)
        #expect(value.firstAssertedAt == day(10))
        #expect(value.lastAssertedAt == day(30))
    }

    @Test("a value asserted only by records without an observed-at has no asserted-at dates")
    func unknownTimes() throws {
        let members = [member(1, "pos", nil, gender: .female), member(2, "pos", nil, gender: .female)]
        let gender = try #require(golden(members).gender)
        #expect(gender.count == 2)
        #expect(gender.firstAssertedAt == nil)
        #expect(gender.lastAssertedAt == nil)
    }

    @Test("lineage counts the whole group, whichever variant is shown")
    func variantsShareLineage() throws {
        let members = [
            member(1, "pos", 10, name: name("Jose", "Garcia", key: "jose")),
            member(2, "loyalty", 20, name: name("José", "Garcia", key: "jose")),
            member(3, "pos", 30, name: name("Jose", "Garcia", key: "jose")),
        ]
        let chosen = try #require(golden(members).name)
        #expect(chosen.value.given == "José")
        #expect(chosen.lineage.map(\.recordID) == [1, 2, 3])
        #expect(chosen.firstAssertedAt == day(10))
        #expect(chosen.lastAssertedAt == day(30))
    }
}
