/// The clusters of the new clustering, numbered densely (*slots*) in the order first met, with
/// each record's slot.
struct ClusterTable {
    /// The slot of each row of the clustering, in its (record) order.
    private(set) var slotOfRow: [Int32] = []
    /// Per slot: the cluster id, its number of records and its smallest record id.
    private(set) var clusterIDs: [Int64] = []
    private(set) var size: [Int32] = []
    private(set) var smallestRecord: [Int64] = []

    var count: Int { clusterIDs.count }

    /// - Precondition: `clusters` ascends by record.
    init(_ clusters: [(record: Int64, cluster: Int64)]) {
        var slots = SlotTable(capacity: clusters.count)
        slotOfRow.reserveCapacity(clusters.count)
        for (record, cluster) in clusters {
            let (slot, isNew) = slots.slot(for: cluster)
            if isNew {
                // Records ascend: a cluster's first record is its smallest.
                clusterIDs.append(cluster)
                size.append(1)
                smallestRecord.append(record)
            } else {
                size[Int(slot)] += 1
            }
            slotOfRow.append(slot)
        }
    }
}

/// The previous golden ids, numbered densely, with each one's present records grouped by id.
struct PreviousIDs {
    /// The id of each dense number.
    private(set) var ids: [GoldenID] = []
    /// How many records each id had, present or not.
    private(set) var recordCount: [Int32] = []
    /// Each id's present records as (cluster slot, record id), grouped by id: those of id number
    /// `g` are at `start[g]..<start[g + 1]`.
    private var members: [(cluster: Int32, record: Int64)] = []
    private var start: [Int] = []
    /// For the ids whose present records lie in several clusters, the slots other than the
    /// successor's (filled by ``successors()``).
    private(set) var otherParts: [Int32: [Int32]] = [:]

    /// - Precondition: `previous` and `clusters` ascend by record.
    init(
        _ previous: [(record: Int64, id: GoldenID)], clusters: [(record: Int64, cluster: Int64)], table: ClusterTable
    ) {
        var numbers = SlotTable(capacity: previous.count / 2)
        var row = 0
        var numberOfPresent: [Int32] = []
        var present: [(cluster: Int32, record: Int64)] = []
        numberOfPresent.reserveCapacity(previous.count)
        present.reserveCapacity(previous.count)
        for (record, id) in previous {
            let (number, isNew) = numbers.slot(for: Int64(id.sequence))
            if isNew {
                ids.append(id)
                recordCount.append(1)
            } else {
                recordCount[Int(number)] += 1
            }
            // Merge join on the record.
            while row < clusters.count, clusters[row].record < record { row += 1 }
            guard row < clusters.count, clusters[row].record == record else { continue }
            numberOfPresent.append(number)
            present.append((table.slotOfRow[row], record))
        }
        // Counting sort by id number.
        start = [Int](repeating: 0, count: ids.count + 1)
        for number in numberOfPresent { start[Int(number) + 1] += 1 }
        for index in 0..<ids.count { start[index + 1] += start[index] }
        var next = start
        members = [(cluster: Int32, record: Int64)](repeating: (0, 0), count: present.count)
        for (index, number) in numberOfPresent.enumerated() {
            members[next[Int(number)]] = present[index]
            next[Int(number)] += 1
        }
    }

    /// Each id's successor cluster slot (−1 when none of its records is present) and its
    /// overlap with it; fills ``otherParts`` on the way.
    mutating func successors() -> [(cluster: Int32, overlap: Int32)] {
        var result: [(cluster: Int32, overlap: Int32)] = []
        result.reserveCapacity(ids.count)
        for number in 0..<ids.count {
            let range = start[number]..<start[number + 1]
            guard let first = range.first else {
                result.append((-1, 0))
                continue
            }
            let cluster = members[first].cluster
            if members[range].allSatisfy({ $0.cluster == cluster }) {
                result.append((cluster, Int32(range.count)))
                continue
            }
            // Spread over several clusters: count per cluster, keeping each part's smallest record.
            let parts = members[range].sorted { ($0.cluster, $0.record) < ($1.cluster, $1.record) }
            var best: (cluster: Int32, overlap: Int32, smallest: Int64)?
            var slots: [Int32] = []
            var index = 0
            while index < parts.count {
                var end = index
                while end < parts.count, parts[end].cluster == parts[index].cluster { end += 1 }
                // Records ascend within a part: the first is its smallest. Ties go to the smaller.
                let part = (cluster: parts[index].cluster, overlap: Int32(end - index), smallest: parts[index].record)
                slots.append(part.cluster)
                let better = best.map {
                    part.overlap > $0.overlap || (part.overlap == $0.overlap && part.smallest < $0.smallest)
                }
                if better ?? true { best = part }
                index = end
            }
            let successor = best!
            otherParts[Int32(number)] = slots.filter { $0 != successor.cluster }
            result.append((successor.cluster, successor.overlap))
        }
        return result
    }
}
