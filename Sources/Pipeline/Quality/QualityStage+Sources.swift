import GoldenCore
import Quality
import Store

extension QualityStage {
    /// Adds the normalized records to the profiles of their sources (records of sources no longer
    /// configured are left out): the store's counts per source and quality signature, then the
    /// records stored without a signature (normalized before `v11-quality-signature`, not yet
    /// signed by a Normalize run), decoded in batches on the stage's threads.
    func addNormalizedRecords(to profiles: inout [String: SourceProfile]) throws(GoldenError) {
        var batch: [EncodedNormalizedRow] = []
        func flush() throws(GoldenError) {
            let decoded = NormalizeStage.process(batch, threads: threads) { (row) throws(GoldenError) in try row.decoded() }
            batch.removeAll(keepingCapacity: true)
            for result in decoded {
                let record = try result.get()
                profiles[record.source]?.add(record)
            }
        }
        var groups: [QualitySignatureCount] = []
        try readingStore("the normalized records") {
            groups = try store.qualitySignatureCounts { row in
                batch.append(row)
                if batch.count == Self.batchSize { try flush() }
            }
        }
        try flush()
        for group in groups {
            guard let signature = QualitySignature(rawValue: group.signature) else {
                throw GoldenError(.store, "Malformed normalized_records.quality_signature \(group.signature) in the store")
            }
            profiles[group.source]?.add(signature: signature, count: group.count, latestObservedAt: group.latestObservedAt)
        }
    }
}
