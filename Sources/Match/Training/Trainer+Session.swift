extension Trainer {
    /// What one session produced: its report, and m for the comparisons it estimated.
    struct SessionResult {
        var report: TrainingSessionReport
        /// m per comparison index; `nil` where the session did not estimate it.
        var m: [[Double]?]
        /// Per comparison index: the expected matches its m rests on.
        var support: [Double]
    }

    /// One session's pairs compared: their distinct vectors over the comparisons the session
    /// estimates (all but those on the attributes its rule blocks on).
    struct SessionPatterns {
        var rule: String
        var pairs: Int
        var patterns: [VectorTally.Pattern]
        /// The comparisons some pair has a value for: the ones the session can estimate.
        var estimated: [Int]
    }

    /// Compares one session's pairs.
    ///
    /// - Complexity: O(*p*) pair comparisons.
    func patterns(of session: TrainingSession, table: ScoringTable, threads: Int) -> SessionPatterns {
        let comparisons = self.comparisons
        let blocked = session.rule.attributes
        let included = comparisons.comparisons.indices.filter { !blocked.contains(comparisons.comparisons[$0].attribute) }
        let pairs = session.pairs
        precondition(pairs.allSatisfy { $0.second < table.count }, "a session pair names a record that is not there")
        let patterns = VectorTally.count(items: pairs.count, threads: threads) { item, tally in
            tally.add(table.vector(pairs[item].first, pairs[item].second, only: included))
        }
        let estimated = included.filter { index in patterns.contains { $0.vector[index] != nil } }
        return SessionPatterns(rule: session.rule.name, pairs: pairs.count, patterns: patterns, estimated: estimated)
    }

    /// EM over one session's compared pairs, starting from `start`'s m and u.
    ///
    /// λ starts where the prior puts it if the session held every true match
    /// (λ · all pairs / session pairs), kept within [0.001, 0.5].
    func run(_ session: SessionPatterns, records: Int, start: MatchModel) -> SessionResult {
        let patterns = session.patterns
        let estimated = session.estimated
        var report = TrainingSessionReport(
            rule: session.rule, pairs: session.pairs, iterations: 0, converged: false,
            estimatedComparisons: estimated.map { comparisons.comparisons[$0].name }, finalLambda: 0)
        guard session.pairs > 0 else { return SessionResult(
                report: report, m: Array(repeating: nil, count: comparisons.count),
                support: Array(repeating: 0, count: comparisons.count))
        }

        let startLambda = start.prior * Double(Self.pairCount(records)) / Double(session.pairs)
        let em = ExpectationMaximisation(
            patterns: patterns, estimated: estimated, u: start.comparisons.map { $0.levels.map(\.u) },
            maxIterations: settings.maxIterations, tolerance: settings.tolerance)
        let outcome = em.run(m: start.comparisons.map { $0.levels.map(\.m) }, lambda: min(max(startLambda, 0.001), 0.5))
        report.iterations = outcome.iterations
        report.converged = outcome.converged
        report.finalLambda = outcome.lambda
        var m = [[Double]?](repeating: nil, count: comparisons.count)
        for index in estimated { m[index] = outcome.m[index] }
        return SessionResult(report: report, m: m, support: outcome.support)
    }
}
