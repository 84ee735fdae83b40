import GoldenCore
import Match
import Pipeline
import Testing

@Suite struct MatchConfigTests {
    @Test func theWrittenDefaultsReadBackAsTheDefaults() throws {
        let settings = try MatchConfig.parse(yaml: MatchSettings.defaults.yaml, file: "Mappings/match.yml")
        #expect(settings == MatchSettings.defaults)
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try MatchConfig.parse(yaml: "", file: "m.yml") == MatchSettings.defaults)
    }

    @Test func readsEverySection() throws {
        let yaml = """
            blocking:
              max_block_size: 200
              rules:
                - [email]
                - { name: place, keys: [postcode.district, given_name.phonetic] }
            comparisons:
              - attribute: given_name
                levels: [exact, "jaro_winkler>=0.9", else]
                term_frequency: true
              - attribute: date_of_birth
                name: dob
                levels: [exact, day_month_swapped, else]
            prior:
              recall: 0.6
              deterministic_rules: [[email]]
            thresholds: { match: 0.99, review: 0.7 }
            clustering: { max_cluster_size: 10, cannot_link: [loyalty_card], household_guard: false }
            training: { sample_pairs: 5000, max_iterations: 7, tolerance: 0.001, seed: 42 }
            """
        let settings = try MatchConfig.parse(yaml: yaml, file: "m.yml")
        #expect(settings.maxBlockSize == 200)
        #expect(settings.blocking.map(\.name) == ["email", "place"])
        #expect(settings.blocking[1].keys == [try BlockingKey(.postcode, .district), try BlockingKey(.givenName, .phonetic)])
        #expect(settings.training.rules == MatchSettings.defaults.training.rules)
        #expect(settings.comparisons.comparisons.map(\.name) == ["given_name", "dob"])
        #expect(settings.comparisons.comparisons[0].termFrequency)
        #expect(settings.comparisons.comparisons[1].levelNames == ["exact", "day_month_swapped", "else"])
        #expect(settings.deterministicRecall == 0.6)
        #expect(settings.deterministic.map(\.name) == ["email"])
        #expect(settings.thresholds == Thresholds(match: 0.99, review: 0.7))
        #expect(settings.clustering == ClusterSettings(maxClusterSize: 10, cannotLink: [.loyaltyCard], householdGuard: false))
        #expect(settings.training.samplePairs == 5000)
        #expect(settings.training.maxIterations == 7)
        #expect(settings.training.tolerance == 0.001)
        #expect(settings.training.seed == 42)
        // A changed file writes back to the same settings.
        #expect(try MatchConfig.parse(yaml: settings.yaml, file: "m.yml") == settings)
    }

    @Test(arguments: [
        ("blockng: {}\n", 1, "blockng", "unknown key"),
        ("blocking:\n  rules:\n    - [emial]\n", 3, "blocking.rules[0][0]", "unknown attribute"),
        ("blocking:\n  rules:\n    - [email.phonetic]\n", 3, "blocking.rules[0][0]", "has no form"),
        ("blocking:\n  rules: []\n", 2, "blocking.rules", "no rules"),
        ("blocking:\n  max_block_size: 1\n", 2, "blocking.max_block_size", "between"),
        ("comparisons:\n  - attribute: shoe_size\n    levels: [exact, else]\n", 2, "comparisons[0].attribute", "unknown value"),
        ("comparisons:\n  - attribute: email\n    levels: [exact, phonetic, else]\n", 3, "comparisons[0].levels[1]", "phonetic"),
        ("comparisons:\n  - attribute: city\n    levels: [exact]\n", 3, "comparisons[0].levels[0]", "else"),
        ("comparisons:\n  - attribute: phone\n    levels: [exact, else]\n    term_frequency: true\n", 4, "comparisons[0].term_frequency", "text attributes"),
        ("comparisons:\n  - attribute: city\n    levels: [exact, else]\n  - attribute: city\n    levels: [else]\n", 2, "comparisons", "defined twice"),
        ("thresholds:\n  match: 0.5\n  review: 0.9\n", 3, "thresholds.review", "must not be above"),
        ("thresholds:\n  match: 1.5\n", 2, "thresholds.match", "probability"),
        ("clustering:\n  cannot_link: [city]\n", 2, "clustering.cannot_link[0]", "loyalty_card and date_of_birth"),
        ("training:\n  tolerance: 2\n", 2, "training.tolerance", "between 0 and 1"),
        ("prior:\n  recall: 0\n", 2, "prior.recall", "probability"),
    ] as [(String, Int, String, String)])
    func reportsConfigErrors(yaml: String, line: Int, key: String, message: String) {
        do {
            _ = try MatchConfig.parse(yaml: yaml, file: "Mappings/match.yml")
            Issue.record("parsed")
        } catch {
            #expect(error.code == .config)
            #expect(error.location?.file == "Mappings/match.yml")
            #expect(error.location?.line == line, "\(error)")
            #expect(error.location?.key == key, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }
}
