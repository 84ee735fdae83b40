import GoldenCore

@testable import Match

/// Records made to reach every corner of the comparisons, for checking a ``ScoringTable``
/// against the records' own comparisons: missing values, several e-mails, phones and cards,
/// swapped names, nicknames, phonetic codes, partial dates, countries, keys that are equal
/// `String`s but different bytes.
enum ScoringTableFixture {
    /// A text key with a phonetic key of `codes` (primary, alternate) and `variants`.
    static func text(_ key: String, _ codes: (String, String)? = nil, variants: [String] = []) -> TextKey {
        TextKey(key, phonetic: codes.map { PhoneticKey(primary: $0.0, alternate: $0.1) }, variants: variants)
    }

    /// A record with the given values; everything else missing.
    static func record(
        given: [TextKey] = [], family: [TextKey] = [], full: [String] = [], born: String? = nil,
        emails: [String?] = [], phones: [PhoneNumber] = [], address: PostalAddress? = nil, street: String? = nil,
        city: String? = nil, region: String? = nil, cards: [String] = [], account: String? = nil,
        username: String? = nil, gender: String? = nil
    ) -> MatchRecord {
        MatchRecord(
            id: 0, source: "test", key: "", givenNames: given, familyNames: family, fullNames: full.map { TextKey($0) },
            birthDate: born.map(dob), emails: emails.map(email), phones: phones, address: address,
            street: street.map { TextKey($0) }, city: city.map { TextKey($0) }, region: region.map { TextKey($0) },
            loyaltyCards: cards.map { TextKey($0) }, accountId: account.map { TextKey($0) },
            username: username.map { TextKey($0) }, gender: gender.map { TextKey($0) })
    }

    static let john = text("john", ("JN", "AN"), variants: ["john", "jonathan"])
    static let smith = text("smith", ("SM0", "XMT"))

    /// The records, each numbered by its position (`id`).
    static let records: [MatchRecord] = {
        let list: [MatchRecord] = [
            record(),
            record(
                given: [john], family: [smith], full: ["john smith"], born: "1980-03-04", emails: ["j.smith@gmail.com"],
                phones: [phone("+447700900123")], address: postcode("SW1A 1AA", "GB"), street: "12 high st",
                city: "london", region: "ldn", cards: ["C123"], account: "acc-1", username: "jsmith", gender: "male"),
            record(
                given: [text("jon", ("JN", "AN"))], family: [smith], full: ["jon smith"], born: "1980-04-03",
                emails: ["jsmith@yahoo.com", nil], phones: [phone("900123"), phone("+447700900124")],
                address: postcode("SW1A 1AB", "GB"), street: "high st 12", city: "londn", cards: ["C124"],
                account: "acc-2", username: "jsmith1", gender: "male"),
            // Names swapped between the fields.
            record(given: [text("smith", ("SM0", "XMT"))], family: [text("john", ("JN", "AN"))], born: "1980-03-04"),
            record(given: [text("bob", ("PP", "PP"), variants: ["robert"])], family: [smith], full: ["bob smith"]),
            record(given: [text("robert", ("RPRT", "RPRT"), variants: ["robert"])], family: [smith]),
            // A joint name.
            record(given: [text("mary", ("MR", "MR")), john], family: [text("jones", ("JNS", "ANS")), smith]),
            // Several e-mails, phones and cards, some unusable.
            record(
                emails: [nil, "john.smith@example.com", "j.smith@gmail.com", "noat"],
                phones: [phone(nil), phone("+14155550123"), phone("5550123")], cards: ["C999", "C123"]),
            record(
                phones: [phone("5550123"), PhoneNumber(raw: "x", e164: "", country: nil, localDigits: "123", status: .valid)],
                cards: ["", "C123"]),
            record(address: postcode("SW1A 1AB", "US"), street: "12 high street"),
            record(address: postcode("SW1A 2BB", nil), street: "12 high st"),
            record(address: postcode("", "GB"), city: "london"),
            record(address: postcode("SW19 2BB", "GB"), city: "london", region: "ldn"),
            record(address: postcode("02134", "US")),
            record(address: postcode("02139", "")),
            record(born: "03-04", gender: "female"),
            record(born: "1908-03-04"),
            record(born: "1980-03-20", username: "jsmith"),
            record(born: "1980-02-30"),
            record(born: "nonsense"),
            // A phonetic code that is not ASCII: the Kelvin sign is the `String` "K".
            record(given: [text("kay", ("\u{212A}", "K"))], family: [smith]),
            record(given: [text("kai", ("K", "K"))], family: [smith]),
            // Equal `String`s, different bytes.
            record(family: [text("m\u{00FC}ller", ("MLR", "MLR"))], full: ["m\u{00FC}ller"]),
            record(family: [text("mu\u{0308}ller", ("MLR", "MLR"))], full: ["mu\u{0308}ller"]),
            // Initials, empty primary codes, sound-alikes spelled apart.
            record(given: [text("j")], family: [text("s")]),
            record(given: [text("xx", ("", ""))], family: [text("yy", ("", ""))]),
            record(given: [text("zz", ("", ""))], family: [text("ww", ("", ""))]),
            record(given: [text("catherine", ("K0RN", "KTRN"))], family: [text("")]),
            record(given: [text("kathryn", ("K0RN", "KTRN"))], family: [smith], full: ["kathryn smith"]),
            // Codes that agree only across primary and alternate.
            record(given: [text("jan", ("AN", "JN"))], family: [text("schmidt", ("XMT", "SMT"))]),
            record(given: [text("ian", ("ANN", "JN"))], family: [text("smit", ("SMT", "SM0"))]),
        ]
        return list.enumerated().map { index, record in
            var record = record
            record.id = Int64(index)
            record.key = "r\(index)"
            return record
        }
    }()

    /// A comparison set that uses every kind of level, some attributes twice.
    static let everyLevel: ComparisonSet = {
        func comparison(_ name: String, _ attribute: MatchAttribute, _ levels: [String], tf: Bool = false) -> Comparison {
            try! Comparison(name: name, attribute: attribute, levels: levels, termFrequency: tf)
        }
        return try! ComparisonSet([
            comparison(
                "given_name", .givenName,
                ["exact", "nickname", "phonetic", "damerau_levenshtein<=2", "jaro_winkler>=0.9", "initials",
                    "token_jaccard>=0.5", "token_set>=0.8", "else"], tf: true),
            comparison("given_initial", .givenName, ["initials", "else"]),
            comparison("family_name", .familyName, ["exact", "nickname", "phonetic", "jaro_winkler>=0.8", "else"], tf: true),
            comparison("full_name", .fullName, ["exact", "token_set>=0.9", "token_jaccard>=0.5", "jaro_winkler>=0.8", "else"], tf: true),
            comparison("date_of_birth", .dateOfBirth, ["exact", "day_month_swapped", "year_typo", "within_days<=31", "same_year", "else"]),
            comparison("email", .email, ["exact", "local_part", "jaro_winkler>=0.8", "else"]),
            comparison("phone", .phone, ["exact", "last_digits>=7", "local_digits", "else"]),
            comparison("postcode", .postcode, ["exact", "sector", "district", "area", "else"]),
            comparison("street", .street, ["exact", "token_set>=0.9", "token_jaccard>=0.5", "jaro_winkler>=0.85", "else"], tf: true),
            comparison("city", .city, ["exact", "damerau_levenshtein<=1", "else"], tf: true),
            comparison("region", .region, ["exact", "else"], tf: true),
            comparison("loyalty_card", .loyaltyCard, ["exact", "damerau_levenshtein<=1", "else"], tf: true),
            comparison("account_id", .accountId, ["exact", "damerau_levenshtein<=1", "else"]),
            comparison("username", .username, ["exact", "jaro_winkler>=0.9", "initials", "else"], tf: true),
            comparison("gender", .gender, ["exact", "else"], tf: true),
        ])
    }()

    /// A model for `comparisons` whose levels all weigh differently.
    static func model(_ comparisons: ComparisonSet) -> MatchModel {
        var model = MatchModel.untrained(comparisons, prior: 0.001)
        for index in model.comparisons.indices {
            for level in model.comparisons[index].levels.indices {
                model.comparisons[index].levels[level].m *= 1 + 0.01 * Double(index + level)
            }
        }
        return model
    }
}
