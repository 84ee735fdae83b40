import Foundation
import GoldenCore
import Match
import Testing

@testable import Pipeline

/// The Match stage's bulk scoring against the records' own comparisons, on the committed
/// labelled data normalized the way a run normalizes it: every candidate pair, and pairs no
/// rule would block, with the same vector and the same weight bit for bit.
@Suite(.serialized) struct ScoringTableFixtureTests {
    @Test(arguments: ["labelled/fake_1000", "labelled/febrl3"])
    func bulkScoresAreThePerPairScores(_ fixture: String) throws {
        let workspace = try TempWorkspace(copying: fixture)
        let runner = try Runner(configPath: workspace.config, progress: .silent, threads: 2)
        _ = try runner.run(command: "ingest")
        _ = try runner.run(command: "normalize")
        let stage = MatchStage(config: runner.config, store: runner.store, threads: 2)
        let records = try stage.loadRecords()
        let settings = runner.config.match
        let comparisons = settings.comparisons
        #expect(records.count > 500)

        let table = ScoringTable(records: records, comparisons: comparisons, threads: 2)
        let counted = table.termFrequencies()
        let expected = TermFrequencies(records: records, comparisons: comparisons)
        for (index, comparison) in comparisons.comparisons.enumerated() where comparison.termFrequency {
            #expect(counted.distinctValues(comparison: index) == expected.distinctValues(comparison: index))
            for record in records {
                guard let value = comparison.termValue(of: record) else { continue }
                #expect(counted.frequency(comparison: index, value: value) == expected.frequency(comparison: index, value: value))
            }
        }

        let scorer = Scorer(model: stage.train(records).0, comparisons: comparisons, termFrequencies: counted)
        let candidates = Blocker(settings: settings).candidates(in: records, threads: 2).pairs
        // Pairs of records a few positions apart: mostly strangers, whom no rule blocks together.
        let strangers = records.indices.flatMap { a in [1, 7, 101].compactMap { a + $0 < records.count ? RecordPair(a, a + $0) : nil } }
        let pairs = Array(Set(candidates + strangers)).sorted()
        #expect(candidates.count > 100)

        let bulk = table.weighed(by: scorer)
        var different = 0
        for pair in pairs {
            let score = bulk.score(pair.first, pair.second)
            let reference = scorer.score(records[pair.first], records[pair.second])
            if score.vector != reference.vector || score.weight.bitPattern != reference.weight.bitPattern { different += 1 }
        }
        #expect(different == 0, "\(different) of \(pairs.count) pairs scored differently")

        for keepFrom in [0, settings.thresholds.review, settings.thresholds.match] {
            let kept = pairs.compactMap { pair -> ScoredPair? in
                let score = scorer.score(records[pair.first], records[pair.second])
                guard score.probability >= keepFrom else { return nil }
                return ScoredPair(pair: pair, vector: score.vector, weight: score.weight, probability: score.probability)
            }
            #expect(bulk.score(pairs, keepFrom: keepFrom, threads: 2) == kept)
        }
    }
}
