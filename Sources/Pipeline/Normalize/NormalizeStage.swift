import Dispatch
import Foundation
import GoldenCore
import Ingest
import Normalize
import Quality
import Store

/// The Normalize stage over the store: normalizes every source record that awaits it (new,
/// replaced by a newer sighting, or of a source whose normalizer changed), in pages, on several
/// threads, and stores the results with their `QualitySignature`s. Incremental: a second run
/// with nothing new does nothing (but sign records normalized before `v11-quality-signature`).
public struct NormalizeStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let threads: Int
    public let progress: ProgressLog
    /// Records read, normalized and written per transaction.
    public var pageSize = 8192

    public init(config: WorkspaceConfig, store: GoldenStore, threads: Int, progress: ProgressLog = .silent) {
        self.config = config
        self.store = store
        self.threads = max(1, threads)
        self.progress = progress
    }

    public func run(runID: Int64) throws(GoldenError) -> NormalizeSummary {
        let started = ContinuousClock.now
        var summary = NormalizeSummary()
        var normalizers: [String: RecordNormalizer] = [:]
        for source in config.sources {
            let normalizer = RecordNormalizer(options: source.mapping.normalize)
            normalizers[source.name] = normalizer
            summary.reset += try store.setNormalizeFingerprint(normalizer.fingerprint, source: source.name)
        }
        let fallback = RecordNormalizer()
        let bySource = normalizers
        let pendingTotal = try store.pendingNormalizationCount()
        if pendingTotal > 0 { progress.note("normalize: \(pendingTotal) records") }

        let fetch = { (after: Int64) throws(GoldenError) in try store.pendingNormalization(after: after, limit: pageSize) }
        try Self.forEachPage(fetch, lastID: \.recordID) { (page) throws(GoldenError) in
            // Decoding the stored fields, normalizing and encoding the result all run in the
            // partitions; only the reads and writes of the store stay on this thread.
            let results = Self.process(page, threads: threads) { (pending) throws(GoldenError) in
                let normalized = (bySource[pending.source] ?? fallback).normalize(try pending.record())
                let signature = QualitySignature(normalized).rawValue
                return (EncodedNormalizedRecord(recordID: pending.recordID, normalized, qualitySignature: signature), normalized.findings)
            }
            var encoded: [EncodedNormalizedRecord] = []
            encoded.reserveCapacity(results.count)
            for (pending, result) in zip(page, results) {
                let (record, findings) = try result.get()
                encoded.append(record)
                summary.records += 1
                summary.bySource[pending.source, default: 0] += 1
                for finding in findings { summary.findings[finding.code, default: 0] += 1 }
            }
            try store.writeNormalized(encoded, runID: runID)
        }
        try signUnsigned()
        summary.seconds = (ContinuousClock.now - started).seconds
        return summary
    }

    /// Calls `body` with every page `fetch` returns, in order, until an empty one: `fetch` gets
    /// the record id of the previous page's last row (`lastID`), 0 at first.
    static func forEachPage<Row>(
        _ fetch: (Int64) throws(GoldenError) -> [Row], lastID: (Row) -> Int64, _ body: ([Row]) throws(GoldenError) -> Void
    ) throws(GoldenError) {
        var after: Int64 = 0
        while true {
            let page = try fetch(after)
            guard let last = page.last else { return }
            after = lastID(last)
            try body(page)
        }
    }

    /// `transform` applied to every element of `page`, in order, split into contiguous
    /// partitions that run at once.
    static func process<Input: Sendable, Output: Sendable>(
        _ page: [Input], threads: Int, _ transform: @escaping @Sendable (Input) throws(GoldenError) -> Output
    ) -> [Result<Output, GoldenError>] {
        let run: @Sendable (Input) -> Result<Output, GoldenError> = { input in
            Result { () throws(GoldenError) in try transform(input) }
        }
        let partitions = min(threads, max(1, page.count / 512))
        if partitions == 1 { return page.map(run) }
        var parts = [[Result<Output, GoldenError>]](repeating: [], count: partitions)
        parts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            page.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let records = input
                DispatchQueue.concurrentPerform(iterations: partitions) { index in
                    let range = Self.range(of: index, partitions: partitions, count: records.count)
                    output[index] = records[range].map(run)
                }
            }
        }
        return parts.flatMap { $0 }
    }

    /// The `index`-th of `partitions` near-equal contiguous ranges of `0..<count`.
    static func range(of index: Int, partitions: Int, count: Int) -> Range<Int> {
        (count * index / partitions)..<(count * (index + 1) / partitions)
    }
}
