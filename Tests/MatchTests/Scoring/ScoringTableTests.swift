import Testing

@testable import Match

@Suite("Scoring table: the same vectors and weights as the records' own comparisons")
struct ScoringTableTests {
    /// Where the scorer's term frequencies come from.
    enum Frequencies: String, CaseIterable, CustomTestStringConvertible {
        /// Counted by the table.
        case table
        /// Counted on half the records: the others' values are unknown.
        case half
        /// No term-frequency adjustments.
        case none

        var testDescription: String { rawValue }

        func of(_ table: ScoringTable) -> TermFrequencies? {
            switch self {
            case .table: table.termFrequencies()
            case .half:
                TermFrequencies(records: Array(table.records.prefix(table.count / 2)), comparisons: table.comparisons)
            case .none: nil
            }
        }
    }

    struct Setup: CustomTestStringConvertible, Sendable {
        var name: String
        var comparisons: ComparisonSet
        var testDescription: String { name }
    }

    static let setups = [
        Setup(name: "defaults", comparisons: MatchSettings.defaults.comparisons),
        Setup(name: "every level", comparisons: ScoringTableFixture.everyLevel),
    ]

    static let records = ScoringTableFixture.records

    @Test("every ordered pair: the same vector, weight and probability, bit for bit", arguments: setups, Frequencies.allCases)
    func everyPair(setup: Setup, frequencies: Frequencies) {
        let table = ScoringTable(records: Self.records, comparisons: setup.comparisons, threads: 2)
        let scorer = Scorer(
            model: ScoringTableFixture.model(setup.comparisons), comparisons: setup.comparisons,
            termFrequencies: frequencies.of(table))
        let bulk = table.weighed(by: scorer)
        for a in Self.records.indices {
            for b in Self.records.indices {
                let expected = scorer.score(Self.records[a], Self.records[b])
                let score = bulk.score(a, b)
                let vector = setup.comparisons.vector(Self.records[a], Self.records[b])
                #expect(table.vector(a, b) == vector, "\(a) \(b)")
                // Some comparisons alone (as a training session compares), the others missing.
                let only = setup.comparisons.comparisons.indices.filter { ($0 + a + b) % 3 != 0 }
                var expectedOnly = ComparisonVector.allMissing
                for index in only { expectedOnly[index] = vector[index] }
                #expect(table.vector(a, b, only: only) == expectedOnly, "\(a) \(b)")
                #expect(score.vector == expected.vector, "\(a) \(b)")
                #expect(score.weight.bitPattern == expected.weight.bitPattern, "\(a) \(b)")
                #expect(score.probability.bitPattern == expected.probability.bitPattern, "\(a) \(b)")
            }
        }
    }

    @Test(
        "scoring a list of pairs keeps those above the threshold, in order, as scored one by one",
        arguments: [0.0, 0.5, 0.9])
    func bulk(quantile: Double) {
        let comparisons = ScoringTableFixture.everyLevel
        let table = ScoringTable(records: Self.records, comparisons: comparisons)
        let scorer = Scorer(
            model: ScoringTableFixture.model(comparisons), comparisons: comparisons, termFrequencies: table.termFrequencies())
        let pairs = Self.records.indices.flatMap { a in (0..<a).map { RecordPair($0, a) } }.shuffled()
        // The threshold that keeps the most probable pairs, `1 - quantile` of them.
        let probabilities = pairs.map { scorer.score(Self.records[$0.first], Self.records[$0.second]).probability }.sorted()
        let keepFrom = probabilities[Int(quantile * Double(probabilities.count - 1))]
        let expected = pairs.compactMap { pair -> ScoredPair? in
            let score = scorer.score(Self.records[pair.first], Self.records[pair.second])
            guard score.probability >= keepFrom else { return nil }
            return ScoredPair(pair: pair, vector: score.vector, weight: score.weight, probability: score.probability)
        }
        #expect(!expected.isEmpty)
        for threads in [1, 2, 3] {
            #expect(table.weighed(by: scorer).score(pairs, keepFrom: keepFrom, threads: threads) == expected)
        }
    }

    @Test("the table counts the same term frequencies as the records", arguments: setups)
    func termFrequencies(setup: Setup) {
        let table = ScoringTable(records: Self.records, comparisons: setup.comparisons)
        let counted = table.termFrequencies()
        let expected = TermFrequencies(records: Self.records, comparisons: setup.comparisons)
        var checked = 0
        for (index, comparison) in setup.comparisons.comparisons.enumerated() {
            #expect(counted.distinctValues(comparison: index) == expected.distinctValues(comparison: index))
            for record in Self.records {
                guard let value = comparison.termValue(of: record) else { continue }
                #expect(counted.frequency(comparison: index, value: value) == expected.frequency(comparison: index, value: value))
                checked += 1
            }
        }
        #expect(checked > 0)
        // The two spellings of one name count as one value, as the `String` dictionary counts them.
        let family = setup.comparisons.index(of: "family_name")!
        #expect(counted.frequency(comparison: family, value: "m\u{00FC}ller") == counted.frequency(comparison: family, value: "mu\u{0308}ller"))
    }

    @Test("a table of no records, and comparisons of one kind only")
    func smallTables() throws {
        let empty = ScoringTable(records: [], comparisons: ScoringTableFixture.everyLevel)
        #expect(empty.count == 0)
        #expect(empty.termFrequencies().distinctValues(comparison: 0) == 0)
        let dates = try ComparisonSet([Comparison(name: "dob", attribute: .dateOfBirth, levels: ["exact", "else"])])
        let table = ScoringTable(records: Self.records, comparisons: dates)
        let scorer = Scorer(model: .untrained(dates, prior: 0.01), comparisons: dates, termFrequencies: nil)
        #expect(table.vector(1, 3)[0] == 0)
        #expect(table.weighed(by: scorer).score(1, 3) == scorer.score(Self.records[1], Self.records[3]))
        #expect(table.vector(0, 1)[0] == nil)
    }
}
