import Dispatch
import GoldenCore
import Merge
import Store

/// Builds the golden records of a batch of clusters in parallel partitions: the members decoded,
/// survivorship, the roll-up of events, their JSON and its hash, the facts Quality and Engage
/// read (``GoldenFacts``) and their hash, the search terms, the export row's attribute columns,
/// and the conflicts as review items.
struct GoldenBuilder {
    let survivorship: Survivorship

    /// One cluster's golden record, ready to compare with the stored one and write.
    struct Built: Sendable {
        var cluster: Int64
        var recordCount: Int
        /// The events rolled up into its history.
        var events: Int
        var record: String
        var history: String
        var contentHash: Int64
        /// The stored bytes of its ``GoldenFacts``, and their hash.
        var facts: [UInt8]
        var factsHash: Int64
        /// What the steward's search finds it by.
        var searchTerms: [GoldenSearchTerm]
        /// Its flat export row's attribute columns (``GoldenCSV/fragment(record:history:)``).
        var export: GoldenExportFragment
        var conflicts: [NewReviewItem]
    }

    /// The golden record of every cluster of `batch`, in its order: members decoded, events
    /// rolled up, in parallel partitions.
    ///
    /// - Throws: a store error when a member's stored payload is malformed.
    func build(_ batch: [ClusterInput], threads: Int) throws(GoldenError) -> [Built] {
        let partitions = min(threads, max(1, batch.count / 256))
        var parts = [[Result<Built, GoldenError>]](repeating: [], count: partitions)
        let survivorship = self.survivorship
        parts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            batch.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let clusters = input
                DispatchQueue.concurrentPerform(iterations: partitions) { index in
                    var built: [Result<Built, GoldenError>] = []
                    // One buffer per partition, reused for every record and summary it writes.
                    var writer = MergeJSONWriter()
                    var facts = BinaryWriter(capacity: 4096)
                    for cluster in clusters[NormalizeStage.range(of: index, partitions: partitions, count: clusters.count)] {
                        built.append(Result { () throws(GoldenError) in
                            try Self.golden(cluster, survivorship: survivorship, writer: &writer, facts: &facts)
                        })
                    }
                    output[index] = built
                }
            }
        }
        var built: [Built] = []
        built.reserveCapacity(batch.count)
        for part in parts {
            for result in part { built.append(try result.get()) }
        }
        return built
    }

    /// One cluster's golden record; its JSON (the bytes of `MergeJSON.encode`) is written
    /// through `writer`, its facts (from the built values, not the JSON) through `facts`: both
    /// buffers are reused.
    static func golden(
        _ input: ClusterInput, survivorship: Survivorship, writer: inout MergeJSONWriter, facts: inout BinaryWriter
    ) throws(GoldenError) -> Built {
        var members: [MergeMember] = []
        members.reserveCapacity(input.members.count)
        for row in input.members { members.append(MergeMember(recordID: row.recordID, record: try row.decoded())) }
        var history = HistoryAccumulator()
        history.add(contentsOf: input.events)
        let (record, conflicts) = survivorship.goldenRecord(of: members)
        // The content hash: FNV-1a over the record's JSON, 0xFF, the history's JSON, 0xFF (a
        // change of either shows as a new hash), fed from the writer's bytes.
        var hash = FNV1a()
        writer.reset()
        writer.write(record)
        let recordJSON = writer.string
        writer.withUTF8 { hash.add($0) }
        hash.add(CollectionOfOne(0xFF))
        let summary = history.summary()
        writer.reset()
        writer.write(summary)
        let historyJSON = writer.string
        writer.withUTF8 { hash.add($0) }
        hash.add(CollectionOfOne(0xFF))
        facts.reset()
        GoldenFacts(record: record, recordCount: members.count, history: summary, events: input.events).encode(into: &facts)
        // A copy of its own size: the buffer is kept for the next record.
        let factsBytes = [UInt8](facts.bytes[...])
        return Built(
            cluster: input.cluster, recordCount: members.count, events: input.events.count, record: recordJSON,
            history: historyJSON, contentHash: hash.value, facts: factsBytes,
            factsHash: GoldenFacts.hash(factsBytes), searchTerms: record.searchTerms,
            export: GoldenExportFragment(version: GoldenCSV.version, text: GoldenCSV.fragment(record: record, history: summary)),
            conflicts: conflicts.compactMap(reviewItem))
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
