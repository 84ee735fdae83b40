import GoldenCore
import Quality
import Store

extension NormalizeStage {
    /// Stores the `QualitySignature` of every normalized record stored without one (normalized
    /// before `v11-quality-signature`), decoding their payloads in pages on the stage's threads.
    /// A one-off after the upgrade: once every record is signed it reads nothing.
    ///
    /// - Returns: how many records were signed.
    @discardableResult
    func signUnsigned() throws(GoldenError) -> Int {
        let total = try store.unsignedNormalizedCount()
        guard total > 0 else { return 0 }
        progress.note("normalize: quality signatures of \(total) records normalized before this version")
        var signed = 0
        let fetch = { (after: Int64) throws(GoldenError) in try store.unsignedNormalizedRows(after: after, limit: pageSize) }
        try Self.forEachPage(fetch, lastID: \.recordID) { (page) throws(GoldenError) in
            let results = Self.process(page, threads: threads) { (row) throws(GoldenError) in
                let record = try row.decoded()
                return QualitySignatureRow(
                    recordID: row.recordID, source: record.source, observedAt: record.observedAt,
                    signature: QualitySignature(record).rawValue)
            }
            var rows: [QualitySignatureRow] = []
            rows.reserveCapacity(results.count)
            for result in results { rows.append(try result.get()) }
            try store.writeQualitySignatures(rows)
            signed += rows.count
        }
        return signed
    }
}
