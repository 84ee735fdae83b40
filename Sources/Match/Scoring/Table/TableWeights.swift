/// A scorer's weights as plain buffers (see ``TableRows``), and what bounds a pair's weight
/// before all its comparisons are evaluated.
///
/// A pair's weight is the prior's plus each comparison's contribution: its level's weight and
/// term-frequency adjustment, 0 when the comparison is missing. Whether a comparison is missing
/// is read straight from the rows, and the adjustment a pair would get from its term values
/// alone; so before the levels are evaluated, each comparison's contribution is bounded by its
/// best level's weight for this pair (``best(_:_:_:)``). The prior plus those bests bounds the
/// weight; evaluating a comparison replaces its best by its contribution. Once the bound is
/// below the weight a pair needs to be kept, the pair is left out without evaluating the rest,
/// the cheap comparisons being evaluated first (``order``). The weight of a pair that is kept
/// is added up afterwards in the comparisons' own order, exactly as ``Scorer/score(_:_:)`` adds
/// it.
struct TableWeights {
    var prior: Double
    /// log₂(m / u) of level *l* of comparison *c* at `offsets[c] + l`.
    var levels: UnsafeBufferPointer<Double>
    var offsets: UnsafeBufferPointer<Int32>
    /// Per comparison: its exact level when weighed by term frequency, otherwise -1.
    var adjusted: UnsafeBufferPointer<Int32>
    /// Per comparison: its values' frequencies (empty where `adjusted` is -1).
    var terms: UnsafeBufferPointer<TermColumn>
    /// Per comparison: the most a level other than the adjusted one adds, at least 0.
    var unadjustedBest: UnsafeBufferPointer<Double>
    /// The comparisons, cheapest first.
    var order: UnsafeBufferPointer<Int32>

    init(table: ScoringTable, scorer: Scorer, owner: FrozenBuffers) {
        var levels: [Double] = []
        var offsets: [Int32] = []
        var terms: [TermColumn] = []
        var unadjustedBest: [Double] = []
        let empty = TermColumn(cell: 0, frequencies: owner.freeze([]), weights: owner.freeze([]))
        for (index, comparison) in table.comparisons.comparisons.enumerated() {
            offsets.append(Int32(levels.count))
            let weights = (0..<comparison.levelCount).map { scorer.weight(comparison: index, level: $0) }
            levels += weights
            var term = empty
            if scorer.adjustedLevel[index] >= 0, let frequencies = scorer.termFrequencies,
                let column = table.textColumns[comparison.attribute]
            {
                term = TermColumn(table, column, index, frequencies, scorer, owner: owner)
            }
            terms.append(term)
            unadjustedBest.append(
                weights.indices.reduce(0) { $1 == scorer.adjustedLevel[index] ? $0 : max($0, weights[$1]) })
        }
        prior = scorer.priorWeight
        self.levels = owner.freeze(levels)
        self.offsets = owner.freeze(offsets)
        adjusted = owner.freeze(scorer.adjustedLevel.map { Int32($0) })
        self.terms = owner.freeze(terms)
        self.unadjustedBest = owner.freeze(unadjustedBest)
        let costs = table.rows.plans.indices.map { table.rows.cost(of: $0) }
        // Within a class of cost, the comparisons whose disagreement costs the most weight first.
        let drops = unadjustedBest.indices.map { index in
            let first = Int(offsets[index]), last = first + table.comparisons.comparisons[index].levelCount - 1
            return max(unadjustedBest[index], levels[first + max(0, scorer.adjustedLevel[index])]) - levels[last]
        }
        order = owner.freeze(
            costs.indices.sorted { (costs[$0], -drops[$0], $0) < (costs[$1], -drops[$1], $1) }.map { Int32($0) })
    }

    /// The bound below which a pair's probability is sure to be under `keepFrom`; -∞ when no
    /// pair can be left out early.
    ///
    /// It is the weight of probability `keepFrom` less a margin (10⁻⁶ twice) far above the
    /// rounding of any sum of weights, checked to give a probability under `keepFrom`: a pair
    /// whose bound is below it has a weight at least 10⁻⁶ lower still.
    func floor(keeping keepFrom: Double) -> Double {
        guard keepFrom > 0, keepFrom < 1 else { return -.infinity }
        let weight = MatchWeight.weight(ratio: keepFrom / (1 - keepFrom)) - 1e-6
        guard weight.isFinite, MatchWeight.probability(weight: weight) < keepFrom else { return -.infinity }
        return weight - 1e-6
    }

    /// The most comparison `index` can add for the records of rows `a` and `b`, whose values
    /// are both present: its best level other than the adjusted one, or the adjusted level with
    /// the adjustment these records' term values would get.
    @inline(__always)
    func best(_ index: Int, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>) -> Double {
        let exact = Int(adjusted[index])
        guard exact >= 0 else { return unadjustedBest[index] }
        let weight = levels[Int(offsets[index]) + exact] + (terms[index].adjustment(a, b) ?? 0)
        return max(unadjustedBest[index], weight)
    }

    /// What comparison `index` at `level` adds for the records of rows `a` and `b`.
    @inline(__always)
    func contribution(_ index: Int, _ level: Int, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>) -> Double {
        let weight = levels[Int(offsets[index]) + level]
        guard level == Int(adjusted[index]), let adjustment = terms[index].adjustment(a, b) else { return weight }
        return weight + adjustment
    }

    /// ``Scorer/score(_:_:)``'s vector and weight, on the table; `nil` as soon as the pair's
    /// weight is sure to be below `floor` (see the type's discussion).
    @inline(__always)
    func score(
        _ rows: TableRows, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, floor: Double
    ) -> (ComparisonVector, Double)? {
        let count = rows.plans.count
        var vector = ComparisonVector.allMissing
        if floor > -.infinity {
            let survives = withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { bests in
                var bound = prior
                for index in 0..<count {
                    bests[index] = rows.isPresent(index, a, b) ? best(index, a, b) : .nan
                    if !bests[index].isNaN { bound += bests[index] }
                }
                guard bound >= floor else { return false }
                for index in order {
                    let comparison = Int(index)
                    guard !bests[comparison].isNaN else { continue }
                    let level = rows.level(comparison, a, b)
                    vector[comparison] = level
                    bound += contribution(comparison, level, a, b) - bests[comparison]
                    if bound < floor { return false }
                }
                return true
            }
            guard survives else { return nil }
        } else {
            for comparison in 0..<count {
                let level = rows.level(comparison, a, b)
                if level >= 0 { vector[comparison] = level }
            }
        }
        // The weight in the comparisons' order, as the scorer adds it.
        var weight = prior
        for comparison in 0..<count {
            guard let level = vector[comparison] else { continue }
            weight += levels[Int(offsets[comparison]) + level]
            if level == Int(adjusted[comparison]), let adjustment = terms[comparison].adjustment(a, b) {
                weight += adjustment
            }
        }
        return (vector, weight)
    }
}

/// The term frequencies of one comparison by value number, and where a row keeps its value.
struct TermColumn {
    /// The cell of a row's term value (``TextColumnLayout/term``).
    var cell: Int
    /// Per value number: its key's frequency; -1 when unknown or not a term value.
    var frequencies: UnsafeBufferPointer<Double>
    /// Per value number: the adjustment at that frequency (``Scorer/termFrequencyWeight(_:frequency:)``).
    var weights: UnsafeBufferPointer<Double>

    /// The frequencies of `column`'s term values for comparison `index`, looked up once per
    /// distinct value.
    init(
        _ table: ScoringTable, _ column: TextColumnLayout, _ index: Int, _ frequencies: TermFrequencies, _ scorer: Scorer,
        owner: FrozenBuffers
    ) {
        let pool = table.rows.pools[column.pool]
        var known = [Double](repeating: -1, count: pool.values.count)
        var weights = [Double](repeating: 0, count: pool.values.count)
        var seen = [Bool](repeating: false, count: pool.values.count)
        for record in 0..<table.count {
            let value = Int(table.rows.row(record)[column.term])
            guard value >= 0, !seen[value] else { continue }
            seen[value] = true
            let key = String(decoding: pool.keys[pool.values[value].key], as: UTF8.self)
            guard let frequency = frequencies.frequency(comparison: index, value: key) else { continue }
            known[value] = frequency
            weights[value] = scorer.termFrequencyWeight(index, frequency: frequency)
        }
        cell = column.term
        self.frequencies = owner.freeze(known)
        self.weights = owner.freeze(weights)
    }

    init(cell: Int, frequencies: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>) {
        self.cell = cell
        self.frequencies = frequencies
        self.weights = weights
    }

    /// ``Scorer``'s adjustment of an exact match of the records of rows `a` and `b`: at the
    /// larger of their values' known frequencies; `nil` when neither is known.
    @inline(__always)
    func adjustment(_ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>) -> Double? {
        let valueA = Int(a[cell]), valueB = Int(b[cell])
        let x = valueA >= 0 ? frequencies[valueA] : -1
        let y = valueB >= 0 ? frequencies[valueB] : -1
        switch (x >= 0, y >= 0) {
        // max(x, y) is y when y >= x: the weight of each frequency is computed once per value.
        case (true, true): return y >= x ? weights[valueB] : weights[valueA]
        case (true, false): return weights[valueA]
        case (false, true): return weights[valueB]
        case (false, false): return nil
        }
    }
}
