import Testing

@testable import Match

@Suite("Scoring: the explanation as text")
struct PairExplanationTextTests {
    @Test("an aligned table of levels, m, u and weights, without the records' values")
    func text() {
        var (a, b) = (ScorerTests.records[10], ScorerTests.records[11])
        (a.birthDate, b.birthDate) = (dob("1980-01-02"), dob("1980-01-02"))
        (a.emails, b.emails) = ([email("zeb@example.com")], [email("zed@example.org")])
        let text = ScorerTests.scorer.explain(a, b).text
        #expect(text == """
            comparison        level                 m         u  weight
            given_name        missing               -         -    0.00
            family_name       exact            0.9000    0.0500   +4.17  ++++
              term frequency  frequency 2.00%                     +1.32  +
            date_of_birth     exact            0.9500  4.00e-05  +14.54  +++++++++++++++
            email             else             0.0500    0.9900   -4.31  ----
            prior             λ 0.0100                            -6.63  -------
            total                                                 +9.09
            probability                                          0.9982
            """)
        #expect(!text.contains("zebedee") && !text.contains("1980") && !text.contains("example"))
    }

    @Test(
        "probabilities: four decimals, or three significant digits below 0.001",
        arguments: [(0.9, "0.9000"), (0.001, "0.0010"), (0.000_999_9, "1.00e-03"), (0.000_04, "4.00e-05"),
                    (1e-6, "1.00e-06"), (1.234_5e-11, "1.23e-11"), (0, "0.0000")])
    func probability(value: Double, text: String) {
        #expect(ExplanationText.probability(value) == text)
    }

    @Test("weights are signed, with a bar of one mark per unit", arguments: [
        (7.834, "+7.83", "++++++++"), (-1.32, "-1.32", "-"), (0, "0.00", ""), (0.001, "0.00", ""),
        (-45, "-45.00", String(repeating: "-", count: 30)),
    ])
    func weight(value: Double, text: String, bar: String) {
        #expect(ExplanationText.signed(value) == text)
        #expect(ExplanationText.bar(value) == bar)
    }
}
