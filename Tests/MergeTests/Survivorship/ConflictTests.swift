import GoldenCore
import Testing

@testable import Merge

@Suite("Survivorship conflicts")
struct ConflictTests {
    @Test("two dates of birth from equally trusted sources: a conflict, the chosen one first")
    func equalTrust() throws {
        let members = [
            member(1, "pos", 10, dob: dob("1980-03-04")), member(2, "pos", 20, dob: dob("1980-04-03")),
            member(3, "pos", 30, dob: dob("1980-03-04")),
        ]
        let (record, conflicts) = Survivorship().goldenRecord(of: members)
        #expect(record.dateOfBirth?.key == "1980-03-04")
        let conflict = try #require(conflicts.first)
        #expect(conflicts.count == 1)
        #expect(conflict.attribute == .dateOfBirth)
        #expect(conflict.reason == .equalTrust)
        #expect(conflict.keys == ["1980-03-04", "1980-04-03"])
        guard case .dateOfBirth(let values) = conflict.values else {
            Issue.record("not a date of birth conflict")
            return
        }
        #expect(values.map(\.preferred) == [true, false])
        #expect(values.map { $0.lineage.map(\.recordID) } == [[1, 3], [2]])
        #expect(values[0] == record.dateOfBirth)
    }

    @Test(
        "no conflict when trust differs, values agree, or a value is not valid",
        arguments: [
            [member(1, "loyalty", 10, dob: dob("1980-03-04")), member(2, "pos", 20, dob: dob("1980-04-03"))],
            [member(1, "pos", 10, dob: dob("1980-03-04")), member(2, "pos", 20, dob: dob("1980-03-04"))],
            [member(1, "pos", 10, dob: dob("1980-03-04")), member(2, "pos", 20, dob: dob("04-03"))],
            [member(1, "pos", 10, dob: dob("1980-03-04")), member(2, "pos", 20, dob: dob("31/02/1980"))],
            [member(1, "pos", 10, dob: dob("1980-03-04")), member(2, "pos", 20, dob: dob("placeholder"))],
        ])
    func noConflict(members: [MergeMember]) {
        #expect(conflicts(members).isEmpty)
        #expect(golden(members).dateOfBirth != nil)
    }

    @Test("a tier of equally trusted sources makes their values conflict")
    func tier() {
        let members = [member(1, "loyalty", 10, dob: dob("1980-03-04")), member(2, "ecommerce", 20, dob: dob("1981-03-04"))]
        var tiered = SurvivorshipSettings.defaults
        tiered.sourcePriority = SourceRanking(tiers: [["loyalty", "ecommerce"], ["pos"]])
        #expect(conflicts(members).isEmpty)
        #expect(conflicts(members, tiered).map(\.keys) == [["1981-03-04", "1980-03-04"]])
    }

    @Test("conflicts: ignore still chooses, silently")
    func ignore() {
        let members = [member(1, "pos", 10, dob: dob("1980-03-04")), member(2, "pos", 20, dob: dob("1980-04-03"))]
        var quiet = SurvivorshipSettings.defaults
        quiet[.dateOfBirth].conflicts = .ignore
        #expect(conflicts(members, quiet).isEmpty)
        #expect(golden(members, quiet).dateOfBirth == golden(members).dateOfBirth)
    }

    @Test("names conflict only when they disagree, not when one is an initial or lacks a middle name")
    func names() {
        let review = settings(.name, [.sourcePriority, .mostComplete], conflicts: .review)
        let agreeing = [
            member(1, "pos", 10, name: name("John", "Smith", middle: "Andrew")),
            member(2, "pos", 20, name: name("J", "Smith")), member(3, "pos", 30, name: name("John", "Smith", middle: "A")),
        ]
        #expect(conflicts(agreeing, review).isEmpty)
        let disagreeing = agreeing + [member(4, "pos", 40, name: name("Peter", "Smith"))]
        #expect(conflicts(disagreeing, review).map(\.attribute) == [.name])
        #expect(conflicts(disagreeing, review).first?.keys.count == 2)
    }

    @Test("conflicts of several attributes come in attribute order")
    func several() {
        var review = SurvivorshipSettings.defaults
        review[.gender].conflicts = .review
        review[.address].conflicts = .review
        let members = [
            member(1, "pos", 10, dob: dob("1980-03-04"), gender: .male, address: address("1", "A St", postcode: "X1")),
            member(2, "pos", 20, dob: dob("1980-04-03"), gender: .female, address: address("2", "B St", postcode: "X2")),
        ]
        #expect(conflicts(members, review).map(\.attribute) == [.dateOfBirth, .gender, .address])
    }
}
