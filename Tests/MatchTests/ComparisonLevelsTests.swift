import GoldenCore
import Testing

@testable import Match

@Suite("Comparison levels: evaluation")
struct ComparisonLevelsTests {
    static let given = try! ComparisonLevels<StringLevel>(names: [
        "exact", "nickname", "jaro_winkler>=0.92", "initials", "jaro_winkler>=0.8", "phonetic", "else",
    ])
    static let smith = PhoneticKey(primary: "SM0", alternate: "XMT")
    static let schmidt = PhoneticKey(primary: "XMT", alternate: "SMT")

    @Test(
        "Names: the first level that holds",
        arguments: [
            (TextKey("john"), TextKey("john"), 0),
            (TextKey("bob", variants: ["robert"]), TextKey("robert", variants: ["robert"]), 1),
            (TextKey("jon"), TextKey("john"), 2),
            (TextKey("michelle"), TextKey("michael"), 2),
            (TextKey("j"), TextKey("john"), 3),
            (TextKey("tanya"), TextKey("tonya"), 4),
            (TextKey("smith", phonetic: smith), TextKey("schmidt", phonetic: schmidt), 5),
            (TextKey("sean"), TextKey("mary"), 6),
        ] as [(TextKey, TextKey, Int?)])
    func names(_ a: TextKey, _ b: TextKey, _ expected: Int?) {
        #expect(Self.given.level(of: a, b) == expected)
        #expect(Self.given.level(of: b, a) == expected)
        // Each level alone agrees with the shared-score evaluation.
        let first = Self.given.levels.firstIndex { $0.holds(a, b) }
        #expect(first == expected)
    }

    @Test(
        "Missing values are at no level",
        arguments: [
            (TextKey(""), TextKey("john")),
            (nil, TextKey("john")),
            (TextKey("john"), nil),
            (nil, nil),
        ] as [(TextKey?, TextKey?)])
    func missingNames(_ a: TextKey?, _ b: TextKey?) {
        #expect(Self.given.level(of: a, b) == nil)
        #expect(Self.given.name(ofLevel: Self.given.level(of: a, b)) == "missing")
    }

    @Test(
        "Edit-distance levels, the distance computed once for both caps",
        arguments: [("john", "john", 0), ("jonh", "john", 1), ("smith", "smythe", 2), ("abc", "xyz", 3)])
    func editLevels(_ a: String, _ b: String, _ expected: Int) throws {
        let ascending = try ComparisonLevels<StringLevel>(
            names: ["exact", "damerau_levenshtein<=1", "damerau_levenshtein<=2", "else"])
        #expect(ascending.level(of: TextKey(a), TextKey(b)) == expected)
        // The wider cap first: a pair within 1 is at the first level.
        let descending = try ComparisonLevels<StringLevel>(
            names: ["damerau_levenshtein<=2", "damerau_levenshtein<=1", "else"])
        #expect(descending.level(of: TextKey(a), TextKey(b)) == (expected <= 2 ? 0 : 2))
    }

    @Test(
        "Multi-word levels",
        arguments: [
            ("12 high st", "high st 12", 1), ("van der berg", "berg", 1), ("12 high st", "12 high street", 2),
            ("12 high st", "4 low rd", 3),
        ])
    func tokenLevels(_ a: String, _ b: String, _ expected: Int) throws {
        let street = try ComparisonLevels<StringLevel>(names: ["exact", "token_set>=1", "token_jaccard>=0.5", "else"])
        #expect(street.level(of: TextKey(a), TextKey(b)) == expected)
    }

    @Test(
        "Dates of birth",
        arguments: [
            ("1980-03-04", "1980-03-04", 0), ("1980-03-04", "1980-04-03", 1), ("1978-05-12", "1987-05-12", 2),
            ("1978-05-12", "1978-05-30", 3), ("1978-05-12", "1978-11-30", 4), ("1978-05-12", "1990-01-01", 5),
            ("03-04", "1980-03-04", 0), ("junk", "1980-03-04", nil),
        ] as [(String, String, Int?)])
    func dates(_ a: String, _ b: String, _ expected: Int?) throws {
        let dates = try ComparisonLevels<DateLevel>(names: [
            "exact", "day_month_swapped", "year_typo", "within_days<=31", "same_year", "else",
        ])
        #expect(dates.level(of: dob(a), dob(b)) == expected)
    }

    @Test(
        "Postcodes, with countries",
        arguments: [
            (postcode("SW1A 1AA", "GB"), postcode("SW1A 1AA", "GB"), 0),
            (postcode("SW1A 1AA", "GB"), postcode("SW1A 1BB", "GB"), 1),
            (postcode("SW1A 1AA", "GB"), postcode("SW1A 2BB", "GB"), 2),
            (postcode("SW1A 1AA", "GB"), postcode("SW19 2BB", "GB"), 3),
            (postcode("SW1A 1AA", "GB"), postcode("M1 1AE", "GB"), 4),
            (postcode("02134", "US"), postcode("02139", "US"), 2),
            (postcode("04109", "DE"), postcode("04109", "FR"), 4),
            (postcode("04109", "DE"), postcode("04109"), 0),
            (postcode(nil, "GB"), postcode("SW1A 1AA", "GB"), nil),
        ] as [(PostalAddress, PostalAddress, Int?)])
    func postcodes(_ a: PostalAddress, _ b: PostalAddress, _ expected: Int?) throws {
        let levels = try ComparisonLevels<PostcodeLevel>(names: ["exact", "sector", "district", "area", "else"])
        #expect(levels.level(of: a, b) == expected)
        #expect(levels.level(of: b, a) == expected)
    }

    @Test(
        "E-mail addresses",
        arguments: [
            ("jsmith@gmail.com", "jsmith@gmail.com", 0), ("jsmith@gmail.com", "jsmith@yahoo.com", 1),
            ("jsmith@gmail.com", "jsmyth@gmail.com", 2), ("mary@example.com", "john@example.org", 3),
            ("jsmith@gmail.com", nil, nil),
        ] as [(String, String?, Int?)])
    func emails(_ a: String, _ b: String?, _ expected: Int?) throws {
        let levels = try ComparisonLevels<EmailLevel>(names: ["exact", "local_part", "jaro_winkler>=0.9", "else"])
        #expect(levels.level(of: email(a), email(b)) == expected)
    }

    @Test(
        "Phone numbers",
        arguments: [
            ("+12125550123", "+12125550123", 0), ("+12125550123", "+13125550123", 1), ("5550123", "+12125550123", 1),
            ("+12125550123", "+12125550199", 3), ("+12125550123", nil, nil),
        ] as [(String, String?, Int?)])
    func phones(_ a: String, _ b: String?, _ expected: Int?) throws {
        let levels = try ComparisonLevels<PhoneLevel>(names: ["exact", "last_digits>=7", "local_digits", "else"])
        #expect(levels.level(of: phone(a), phone(b)) == expected)
    }

    @Test("The best level over two lists of values")
    func anyPair() throws {
        let levels = try ComparisonLevels<EmailLevel>(names: ["exact", "local_part", "else"])
        let a = [email("jsmith@gmail.com"), email("john.smith@work.com")]
        let b = [email(nil), email("mary@work.com"), email("jsmith@yahoo.com")]
        #expect(levels.level(ofAny: a, b) == 1)
        #expect(levels.level(ofAny: a, [email("john.smith@work.com")]) == 0)
        #expect(levels.level(ofAny: a, [email(nil)]) == nil)
        #expect(levels.level(ofAny: [EmailAddress](), a) == nil)
    }
}

@Suite("Comparison levels: values from normalized names")
struct TextKeyTests {
    static let family = try! ComparisonLevels<StringLevel>(
        names: ["exact", "nickname", "phonetic", "token_set>=1", "else"])

    @Test(
        "Family names: alternatives, pronunciation, extra words",
        arguments: [
            (person(family: "muller", alternatives: ["mueller"]), person(family: "mueller"), 1),
            (
                person(family: "smith", familyPhonetic: PhoneticKey(primary: "SM0", alternate: "XMT")),
                person(family: "schmidt", familyPhonetic: PhoneticKey(primary: "XMT", alternate: "SMT")), 2
            ),
            (person(family: "van der berg"), person(family: "berg"), 3),
            (person(family: "smith"), person(family: "jones"), 4),
            (person(family: "smith"), person(given: "john"), nil),
        ] as [(PersonName, PersonName, Int?)])
    func familyNames(_ a: PersonName, _ b: PersonName, _ expected: Int?) {
        #expect(Self.family.level(of: TextKey.familyName(of: a), TextKey.familyName(of: b)) == expected)
    }

    @Test("Given names carry their canonical names and phonetic key")
    func givenNames() throws {
        let bob = person(
            given: "bob", canonical: ["robert"], givenPhonetic: PhoneticKey(primary: "PP", alternate: "PP"))
        let key = try #require(TextKey.givenName(of: bob))
        #expect(key == TextKey("bob", phonetic: PhoneticKey(primary: "PP", alternate: "PP"), variants: ["robert"]))
        #expect(TextKey.givenName(of: person(family: "smith")) == nil)
        let levels = try ComparisonLevels<StringLevel>(names: ["exact", "nickname", "else"])
        #expect(levels.level(of: key, TextKey("robert", variants: ["robert"])) == 1)
    }
}
