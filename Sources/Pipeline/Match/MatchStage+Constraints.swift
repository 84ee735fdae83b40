import GoldenCore
import Match
import Store

extension MatchStage {
    /// The stewards' stored constraints as positions of `records`, for the clusterer; a note on
    /// the progress log counts those skipped because a record they name is no longer stored (or
    /// not normalized).
    func stewardConstraints(for records: [MatchRecord]) throws(GoldenError) -> Constraints {
        let mapped = Self.constraints(try store.matchConstraints(), records: records)
        if mapped.skipped > 0 {
            progress.note("match: \(mapped.skipped) steward constraint(s) name records that are gone; skipped")
        }
        return mapped.constraints
    }

    /// Maps `stored` constraints, by record id, to positions of `records` (which are in record-id
    /// order, as ``loadRecords()`` returns them).
    ///
    /// - Returns: The constraints, and how many were skipped because a record they name is not
    ///   among `records`.
    /// - Complexity: O(*c* log *n*) for *c* constraints over *n* records.
    static func constraints(_ stored: [MatchConstraint], records: [MatchRecord]) -> (constraints: Constraints, skipped: Int) {
        var constraints = Constraints()
        var skipped = 0
        for constraint in stored {
            guard let a = position(of: constraint.recordA, in: records), let b = position(of: constraint.recordB, in: records),
                a != b
            else {
                skipped += 1
                continue
            }
            switch constraint.kind {
            case .mustLink: constraints.mustLink.append(RecordPair(a, b))
            case .cannotLink: constraints.cannotLink.append(RecordPair(a, b))
            }
        }
        return (constraints, skipped)
    }

    /// The position of the record with `id` in `records` (sorted by id), by binary search.
    private static func position(of id: Int64, in records: [MatchRecord]) -> Int? {
        var low = 0, high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < records.count && records[low].id == id ? low : nil
    }
}
