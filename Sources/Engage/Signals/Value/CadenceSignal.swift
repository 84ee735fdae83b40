/// `cadence_days`: the customer's own rhythm, the median gap between purchase days.
///
/// Gaps are taken between consecutive distinct purchase days (two receipts on one day are one
/// visit). With fewer than ``SignalSettings/minimumPurchasesForCadence`` purchase days (and
/// always with fewer than two) `number` is ``SignalSettings/defaultCadenceDays`` and the signal
/// does not fire; otherwise it fires with the median gap (the mean of the middle two for an even
/// count), `day` the latest purchase.
struct CadenceSignal: Signal, UsesCadence {
    static let name = "cadence_days"
    static let summary = "median days between purchase days (the default cadence until there are enough)"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let cadence = input.cadence
        return SignalValue(fired: cadence.isOwn, number: cadence.days, day: cadence.isOwn ? cadence.lastPurchase : nil)
    }
}

/// A signal that needs the customer's cadence: a ``RuleContext`` works it out once for all of them.
protocol UsesCadence {}

extension SignalInput {
    /// The customer's cadence: the one already worked out, or worked out now.
    var cadence: Cadence { knownCadence ?? Cadence(self) }
}

/// A customer's cadence, shared by `cadence_days`, `overdue` and `flatline`.
struct Cadence: Sendable {
    /// The median gap, or the default.
    var days: Double
    /// Whether ``days`` is the customer's own.
    var isOwn: Bool
    var lastPurchase: Optional<Day>

    /// The first day more than `allowed` days after `last` (allowed ≥ 0, whole days counted).
    static func firstDay(after last: Day, allowing allowed: Double) -> Day {
        // Truncation is the floor for the non-negative; no libm needed.
        last.adding(days: Int(max(0, min(allowed, 1e9))) + 1)
    }

    /// - Complexity: O(n) to scan, plus O(p log p) in the purchase days p to take the median, in
    ///   a stack buffer.
    init(_ input: SignalInput) {
        let events = input.facts.events
        let visible = input.visibleCount
        var distinctDays = 0
        var last: Day?
        for index in 0..<visible where events[index].kind == .purchase && events[index].day != last {
            distinctDays += 1
            last = events[index].day
        }
        lastPurchase = last
        guard distinctDays >= max(2, input.settings.minimumPurchasesForCadence) else {
            days = input.settings.defaultCadenceDays
            isOwn = false
            return
        }
        days = withUnsafeTemporaryAllocation(of: Int32.self, capacity: distinctDays - 1) { gaps in
            var count = 0
            var previous: Day?
            for index in 0..<visible where events[index].kind == .purchase && events[index].day != previous {
                if let previous { gaps[count] = events[index].day.index - previous.index; count += 1 }
                previous = events[index].day
            }
            // Insertion sort: a handful of gaps, in place, no allocation.
            for end in 1..<max(1, count) {
                let gap = gaps[end]
                var slot = end
                while slot > 0, gaps[slot - 1] > gap {
                    gaps[slot] = gaps[slot - 1]
                    slot -= 1
                }
                gaps[slot] = gap
            }
            let middle = count / 2
            return count % 2 == 1 ? Double(gaps[middle]) : Double(Int(gaps[middle - 1]) + Int(gaps[middle])) / 2
        }
        isOwn = true
    }
}
