import Dispatch
import GoldenCore
import Merge
import Store

/// Builds the golden records of many clusters in parallel partitions: survivorship, the
/// roll-up of events, their JSON and its hash, and the conflicts as review items.
struct GoldenBuilder {
    let survivorship: Survivorship

    /// One cluster's golden record, ready to compare with the stored one and write.
    struct Built: Sendable {
        var cluster: Int64
        var recordCount: Int
        var record: String
        var history: String
        var contentHash: Int64
        var conflicts: [NewReviewItem]
    }

    /// The golden record of every cluster in `members`, by cluster id.
    func build(
        members: [Int64: [MergeMember]], histories: [Int64: HistoryAccumulator], threads: Int
    ) -> [Built] {
        let clusters = members.keys.sorted()
        let partitions = min(threads, max(1, clusters.count / 1024))
        var parts = [[Built]](repeating: [], count: partitions)
        let survivorship = self.survivorship
        parts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: partitions) { index in
                var built: [Built] = []
                // One buffer per partition, reused for every record and summary it writes.
                var writer = MergeJSONWriter()
                for cluster in clusters[NormalizeStage.range(of: index, partitions: partitions, count: clusters.count)] {
                    built.append(
                        Self.golden(
                            cluster: cluster, members: members[cluster] ?? [], history: histories[cluster],
                            survivorship: survivorship, writer: &writer))
                }
                output[index] = built
            }
        }
        return parts.flatMap { $0 }
    }

    /// One cluster's golden record; its JSON (the bytes of `MergeJSON.encode`) is written
    /// through `writer`, whose buffer is reused.
    static func golden(
        cluster: Int64, members: [MergeMember], history: HistoryAccumulator?, survivorship: Survivorship,
        writer: inout MergeJSONWriter
    ) -> Built {
        let (record, conflicts) = survivorship.goldenRecord(of: members)
        writer.reset()
        writer.write(record)
        let recordJSON = writer.string
        writer.reset()
        writer.write((history ?? HistoryAccumulator()).summary())
        let historyJSON = writer.string
        return Built(
            cluster: cluster, recordCount: members.count, record: recordJSON, history: historyJSON,
            contentHash: contentHash(recordJSON, historyJSON),
            conflicts: conflicts.compactMap(reviewItem))
    }

    /// FNV-1a over both texts (and a separator): a change of either shows as a new hash.
    static func contentHash(_ record: String, _ history: String) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for text in [record, history] {
            for byte in text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
            hash = (hash ^ 0xFF) &* 0x100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }

    /// A review item for a conflict: the first records asserting the chosen value and its first
    /// rival, with a reason that names the attribute and never a value.
    static func reviewItem(_ conflict: SurvivorshipConflict) -> NewReviewItem? {
        let lineages = conflict.lineages
        guard lineages.count >= 2, let first = lineages[0].first?.recordID,
            let second = lineages[1].first?.recordID, first != second
        else { return nil }
        return NewReviewItem(
            kind: NewReviewItem.conflictKind, recordA: first, recordB: second, probability: nil,
            reason: "\(conflict.attribute.rawValue): \(lineages.count) values from sources of equal trust (\(conflict.reason.rawValue))")
    }
}

extension SurvivorshipConflict {
    /// The lineage of each competing value, the chosen one first.
    var lineages: [[SourceAssertion]] {
        switch values {
        case .name(let values): values.map(\.lineage)
        case .dateOfBirth(let values): values.map(\.lineage)
        case .gender(let values): values.map(\.lineage)
        case .address(let values): values.map(\.lineage)
        }
    }
}
