import GoldenCore
import Merge
import Store

extension MergeStage {
    /// Calls `body` with the golden records of the clusters (those of `only`, when given), a batch
    /// at a time in cluster order, and the seconds the batch took to build.
    ///
    /// A store on disk is read through a connection of its own on a thread of its own, which
    /// builds each batch too (in parallel partitions), while `body` writes the batch before in the
    /// merge transaction: reading, building and writing overlap. An in-memory store (one
    /// connection) is read inline, each batch built and then written.
    func forEachBuiltBatch(
        _ session: MergeSession, only: [Int64]?, builder: GoldenBuilder,
        _ body: ([GoldenBuilder.Built], _ seconds: Double) throws -> Void
    ) throws {
        let (size, threads) = (batchSize, self.threads)
        @Sendable func build(_ batch: [ClusterInput]) throws -> (built: [GoldenBuilder.Built], seconds: Double) {
            let started = ContinuousClock.now
            let built = try builder.build(batch, threads: threads)
            return (built, (ContinuousClock.now - started).seconds)
        }
        guard store.readsAlongsideWrites else {
            return try session.forEachClusterBatch(clusters: only, size: size) { batch in
                let next = try build(batch)
                try body(next.built, next.seconds)
            }
        }
        let pipe = BatchPipe<(built: [GoldenBuilder.Built], seconds: Double)>(capacity: 2)
        let store = self.store
        pipe.produce { put in try store.forEachClusterBatch(clusters: only, size: size) { try put(try build($0)) } }
        do {
            while let next = try pipe.take() { try body(next.built, next.seconds) }
        } catch {
            pipe.cancel()
            throw error
        }
    }
}
