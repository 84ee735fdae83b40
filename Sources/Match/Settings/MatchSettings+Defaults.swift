extension MatchSettings {
    /// The settings Golden ships: what `golden init` writes to `Mappings/match.yml`, and what a
    /// workspace without that file uses. Every attribute a record may have is compared; an
    /// attribute a feed never carries is simply missing (no weight either way).
    public static let defaults: MatchSettings = {
        func key(_ text: String) -> BlockingKey { try! BlockingKey(parsing: text) }
        func rule(_ keys: String...) -> BlockingRule { BlockingRule(keys: keys.map(key)) }
        func comparison(_ name: String, _ attribute: MatchAttribute, _ levels: [String], tf: Bool = false) -> Comparison {
            try! Comparison(name: name, attribute: attribute, levels: levels, termFrequency: tf)
        }
        // Every rule keeps blocks small at scale: names alone (every "John Smith") or a surname
        // with a birth year would give tens of millions of pairs over a million records.
        let blocking = [
            rule("email"), rule("phone"), rule("loyalty_card"), rule("account_id"), rule("email.local"),
            rule("username"),
            rule("postcode", "full_name.phonetic"),
            rule("family_name.phonetic", "date_of_birth"), rule("given_name.canonical", "date_of_birth"),
            rule("date_of_birth", "city"), rule("date_of_birth", "postcode"), rule("date_of_birth", "street"),
            rule("street", "postcode"),
            rule("given_name.phonetic", "family_name.phonetic", "date_of_birth.year"),
            rule("given_name.phonetic", "family_name.phonetic", "city"),
            rule("given_name.phonetic", "family_name.phonetic", "date_of_birth.month_day"),
            rule("family_name.phonetic", "date_of_birth.year", "given_name.initial"),
            rule("given_name.phonetic", "date_of_birth.year", "family_name.initial"),
        ]
        // EM learns m from pairs whose non-matches are strangers: people born on the same day,
        // namesakes, an e-mail or card shared. Not from address blocks, where the non-matches
        // are households that agree on everything but the first name.
        let training = [
            rule("date_of_birth"), rule("given_name.phonetic", "family_name.phonetic"), rule("email"),
            rule("loyalty_card"),
        ]
        let comparisons = try! ComparisonSet([
            comparison("given_name", .givenName,
                ["exact", "nickname", "jaro_winkler>=0.92", "jaro_winkler>=0.8", "initials", "else"], tf: true),
            comparison("family_name", .familyName,
                ["exact", "nickname", "jaro_winkler>=0.92", "phonetic", "jaro_winkler>=0.8", "initials", "else"], tf: true),
            comparison("date_of_birth", .dateOfBirth,
                ["exact", "day_month_swapped", "year_typo", "within_days<=31", "else"]),
            comparison("email", .email, ["exact", "jaro_winkler>=0.97", "else"]),
            comparison("phone", .phone, ["exact", "last_digits>=7", "else"]),
            comparison("postcode", .postcode, ["exact", "sector", "district", "else"]),
            comparison("street", .street, ["exact", "token_set>=0.9", "jaro_winkler>=0.85", "else"], tf: true),
            comparison("city", .city, ["exact", "jaro_winkler>=0.88", "else"], tf: true),
            comparison("loyalty_card", .loyaltyCard, ["exact", "else"]),
            comparison("account_id", .accountId, ["exact", "damerau_levenshtein<=1", "else"]),
            comparison("username", .username, ["exact", "jaro_winkler>=0.9", "else"]),
            comparison("gender", .gender, ["exact", "else"]),
        ])
        return MatchSettings(
            blocking: blocking, maxBlockSize: 500, comparisons: comparisons,
            deterministic: [
                rule("email"), rule("loyalty_card"), rule("account_id"),
                rule("given_name", "family_name", "date_of_birth"),
            ],
            deterministicRecall: 0.8,
            thresholds: Thresholds(match: 0.95, review: 0.5),
            clustering: ClusterSettings(
                maxClusterSize: 50, cannotLink: [.loyaltyCard, .dateOfBirth], householdGuard: true),
            training: TrainingSettings(
                samplePairs: 1_000_000, rules: training, maxIterations: 25, tolerance: 1e-4, seed: 1))
    }()
}
