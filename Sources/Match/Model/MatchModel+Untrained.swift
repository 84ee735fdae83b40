extension MatchModel {
    /// A model for `comparisons` before any training: the prior given, and for every comparison
    /// m and u that rank its levels sensibly. EM starts from these m, and a workspace with too
    /// little data to train scores with them.
    ///
    /// m falls from the strictest level: `else` takes 0.05, levels after the first take 0.05,
    /// 0.025, 0.0125, …, and the first the rest (0.95 for `[exact, else]`, 0.856 with five levels
    /// before `else`). u rises with the level: 0.01, 0.02, 0.03, … (at most 0.5 together) and
    /// `else` the rest. A comparison with `else` alone has m = u = 1, a weight of 0.
    ///
    /// - Complexity: O(*L*) in the number of levels.
    public static func untrained(_ comparisons: ComparisonSet, prior: Double) -> MatchModel {
        let parameters = comparisons.comparisons.map { comparison in
            let names = comparison.levelNames
            let (m, u) = startingProbabilities(levels: names.count)
            return ComparisonParameters(
                name: comparison.name, attribute: comparison.attribute, termFrequency: comparison.termFrequency,
                levels: names.indices.map { LevelParameters(name: names[$0], m: m[$0], u: u[$0]) })
        }
        return MatchModel(
            fingerprint: fingerprint(of: comparisons), prior: MatchWeight.clamped(prior), comparisons: parameters,
            training: TrainingReport())
    }

    /// The starting m and u of a comparison of `levels` levels, `else` last.
    static func startingProbabilities(levels: Int) -> (m: [Double], u: [Double]) {
        guard levels > 1 else { return ([1], [1]) }
        let graded = levels - 1
        var m = [Double](repeating: 0, count: levels)
        var u = [Double](repeating: 0, count: levels)
        m[graded] = 0.05
        var share = 0.05
        for index in 1..<max(graded, 1) {
            m[index] = share
            share /= 2
        }
        m[0] = 1 - m[1...].reduce(0, +)
        for index in 0..<graded { u[index] = 0.01 * Double(index + 1) }
        let agreeing = u[..<graded].reduce(0, +)
        if agreeing > 0.5 {
            for index in 0..<graded { u[index] *= 0.5 / agreeing }
        }
        u[graded] = 1 - u[..<graded].reduce(0, +)
        return (m, u)
    }
}
