import Foundation
import Testing
@testable import Generator

/// The population has the shapes that make identity resolution hard: households, twins,
/// namesakes, moves and marriages.
@Suite struct PopulationTests {
    let feeds = GeneratedFeeds.sample
    var people: [Person] { (0..<feeds.population.customers).map { feeds.population.person(at: $0) } }

    @Test func twinsShareBirthDateHomeAndNameButAreDifferentEntities() throws {
        let twins = Dictionary(grouping: people.filter { $0.role == .twin }, by: { $0.index / 4 })
        #expect(twins.count >= 5)
        let entitiesInTruth = Set(try feeds.truth().map(\.entity))
        for pair in twins.values {
            try #require(pair.count == 2)
            let (a, b) = (pair[0], pair[1])
            #expect(a.entityID != b.entityID)
            #expect(a.dateOfBirth == b.dateOfBirth)
            #expect(a.address == b.address)
            #expect(a.landline == b.landline)
            #expect(a.familyName == b.familyName)
            #expect(a.givenName != b.givenName)
            #expect(entitiesInTruth.contains(a.entityID) && entitiesInTruth.contains(b.entityID))
        }
    }

    @Test func householdsShareAddressAndLandline() throws {
        let households = Dictionary(grouping: people.filter { $0.household != nil }, by: { $0.household! })
        #expect(households.count > 50)
        var sharedSurname = 0
        for members in households.values {
            #expect(members.count >= 2)
            #expect(Set(members.map(\.address)).count == 1)
            #expect(Set(members.map { $0.landline?.e164 ?? "-" }).count == 1)
            if Set(members.map(\.familyName)).count == 1 { sharedSurname += 1 }
        }
        #expect(sharedSurname > households.count / 2)
    }

    @Test func namesakesShareNameAndCityOnly() {
        let pairs = Dictionary(grouping: people.filter { $0.role == .namesake }, by: { $0.index / 4 })
        #expect(pairs.count >= 5)
        for pair in pairs.values where pair.count == 2 {
            #expect(pair[0].givenName == pair[1].givenName && pair[0].familyName == pair[1].familyName)
            #expect(pair[0].address.city == pair[1].address.city)
            #expect(pair[0].address != pair[1].address)
            #expect(pair[0].emails != pair[1].emails)
        }
    }

    @Test func commonNamesDominate() {
        let counts = Dictionary(grouping: people, by: \.familyName).mapValues(\.count)
        let top = counts.values.sorted(by: >)
        #expect(top[0] >= 20, "the most common family name should be frequent")
        #expect(counts.count > 150, "and the tail long")
    }

    @Test func movedAndMarriedCustomersHaveRecordsFromBothSides() throws {
        let truth = try feeds.truth()
        let recordsByEntity = Dictionary(grouping: truth, by: \.entity).mapValues(\.count)
        let moved = people.filter { $0.movedOn != nil }
        let married = people.filter { $0.birthFamilyName != nil }
        #expect(moved.count > 100 && married.count > 20)
        for person in moved + married { #expect(recordsByEntity[person.entityID, default: 0] >= 2) }
    }

    @Test func olderLoyaltyRecordsShowTheBirthName() throws {
        let members = try #require(XMLRecords.parse(feeds.text("feeds/loyalty/members_001.xml"), record: "member"))
        let entity = Dictionary(uniqueKeysWithValues: try feeds.truth().map { ($0.key, $0.entity) })
        var birthNamesSeen = 0
        for member in members.elements {
            let person = feeds.person(entity[member.attributes["id"]!]!)
            guard let birthName = person.birthFamilyName else { continue }
            if member.texts["family"]?.first == birthName { birthNamesSeen += 1 }
        }
        #expect(birthNamesSeen > 0)
    }

    @Test func countriesAreMostlyBritishAndAmerican() {
        let byCountry = Dictionary(grouping: people, by: \.country).mapValues(\.count)
        #expect(byCountry[.gb, default: 0] + byCountry[.us, default: 0] > people.count * 7 / 10)
        for country in Country.allCases { #expect(byCountry[country, default: 0] > 0) }
    }

    @Test func nicknamesAppearInPlaceOfGivenNames() throws {
        let members = try #require(XMLRecords.parse(feeds.text("feeds/loyalty/members_001.xml"), record: "member"))
        let entity = Dictionary(uniqueKeysWithValues: try feeds.truth().map { ($0.key, $0.entity) })
        var withNickname = 0
        var eligible = 0
        for member in members.elements {
            let person = feeds.person(entity[member.attributes["id"]!]!)
            guard !person.nicknames.isEmpty, let given = member.texts["given"]?.first else { continue }
            eligible += 1
            if person.nicknames.contains(where: { $0.caseInsensitiveCompare(given) == .orderedSame }) {
                withNickname += 1
            }
        }
        let rate = Double(withNickname) / Double(eligible)
        #expect(rate > 0.1 && rate < 0.3, "nickname share \(rate)")
    }
}
