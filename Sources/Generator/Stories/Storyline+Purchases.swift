extension Storyline {
    /// The days of a customer's `count` purchases (receipts and orders together), oldest first,
    /// spaced by the cadence with ±30% jitter and placed as the story says: up to a few days
    /// ago for steady customers, ending on the change day for lapsers, on either side of the
    /// silence for a win-back.
    func purchaseDays(_ count: Int, _ generator: inout SplitMix64) -> [Int64] {
        guard count > 0 else { return [] }
        switch story {
        case .new:
            return forward(from: changeDay!, count, &generator)
        case .lapsing:
            return backward(from: changeDay!, count, &generator)
        case .complainer:
            return backward(from: lastBefore!, count, &generator)
        case .winBack:
            let after = min(count - 1, 1 + generator.below(2))
            return backward(from: lastBefore!, count - after, &generator)
                + forward(from: changeDay!, after, &generator)
        case .steady, .sentimentDip, .quietMember, .unsubscriber:
            let last = asOf - 1 - Int64(generator.below(max(1, cadence * 2 / 3)))
            return backward(from: last, count, &generator)
        }
    }

    /// One gap between purchases: the cadence ±30%, at least a day.
    private func gap(_ generator: inout SplitMix64) -> Int64 {
        Int64(max(1, Int(Double(cadence) * (0.7 + 0.6 * generator.unit()))))
    }

    /// `count` days ending on `last`.
    private func backward(from last: Int64, _ count: Int, _ generator: inout SplitMix64) -> [Int64] {
        var days: [Int64] = []
        var day = last
        for _ in 0..<count {
            days.append(day)
            day -= gap(&generator)
        }
        return days.reversed()
    }

    /// `count` days starting on `first`, none on or after as-of.
    private func forward(from first: Int64, _ count: Int, _ generator: inout SplitMix64) -> [Int64] {
        var days: [Int64] = []
        var day = first
        for _ in 0..<count {
            days.append(min(day, asOf - 1))
            day += gap(&generator)
        }
        return days
    }
}
