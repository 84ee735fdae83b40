import Testing

@testable import Match

@Suite("Training: u by sampling, the prior, m by EM")
struct TrainerTests {
    typealias Fixture = TrainingFixture

    @Test(
        "the prior is the deterministic pairs over the rules' recall, over all pairs, clamped",
        arguments: [
            (pairs: 400, recall: 0.8, records: 1000, expected: 500.0 / 499_500),
            (pairs: 3, recall: 1.0, records: 100, expected: 3.0 / 4950),
            (pairs: 0, recall: 0.8, records: 1000, expected: 1.0 / 499_500),
            (pairs: 10, recall: 1.0, records: 5, expected: 0.5),
            (pairs: 1, recall: 0.5, records: 2, expected: 0.5),
            (pairs: 0, recall: 0.8, records: 0, expected: 0.5),
        ])
    func prior(pairs: Int, recall: Double, records: Int, expected: Double) {
        #expect(Trainer.prior(deterministicPairs: pairs, recall: recall, records: records) == expected)
    }

    @Test("the model's prior and report count what it was given")
    func report() {
        let records = Fixture.population.records.count
        let model = Fixture.model
        let total = records * (records - 1) / 2
        #expect(model.prior == Double(Fixture.emailSession.pairs.count) / 0.8 / Double(total))
        #expect(model.training.records == records)
        #expect(model.training.totalPairs == total)
        #expect(model.training.sampledPairs == total)
        #expect(model.training.deterministicPairs == Fixture.emailSession.pairs.count)
        #expect(model.training.sessions.map(\.rule) == ["date_of_birth", "email"])
        #expect(model.training.sessions.map(\.pairs) == [Fixture.birthSession.pairs.count, Fixture.emailSession.pairs.count])
    }

    static let levels = [("given_name", 0), ("given_name", 1), ("given_name", 2), ("family_name", 0),
                         ("family_name", 1), ("date_of_birth", 0), ("email", 0), ("email", 1)]

    /// Every pair of the population, compared.
    static let everyPair = TrainingFixture.trainer().sampleU(records: TrainingFixture.population.records, threads: 2)

    @Test("sampling every pair gives u exactly as counted on all pairs", arguments: levels)
    func uFromEveryPair(name: String, level: Int) {
        let index = Fixture.comparisons.index(of: name)!
        var model = MatchModel.untrained(Fixture.comparisons, prior: 0.001)
        Self.everyPair.apply(to: &model)
        let parameters = model.comparisons[index]
        let expected = Fixture.population.observedU(name, level: level)
        #expect(expected > 0)
        #expect(abs(parameters.levels[level].u - expected) < 1e-12)
        #expect(parameters.uPairs == parameters.levels.reduce(0) { $0 + $1.uCount })
        #expect(Fixture.model.comparisons[index].uPairs == parameters.uPairs)
        #expect(Fixture.model.comparisons[index].levels.map(\.uCount) == parameters.levels.map(\.uCount))
    }

    @Test("the trained u leaves out the matches among the random pairs", arguments: [("given_name", 0), ("family_name", 0), ("date_of_birth", 0), ("email", 0)])
    func uWithoutMatches(name: String, level: Int) {
        // 300 people with a few records each: one random pair in a few hundred is a match, and
        // most of those agree exactly, so the raw share overstates how often strangers agree.
        let index = Fixture.comparisons.index(of: name)!
        let raw = Fixture.population.observedU(name, level: level)
        let strangers = Fixture.population.trueU(name, level: level)
        let trained = Fixture.model.comparisons[index].levels[level].u
        #expect(strangers < raw)
        #expect(trained < raw)
        #expect(abs(trained - strangers) < 0.5 * abs(raw - strangers))
    }

    /// 40,000 random pairs out of about 180,000.
    static let sampled = TrainingFixture.trainer(samplePairs: 40_000, seed: 11).sampleU(
        records: TrainingFixture.population.records, threads: 2)

    @Test("random pairs give u within five standard errors of the value on all pairs", arguments: levels)
    func uFromRandomPairs(name: String, level: Int) {
        let index = Fixture.comparisons.index(of: name)!
        var model = MatchModel.untrained(Fixture.comparisons, prior: 0.001)
        Self.sampled.apply(to: &model)
        let expected = Fixture.population.observedU(name, level: level)
        let observed = Double(Self.sampled.levelCounts[index].reduce(0, +))
        let error = (expected * (1 - expected) / observed).squareRoot()
        #expect(Self.sampled.pairs == 40_000)
        #expect(abs(model.comparisons[index].levels[level].u - expected) <= 5 * error + 1e-4)
    }

    @Test("known matches are left out of the u sample: pairs sharing an e-mail then never count as exact")
    func knownMatchesLeftOut() {
        let records = Fixture.population.records
        let known = Fixture.population.pairs(agreeingOn: "email")
        #expect(!known.isEmpty)
        let trainer = Fixture.trainer(samplePairs: 1_000_000)
        let all = trainer.sampleU(records: records)
        let without = trainer.sampleU(records: records, knownMatches: known.shuffled())
        let email = Fixture.comparisons.index(of: "email")!
        #expect(all.levelCounts[email][0] == known.count)
        #expect(without.levelCounts[email][0] == 0)
        // Every other count loses exactly what the known pairs held.
        let pairs = records.count * (records.count - 1) / 2
        #expect(all.pairs == pairs && without.pairs == pairs)
        #expect(without.levelCounts[email].reduce(0, +) == all.levelCounts[email].reduce(0, +) - known.count)
    }

    @Test("a level no sampled pair reached gets half a pair's share")
    func unseenLevelFloor() {
        let sample = Trainer.USample(pairs: 4, levelCounts: [[0, 0, 4], [0, 0, 0], [1, 3], [4, 0]])
        var model = MatchModel.untrained(Fixture.comparisons, prior: 0.01)
        let untouched = model.comparisons[1]
        sample.apply(to: &model)
        #expect(model.comparisons[0].levels.map(\.u) == [0.125, 0.125, 1 - 1e-6])
        #expect(model.comparisons[1] == untouched)
        #expect(model.comparisons[2].levels.map(\.u) == [0.25, 0.75])
        #expect(model.comparisons[3].levels.map(\.u) == [1 - 1e-6, 0.125])
        #expect(model.comparisons.map(\.uPairs) == [4, 0, 4, 4])
    }

    @Test(
        "EM recovers m as measured on the true pairs",
        arguments: [("given_name", 0), ("given_name", 1), ("family_name", 0), ("family_name", 1),
                    ("date_of_birth", 0), ("email", 0)])
    func emRecoversM(name: String, level: Int) {
        let index = Fixture.comparisons.index(of: name)!
        let expected = Fixture.population.trueM(name, level: level)
        #expect(abs(Fixture.model.comparisons[index].levels[level].m - expected) < 0.02)
    }

    @Test("each session estimates the comparisons its rule does not block on, and converges")
    func sessions() {
        let sessions = Fixture.model.training.sessions
        #expect(sessions.map(\.estimatedComparisons) == [
            ["given_name", "family_name", "email"], ["given_name", "family_name", "date_of_birth"],
        ])
        #expect(sessions.map(\.converged) == [true, true])
        #expect(sessions.allSatisfy { $0.iterations >= 2 && $0.iterations < 100 })
        // Pairs sharing a date of birth are mostly the same person; pairs sharing an e-mail all are.
        #expect(sessions[0].finalLambda > 0.9 && sessions[0].finalLambda < 1)
        #expect(sessions[1].finalLambda > 0.99)
    }

    @Test("m of a comparison several sessions estimate is their mean weighted by evidence, with pseudo-matches at the start")
    func weightedMean() {
        let trainer = Fixture.trainer(samplePairs: 5000)
        let records = Fixture.population.records
        let birth = trainer.train(records: records, sessions: [Fixture.birthSession], deterministicPairs: 100)
        let email = trainer.train(records: records, sessions: [Fixture.emailSession], deterministicPairs: 100)
        let both = trainer.train(
            records: records, sessions: [Fixture.birthSession, Fixture.emailSession], deterministicPairs: 100)
        let (x, y) = (Double(Fixture.birthSession.pairs.count), Double(Fixture.emailSession.pairs.count))
        // Pooling lands between the two sessions' estimates.
        for level in 0..<3 {
            let (low, high) = (
                min(birth.comparisons[0].levels[level].m, email.comparisons[0].levels[level].m),
                max(birth.comparisons[0].levels[level].m, email.comparisons[0].levels[level].m)
            )
            let pooled = both.comparisons[0].levels[level].m
            #expect(pooled >= low - 0.01 && pooled <= high + 0.01)
        }
        #expect(both.comparisons[0].mPairs == Int(x + y))
        // Only the e-mail session estimates the date of birth, only the other the e-mail.
        // (Equal up to the refit of u, which each model does over all its comparisons.)
        for (index, single) in [(2, email), (3, birth)] {
            for (pooled, alone) in zip(both.comparisons[index].levels, single.comparisons[index].levels) {
                #expect(abs(pooled.m - alone.m) < 1e-6)
            }
        }
        #expect(both.comparisons.map(\.mPairs) == [Int(x + y), Int(x + y), Int(y), Int(x)])
    }

    @Test("a comparison no session estimates keeps the untrained m")
    func neverEstimated() {
        let model = Fixture.trainer(samplePairs: 5000).train(
            records: Fixture.population.records, sessions: [Fixture.birthSession], deterministicPairs: 50)
        let untrained = MatchModel.untrained(Fixture.comparisons, prior: 0.01)
        #expect(model.comparisons[2].levels.map(\.m) == untrained.comparisons[2].levels.map(\.m))
        #expect(model.comparisons[2].mPairs == 0)
        #expect(model.comparisons[0].levels.map(\.m) != untrained.comparisons[0].levels.map(\.m))
    }

    @Test("training is reproducible: the same seed gives the same model, whatever the threads")
    func reproducible() {
        let records = Fixture.population.records
        let sessions = [Fixture.birthSession, Fixture.emailSession]
        let trainer = Fixture.trainer(samplePairs: 20_000, seed: 5)
        let one = trainer.train(records: records, sessions: sessions, deterministicPairs: 300, threads: 1)
        let four = trainer.train(records: records, sessions: sessions, deterministicPairs: 300, threads: 4)
        let again = trainer.train(records: records, sessions: sessions, deterministicPairs: 300, threads: 1)
        let otherSeed = Fixture.trainer(samplePairs: 20_000, seed: 6).train(
            records: records, sessions: sessions, deterministicPairs: 300)
        #expect(one == four)
        #expect(one == again)
        #expect(one.comparisons[0].levels.map(\.uCount) != otherSeed.comparisons[0].levels.map(\.uCount))
    }

    @Test("EM stops at the iteration limit and says it did not converge")
    func iterationLimit() {
        let model = Fixture.trainer(samplePairs: 5000, maxIterations: 1).train(
            records: Fixture.population.records, sessions: [Fixture.birthSession], deterministicPairs: 50)
        #expect(model.training.sessions[0].iterations == 1)
        #expect(model.training.sessions[0].converged == false)
    }

    @Test("without records the model is the untrained one with a prior of 0.5")
    func noRecords() {
        let model = Fixture.trainer().train(records: [], sessions: [], deterministicPairs: 0)
        var expected = MatchModel.untrained(Fixture.comparisons, prior: 0.5)
        expected.training.deterministicRecall = 0.8
        #expect(model == expected)
    }

    @Test("pooling weighs each estimate by its evidence and adds five pseudo-matches at the start", arguments: [
        ([([0.9, 0.1], 10.0)], [0.5, 0.5], [(9 + 2.5) / 15, (1 + 2.5) / 15]),
        ([([0.9, 0.1], 10.0), ([0.7, 0.3], 30.0)], [0.5, 0.5], [(9 + 21 + 2.5) / 45, (1 + 9 + 2.5) / 45]),
        ([([1.0, 0.0], 0.0)], [0.8, 0.2], [0.8, 0.2]),
    ] as [([([Double], Double)], [Double], [Double])])
    func pooled(estimates: [([Double], Double)], start: [Double], expected: [Double]) {
        let result = Trainer.pooled(estimates.map { (m: $0.0, support: $0.1) }, start: start)
        #expect(zip(result, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "\(result)")
    }
}
