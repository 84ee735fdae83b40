import GoldenCore
import Testing

@testable import Merge

/// One rule deciding between values that another rule would order the other way.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let attribute: GoldenAttribute
    let members: [MergeMember]
    let rules: [SurvivorshipRule]
    let expected: [String]
    let otherRules: [SurvivorshipRule]
    let otherExpected: [String]
}

@Suite("Survivorship rules")
struct RuleTests {
    static let cases: [RuleCase] = [
        RuleCase(
            testDescription: "valid_over_invalid: a full date over a newer, more trusted birthday",
            attribute: .dateOfBirth,
            members: [member(1, "loyalty", 30, dob: dob("03-04")), member(2, "pos", 10, dob: dob("1980-05-06"))],
            rules: [.validOverInvalid], expected: ["1980-05-06"],
            otherRules: [.sourcePriority], otherExpected: ["--03-04"]),
        RuleCase(
            testDescription: "source_priority: loyalty over a newer till record",
            attribute: .dateOfBirth,
            members: [member(1, "pos", 30, dob: dob("1980-01-01")), member(2, "loyalty", 10, dob: dob("1981-02-02"))],
            rules: [.sourcePriority], expected: ["1981-02-02"],
            otherRules: [.mostRecent], otherExpected: ["1980-01-01"]),
        RuleCase(
            testDescription: "most_recent: the latest observation over the most frequent value",
            attribute: .gender,
            members: [
                member(1, "pos", 10, gender: .female), member(2, "pos", 12, gender: .female),
                member(3, "pos", 20, gender: .male),
            ],
            rules: [.mostRecent], expected: ["male"],
            otherRules: [.mostFrequent], otherExpected: ["female"]),
        RuleCase(
            testDescription: "most_frequent: the address two records give over a newer one",
            attribute: .email,
            members: [
                member(1, "pos", 10, emails: [email("a@example.com")]),
                member(2, "pos", 11, emails: [email("a@example.com")]),
                member(3, "pos", 30, emails: [email("b@example.com")]),
            ],
            rules: [.mostFrequent], expected: ["a@example.com", "b@example.com"],
            otherRules: [.mostRecent], otherExpected: ["b@example.com", "a@example.com"]),
        RuleCase(
            testDescription: "most_complete: a full given name over a more trusted initial",
            attribute: .name,
            members: [member(1, "loyalty", 30, name: name("J", "Smith")), member(2, "pos", 10, name: name("John", "Smith"))],
            rules: [.mostComplete], expected: ["john||smith|"],
            otherRules: [.sourcePriority], otherExpected: ["j||smith|"]),
        RuleCase(
            testDescription: "most_complete: a street address over a newer bare postcode",
            attribute: .address,
            members: [
                member(1, "pos", 30, address: address(postcode: "SW1A 1AA")),
                member(2, "loyalty", 10, address: address("10", "Downing St", postcode: "SW1A 2AA")),
            ],
            rules: [.mostComplete], expected: ["SW1A 2AA|10 downing st|10||GB"],
            otherRules: [.mostRecent], otherExpected: ["SW1A 1AA||||GB"]),
        RuleCase(
            testDescription: "longest: the longer handle over a newer one",
            attribute: .username,
            members: [member(1, "community", 30, username: "bob"), member(2, "community", 10, username: "robert99")],
            rules: [.longest], expected: ["robert99", "bob"],
            otherRules: [.mostRecent], otherExpected: ["bob", "robert99"]),
    ]

    @Test(arguments: cases)
    func ruleDecides(_ test: RuleCase) {
        #expect(golden(test.members, settings(test.attribute, test.rules)).keys(test.attribute) == test.expected)
        #expect(golden(test.members, settings(test.attribute, test.otherRules)).keys(test.attribute) == test.otherExpected)
    }

    @Test("most_frequent counts members: a record giving a value twice counts once")
    func frequencyCountsMembers() {
        let members = [
            member(1, "pos", 30, emails: [email("a@example.com"), email("A@example.com", canonical: "a@example.com")]),
            member(2, "pos", 10, emails: [email("b@example.com")]),
            member(3, "pos", 10, emails: [email("b@example.com")]),
        ]
        #expect(golden(members, settings(.email, [.mostFrequent])).keys(.email) == ["b@example.com", "a@example.com"])
    }

    @Test("rules apply in order: the first that tells values apart decides")
    func order() {
        let members = [
            member(1, "pos", 30, dob: dob("1980-01-01")), member(2, "loyalty", 10, dob: dob("1981-02-02")),
            member(3, "loyalty", 11, dob: dob("1982-03-03")),
        ]
        #expect(golden(members, settings(.dateOfBirth, [.sourcePriority, .mostRecent])).keys(.dateOfBirth) == ["1982-03-03"])
        #expect(golden(members, settings(.dateOfBirth, [.mostRecent, .sourcePriority])).keys(.dateOfBirth) == ["1980-01-01"])
    }

    @Test("an attribute's own ranking overrides the global one")
    func ownRanking() {
        let members = [
            member(1, "loyalty", 10, emails: [email("club@example.com")]),
            member(2, "web", 10, emails: [email("shop@example.com")]),
        ]
        let survivorship = Survivorship(settings: .defaults, sourceKinds: ["loyalty": .loyalty, "web": .ecommerce])
        // Defaults: e-mails trust the web shop (by kind) first, the global ranking trusts loyalty.
        #expect(survivorship.goldenRecord(of: members).record.keys(.email) == ["shop@example.com", "club@example.com"])
        var global = SurvivorshipSettings.defaults
        global[.email].sourcePriority = nil
        let globalOnly = Survivorship(settings: global, sourceKinds: ["loyalty": .loyalty, "web": .ecommerce])
        #expect(globalOnly.goldenRecord(of: members).record.keys(.email) == ["club@example.com", "shop@example.com"])
    }

    @Test(
        "a ranking names sources or kinds; a named source outranks its kind; unlisted sources come last",
        arguments: [
            ("web", SourceKind.ecommerce, 1), ("tills_north", .pos, 2), ("vip", .pos, 0), ("forum", .community, 3),
            ("unknown", nil, 3),
        ] as [(String, SourceKind?, Int)])
    func ranking(source: String, kind: SourceKind?, rank: Int) {
        let ranking = SourceRanking(tiers: [["loyalty", "vip"], ["ecommerce"], ["pos"]])
        #expect(ranking.rank(of: source, kind: kind) == rank)
    }
}
