import GoldenCore
import Testing

@testable import Match

@Suite("Name comparisons")
struct NameComparisonTests {
    @Test(
        "Nickname-aware given names",
        arguments: [
            ("bob", ["robert"], "robert", ["robert"], true),
            ("bob", ["robert"], "rob", ["robert"], true),
            ("ted", ["edmund", "edward", "theodore"], "ned", ["edgar", "edmund", "edward", "edwin"], true),
            ("steven", ["stephen"], "stephen", ["stephen"], true),
            ("jack", ["jack", "john"], "johnny", ["john", "jonathan"], true),
            // Unknown to the table: only the same key.
            ("xavi", [], "xavi", [], true),
            ("xavi", [], "xavier", ["xavier"], false),
            ("john", ["john"], "jane", ["jane"], false),
            ("bob", ["robert"], "roberta", ["roberta"], false),
            // A key among the other's canonical names, without a canonical of its own.
            ("robert", [], "bob", ["robert"], true),
        ] as [(String, [String], String, [String], Bool)])
    func nicknames(_ a: String, _ canonicalA: [String], _ b: String, _ canonicalB: [String], _ expected: Bool) {
        let x = person(given: a, canonical: canonicalA), y = person(given: b, canonical: canonicalB)
        #expect(NameComparison.nicknameAware(x, y) == expected)
        #expect(NameComparison.nicknameAware(y, x) == expected)
    }

    @Test("A missing given name is never nickname-aware equal")
    func nicknameMissing() {
        #expect(!NameComparison.nicknameAware(person(given: "bob", canonical: ["robert"]), person(family: "smith")))
        #expect(!NameComparison.nicknameAware(person(given: ""), person(given: "")))
    }

    @Test(
        "Initials",
        arguments: [
            ("j", false, "john", true),
            ("j", true, "james", true),
            ("j", false, "j", true),
            ("j", false, "mary", false),
            // Two full names are not initials of each other.
            ("john", false, "jane", false),
            ("john", false, "john", false),
        ])
    func initials(_ a: String, _ markedInitial: Bool, _ b: String, _ expected: Bool) {
        let x = person(given: a, isInitial: markedInitial), y = person(given: b)
        #expect(NameComparison.initialCompatible(x, y) == expected)
        #expect(NameComparison.initialCompatible(y, x) == expected)
    }

    @Test("No initial compatibility without a given name")
    func initialsMissing() {
        #expect(!NameComparison.initialCompatible(person(given: "j"), person(family: "jones")))
    }

    static let smith = PhoneticKey(primary: "SM0", alternate: "XMT")
    static let schmidt = PhoneticKey(primary: "XMT", alternate: "SMT")
    static let jones = PhoneticKey(primary: "JNS", alternate: "ANS")
    static let empty = PhoneticKey(primary: "", alternate: "")

    @Test(
        "Phonetic equality through any shared code",
        arguments: [
            (smith, smith, true),
            (smith, schmidt, true),
            (smith, jones, false),
            (empty, empty, false),
            (nil, smith, false),
        ] as [(PhoneticKey?, PhoneticKey?, Bool)])
    func phonetic(_ a: PhoneticKey?, _ b: PhoneticKey?, _ expected: Bool) {
        #expect(NameComparison.phoneticMatch(a, b) == expected)
        #expect(NameComparison.phoneticMatch(b, a) == expected)
        let x = person(given: "x", family: "x", givenPhonetic: a, familyPhonetic: a)
        let y = person(given: "y", family: "y", givenPhonetic: b, familyPhonetic: b)
        #expect(NameComparison.givenSoundsAlike(x, y) == expected)
        #expect(NameComparison.familySoundsAlike(x, y) == expected)
    }

    @Test(
        "Family-name alternatives",
        arguments: [
            ("muller", ["mueller"], "mueller", [], true),
            ("van beethoven", ["beethoven"], "beethoven", [], true),
            ("garcia lopez", ["garcia"], "garcia", [], true),
            ("wilson mckenzie", ["wilson", "mckenzie"], "mckenzie smith", ["mckenzie", "smith"], true),
            ("smith", [], "jones", [], false),
        ] as [(String, [String], String, [String], Bool)])
    func familyVariants(_ a: String, _ altA: [String], _ b: String, _ altB: [String], _ expected: Bool) {
        let x = person(family: a, alternatives: altA), y = person(family: b, alternatives: altB)
        #expect(NameComparison.familyVariant(x, y) == expected)
        #expect(NameComparison.familyVariant(y, x) == expected)
    }
}
