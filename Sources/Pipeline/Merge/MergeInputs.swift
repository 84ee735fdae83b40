import GoldenCore
import Merge
import Store

/// What the Merge stage reads from the store: each cluster's members and its events.
enum MergeInputs {
    /// Every clustered record's normalized values, grouped by cluster, each group in record-id
    /// order. Payloads are read in pages and decoded in parallel partitions.
    static func members(
        of store: GoldenStore, clusterOf: [Int64: Int64], threads: Int
    ) throws(GoldenError) -> [Int64: [MergeMember]] {
        var groups: [Int64: [MergeMember]] = [:]
        var page: [EncodedNormalizedRow] = []
        let pageSize = 16_384
        func flush() throws(GoldenError) {
            let decoded = NormalizeStage.process(page, threads: threads) { (row) throws(GoldenError) in
                MergeMember(recordID: row.recordID, record: try row.decoded())
            }
            for result in decoded {
                let member = try result.get()
                // A record normalized after the Match stage ran has no cluster yet: the next
                // run's Match stage gives it one.
                guard let cluster = clusterOf[member.recordID] else { continue }
                groups[cluster, default: []].append(member)
            }
            page.removeAll(keepingCapacity: true)
        }
        try readingStore("the normalized records") {
            try store.forEachNormalizedPayload { row in
                page.append(row)
                if page.count == pageSize { try flush() }
            }
        }
        try flush()
        return groups
    }

    /// Every stored event rolled up by the cluster of the record it belongs to. Events of a
    /// record that is not clustered (its subject was never stored, or not yet matched) are
    /// counted in `summary` and left out.
    static func histories(
        of store: GoldenStore, clusterOf: [Int64: Int64], summary: inout MergeSummary
    ) throws(GoldenError) -> [Int64: HistoryAccumulator] {
        var histories: [Int64: HistoryAccumulator] = [:]
        var attached = 0, unattached = 0
        try readingStore("the events") {
            try store.forEachEventWithSubject { subject, event in
                guard let subject, let cluster = clusterOf[subject] else {
                    unattached += 1
                    return
                }
                attached += 1
                histories[cluster, default: HistoryAccumulator()].add(event)
            }
        }
        summary.events = attached
        summary.unattachedEvents = unattached
        return histories
    }
}
