/// Expectation–maximisation of m over the comparison vectors of one training session, u held
/// fixed (Fellegi–Sunter with conditional independence).
///
/// Each iteration weighs every distinct vector by the probability that its pairs match under
/// the current λ, m and u (E-step), then sets each estimated comparison's m to the
/// match-weighted share of its levels and λ to the expected share of matches (M-step).
/// Comparisons that are not estimated take no part: their levels neither weigh the pairs nor
/// change.
struct ExpectationMaximisation {
    /// The session's distinct vectors with their counts, in a fixed order.
    let patterns: [VectorTally.Pattern]
    /// The comparisons whose m is estimated, by index.
    let estimated: [Int]
    /// u per comparison and level, held fixed.
    let u: [[Double]]
    let maxIterations: Int
    /// Stop when no m and not λ moves by more than this.
    let tolerance: Double

    /// Where EM stopped.
    struct Outcome {
        /// m per comparison and level; only the estimated comparisons differ from the start.
        var m: [[Double]]
        var lambda: Double
        var iterations: Int
        var converged: Bool
        /// Per comparison index: the expected matches with a value of it at the last step — how
        /// much evidence its m rests on (0 for comparisons not estimated).
        var support: [Double]
    }

    /// Runs from `m` and `lambda` until the parameters settle or ``maxIterations``.
    ///
    /// - Complexity: O(*i* · *v* · *c*) for *i* iterations, *v* patterns and *c* estimated
    ///   comparisons.
    func run(m start: [[Double]], lambda startLambda: Double) -> Outcome {
        var m = start
        var lambda = MatchWeight.clamped(startLambda)
        var iterations = 0
        var support = [Double](repeating: 0, count: start.count)
        while iterations < maxIterations {
            iterations += 1
            let (next, nextLambda, withValue) = step(m: m, lambda: lambda)
            for (slot, index) in estimated.enumerated() { support[index] = withValue[slot] }
            var change = abs(nextLambda - lambda)
            for index in estimated {
                for level in m[index].indices { change = max(change, abs(next[index][level] - m[index][level])) }
            }
            m = next
            lambda = nextLambda
            if change < tolerance {
                return Outcome(m: m, lambda: lambda, iterations: iterations, converged: true, support: support)
            }
        }
        return Outcome(m: m, lambda: lambda, iterations: iterations, converged: false, support: support)
    }

    /// One E-step and M-step.
    private func step(m: [[Double]], lambda: Double) -> (m: [[Double]], lambda: Double, withValue: [Double]) {
        let weights = estimated.map { index in
            m[index].indices.map { MatchWeight.weight(m: m[index][$0], u: u[index][$0]) }
        }
        var atLevel = estimated.map { [Double](repeating: 0, count: m[$0].count) }
        var withValue = [Double](repeating: 0, count: estimated.count)
        var matches = 0.0
        var pairs = 0.0
        let priorWeight = MatchWeight.priorWeight(lambda)
        for pattern in patterns {
            var weight = priorWeight
            for (slot, index) in estimated.enumerated() {
                if let level = pattern.vector[index] { weight += weights[slot][level] }
            }
            let expected = Double(pattern.count) * MatchWeight.probability(weight: weight)
            matches += expected
            pairs += Double(pattern.count)
            for (slot, index) in estimated.enumerated() {
                guard let level = pattern.vector[index] else { continue }
                atLevel[slot][level] += expected
                withValue[slot] += expected
            }
        }
        var next = m
        for (slot, index) in estimated.enumerated() where withValue[slot] > 0 {
            for level in next[index].indices {
                next[index][level] = MatchWeight.clamped(atLevel[slot][level] / withValue[slot])
            }
        }
        return (next, pairs > 0 ? MatchWeight.clamped(matches / pairs) : lambda, withValue)
    }
}
