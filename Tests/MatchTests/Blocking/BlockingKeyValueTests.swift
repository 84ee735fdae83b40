import GoldenCore
import Testing

@testable import Match

@Suite("Blocking key values")
struct BlockingKeyValueTests {
    typealias F = BlockFixture

    static let bob = TextKey("bob", phonetic: PhoneticKey(primary: "PP", alternate: "PP"), variants: ["robert"])
    static let xavi = TextKey("xavi", phonetic: PhoneticKey(primary: "", alternate: ""))
    static let smith = TextKey("smith", phonetic: PhoneticKey(primary: "SM0", alternate: "XMT"))

    @Test(
        "Text, e-mail, phone and postcode forms hash their values",
        arguments: [
            ("given_name", MatchRecord(id: 1, source: "s", key: "k", givenNames: [bob]), ["bob"]),
            ("given_name.phonetic", MatchRecord(id: 1, source: "s", key: "k", givenNames: [bob]), ["PP"]),
            ("given_name.phonetic", MatchRecord(id: 1, source: "s", key: "k", givenNames: [xavi]), []),
            ("given_name.phonetic", MatchRecord(id: 1, source: "s", key: "k", givenNames: [TextKey("al")]), []),
            ("given_name.canonical", MatchRecord(id: 1, source: "s", key: "k", givenNames: [bob]), ["robert"]),
            ("given_name.canonical", MatchRecord(id: 1, source: "s", key: "k", givenNames: [xavi]), ["xavi"]),
            ("given_name.canonical",
             MatchRecord(id: 1, source: "s", key: "k", givenNames: [TextKey("ted", variants: ["edmund", "edward"])]),
             ["edmund", "edward"]),
            ("given_name.initial", MatchRecord(id: 1, source: "s", key: "k", givenNames: [bob, xavi]), ["b", "x"]),
            ("given_name", MatchRecord(id: 1, source: "s", key: "k", givenNames: [TextKey("")]), []),
            ("given_name.initial", MatchRecord(id: 1, source: "s", key: "k", givenNames: [TextKey("")]), []),
            ("family_name", MatchRecord(id: 1, source: "s", key: "k", familyNames: [smith]), ["smith"]),
            ("family_name.phonetic", MatchRecord(id: 1, source: "s", key: "k", familyNames: [smith]), ["SM0"]),
            ("family_name.initial", MatchRecord(id: 1, source: "s", key: "k", familyNames: [smith]), ["s"]),
            ("full_name",
             MatchRecord(id: 1, source: "s", key: "k", fullNames: [TextKey("bob j smith")]), ["bob j smith"]),
            ("full_name.phonetic",
             MatchRecord(id: 1, source: "s", key: "k", givenNames: [bob], familyNames: [smith]), ["PP", "SM0"]),
            // The same codes whichever way round the name was typed.
            ("full_name.phonetic",
             MatchRecord(id: 1, source: "s", key: "k", givenNames: [smith], familyNames: [bob]), ["SM0", "PP"]),
            ("full_name.phonetic", MatchRecord(id: 1, source: "s", key: "k", givenNames: [xavi]), []),
            ("street", MatchRecord(id: 1, source: "s", key: "k", street: TextKey("12 high st")), ["12 high st"]),
            ("street.initial", MatchRecord(id: 1, source: "s", key: "k", street: TextKey("12 high st")), ["1"]),
            ("city", MatchRecord(id: 1, source: "s", key: "k", city: TextKey("london")), ["london"]),
            ("region", MatchRecord(id: 1, source: "s", key: "k", region: TextKey("tx")), ["tx"]),
            ("loyalty_card",
             MatchRecord(id: 1, source: "s", key: "k", loyaltyCards: [TextKey("LC1"), TextKey("LC2")]), ["LC1", "LC2"]),
            ("account_id", MatchRecord(id: 1, source: "s", key: "k", accountId: TextKey("A-9")), ["A-9"]),
            ("username", MatchRecord(id: 1, source: "s", key: "k", username: TextKey("johnnys")), ["johnnys"]),
            ("gender", MatchRecord(id: 1, source: "s", key: "k", gender: TextKey("female")), ["female"]),
            ("city", MatchRecord(id: 1, source: "s", key: "k"), []),
            ("email",
             MatchRecord(id: 1, source: "s", key: "k", emails: [email("j.s@x.com"), email(nil), email("js@y.org")]),
             ["j.s@x.com", "js@y.org"]),
            ("email.local", MatchRecord(id: 1, source: "s", key: "k", emails: [email("j.s@x.com")]), ["j.s"]),
            ("email.local", MatchRecord(id: 1, source: "s", key: "k", emails: [email("@x.com")]), []),
            ("phone",
             MatchRecord(id: 1, source: "s", key: "k", phones: [phone("+12125550123"), phone(nil), phone("5550123")]),
             ["+12125550123", "5550123"]),
            ("postcode", MatchRecord(id: 1, source: "s", key: "k", address: postcode("SW1A 1AA")), ["SW1A 1AA"]),
            ("postcode.district", MatchRecord(id: 1, source: "s", key: "k", address: postcode("SW1A 1AA")), ["SW1A"]),
            ("postcode.sector", MatchRecord(id: 1, source: "s", key: "k", address: postcode("SW1A 1AA")), ["SW1A 1"]),
            ("postcode.area", MatchRecord(id: 1, source: "s", key: "k", address: postcode("SW1A 1AA")), ["SW"]),
            ("postcode.district", MatchRecord(id: 1, source: "s", key: "k", address: postcode("02134")), ["021"]),
            ("postcode.sector", MatchRecord(id: 1, source: "s", key: "k", address: postcode("02134")), []),
            ("postcode", MatchRecord(id: 1, source: "s", key: "k", address: postcode("")), []),
            ("postcode", MatchRecord(id: 1, source: "s", key: "k", address: postcode(nil)), []),
        ] as [(String, MatchRecord, [String])])
    func textValues(_ key: String, _ record: MatchRecord, _ values: [String]) {
        #expect(F.hashes(F.key(key), record) == F.hashes(F.key(key), values: values))
    }

    @Test(
        "Date forms: full date, year, month and day",
        arguments: [
            ("date_of_birth", "1980-01-02", "1980-01-02", 1, true),
            ("date_of_birth", "1980-01-02", "1981-01-02", 1, false),
            ("date_of_birth", "1980-01-02", "1980-02-01", 1, false),
            ("date_of_birth", "01-02", "01-02", 0, false),
            ("date_of_birth", "1980-01-02", "junk", 1, false),
            ("date_of_birth.year", "1980-01-02", "1980-12-31", 1, true),
            ("date_of_birth.year", "1980-01-02", "1981-01-02", 1, false),
            ("date_of_birth.year", "01-02", "01-02", 0, false),
            ("date_of_birth.month_day", "1980-01-02", "1975-01-02", 1, true),
            ("date_of_birth.month_day", "01-02", "1975-01-02", 1, true),
            ("date_of_birth.month_day", "1980-01-02", "1980-02-01", 1, false),
        ])
    func dateValues(_ key: String, _ a: String, _ b: String, _ count: Int, _ same: Bool) {
        let first = F.hashes(F.key(key), MatchRecord(id: 1, source: "s", key: "a", birthDate: dob(a)))
        let second = F.hashes(F.key(key), MatchRecord(id: 2, source: "s", key: "b", birthDate: dob(b)))
        #expect(first.count == count)
        #expect((!first.isEmpty && first == second) == same)
    }

    @Test("A placeholder date gives no key in any form")
    func unusableDate() {
        let record = MatchRecord(id: 1, source: "s", key: "k", birthDate: .unusable(raw: "1900-01-01", .placeholder))
        for transform in BlockingKey.transforms(for: .dateOfBirth) {
            #expect(F.hashes(try! BlockingKey(.dateOfBirth, transform), record).isEmpty)
        }
    }

    @Test("Every form of every attribute hashes under its own seed")
    func seedsDiffer() {
        let keys = MatchAttribute.allCases.flatMap { attribute in
            BlockingKey.transforms(for: attribute).map { try! BlockingKey(attribute, $0) }
        }
        #expect(Set(keys.map(\.seed)).count == keys.count)
        let both = MatchRecord(
            id: 1, source: "s", key: "k", givenNames: [TextKey("smith")], familyNames: [TextKey("smith")])
        #expect(F.hashes(F.key("given_name"), both) != F.hashes(F.key("family_name"), both))
    }

    @Test("A key takes at most 16 values of a record")
    func valueCap() {
        let cards = (0..<20).map { TextKey("C\($0)") }
        let record = MatchRecord(id: 1, source: "s", key: "k", loyaltyCards: cards)
        let first16 = (0..<16).map { "C\($0)" }
        #expect(F.hashes(F.key("loyalty_card"), record) == F.hashes(F.key("loyalty_card"), values: first16))
    }

    @Test(
        "A rule's keys: the cross product of its keys' values, distinct, at most 16",
        arguments: [
            (1, 1, 1), (2, 3, 6), (4, 4, 16), (5, 5, 16), (0, 3, 0), (3, 0, 0),
        ])
    func crossProduct(_ givens: Int, _ families: Int, _ expected: Int) {
        let record = F.record(given: (0..<givens).map { "g\($0)" }, family: (0..<families).map { "f\($0)" })
        let keys = F.ruleKeys(F.rule("given_name", "family_name"), record)
        #expect(keys.count == expected)
        #expect(keys == keys.sorted() && Set(keys).count == keys.count)
    }

    @Test("Equal values of one record give one key; the order of a rule's keys matters")
    func duplicateValuesAndOrder() {
        let keys = F.ruleKeys(F.rule("email"), F.record(emails: ["a@x.com", "b@x.com", "a@x.com"]))
        #expect(keys == F.hashes(F.key("email"), values: ["a@x.com", "b@x.com"]).sorted())

        let rule = F.rule("given_name", "family_name")
        let first = F.ruleKeys(rule, F.record(given: ["john"], family: ["smith"]))
        let second = F.ruleKeys(rule, F.record(given: ["smith"], family: ["john"]))
        #expect(first.count == 1 && second.count == 1 && first != second)
    }
}
