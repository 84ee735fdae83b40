import Foundation
import GoldenCore
import GoldenIO
import Ingest
import Store

/// The ingest stage over a workspace: finds each source's files, skips content seen before, reads the
/// rest through their mappings and writes records, events and quarantined rows to the store in
/// batched transactions, one chunk being written while the next is read.
public struct IngestStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let progress: ProgressLog

    public init(config: WorkspaceConfig, store: GoldenStore, progress: ProgressLog = .silent) {
        self.config = config
        self.store = store
        self.progress = progress
    }

    /// Ingests every configured file; returns one summary per file, in source then path order.
    ///
    /// Into a store without events (a first load), events go in without the index by customer,
    /// which is built once at the end, also when a file fails (see ``GoldenStore/beginBulkLoad()``).
    public func run(runID: Int64) throws(GoldenError) -> [FileSummary] {
        let bulk = try store.beginBulkLoad()
        let summaries: [FileSummary]
        do {
            summaries = try ingestAll(runID: runID)
        } catch {
            // The error is the file's; a failure to build the index is left to the next opening.
            if bulk { try? store.buildDeferredIndexes() }
            throw error
        }
        if bulk { try buildIndexes() }
        return summaries
    }

    private func buildIndexes() throws(GoldenError) {
        let started = ContinuousClock.now
        try store.buildDeferredIndexes()
        progress.note(String(format: "built the events' index by customer in %.1f s", (ContinuousClock.now - started).seconds))
    }

    private func ingestAll(runID: Int64) throws(GoldenError) -> [FileSummary] {
        var summaries: [FileSummary] = []
        for source in config.sources {
            var paths: [String] = []
            for pattern in source.files { paths.append(contentsOf: Glob(pattern).files(in: config.directory)) }
            for relative in Array(Set(paths)).sorted() {
                summaries.append(try ingest(relative: relative, source: source, runID: runID))
            }
        }
        return summaries
    }

    private func ingest(relative: String, source: WorkspaceConfig.Source, runID: Int64) throws(GoldenError) -> FileSummary {
        let path = WorkspaceConfig.resolve(relative, in: config.directory)
        let started = ContinuousClock.now
        let status = Self.status(path: path)
        let modifiedAt = status?.modifiedAt
        if let status,
            let seen = try store.unchangedBatch(
                source: source.name, path: relative, sizeBytes: status.size, modifiedAt: status.modifiedAt)
        {
            progress.note("\(source.name): \(relative) unchanged (size and modification time) since batch \(seen.id), skipped")
            var summary = FileSummary(
                source: source.name, file: relative, status: .skipped, contentHash: seen.contentHash, bytes: status.size)
            summary.batch = seen.id
            return summary
        }
        let (hash, size) = try Self.contentHash(path: path, display: relative)
        var summary = FileSummary(source: source.name, file: relative, status: .skipped, contentHash: hash, bytes: size)
        if let seen = try store.batch(source: source.name, contentHash: hash) {
            summary.batch = seen.id
            progress.note("\(source.name): \(relative) unchanged since batch \(seen.id), skipped")
            return summary
        }
        let batch = try store.beginBatch(
            source: source.name, path: relative, contentHash: hash, sizeBytes: size, runID: runID, at: .now,
            modifiedAt: modifiedAt)
        summary.batch = batch
        progress.note("\(source.name): reading \(relative)")
        let result = try readAndWrite(path: path, relative: relative, source: source, batch: batch, runID: runID)
        summary.status = result.failure == nil ? .ingested : .incomplete
        summary.rowsRead = result.rowsRead
        summary.rowsStored = result.rowsStored
        summary.rowsQuarantined = result.rowsQuarantined
        summary.records = result.records
        summary.events = result.events
        summary.error = result.failure.map { $0.description }
        summary.seconds = (ContinuousClock.now - started).seconds
        try store.finishBatch(
            batch, status: result.failure == nil ? .complete : .incomplete,
            counts: RowCounts(read: result.rowsRead, stored: result.rowsStored, quarantined: result.rowsQuarantined),
            error: summary.error, at: .now)
        return summary
    }

    /// The file's size in bytes and modification time in milliseconds since the epoch, if it
    /// can be read; of the file a symbolic link points to, not of the link.
    static func status(path: String) -> (size: Int64, modifiedAt: Int64)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let modified = Int64(status.st_mtim.tv_sec) * 1000 + Int64(status.st_mtim.tv_nsec) / 1_000_000
        return (Int64(status.st_size), modified)
    }

    /// SHA-256 of the file's raw bytes, and its size.
    static func contentHash(path: String, display: String) throws(GoldenError) -> (String, Int64) {
        do {
            let source = try FileByteSource(path: path)
            var hasher = SHA256()
            var size: Int64 = 0
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
            defer { buffer.deallocate() }
            while true {
                let count = try source.read(into: buffer)
                if count == 0 { break }
                hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                size += Int64(count)
            }
            return (hexString(hasher.finalize()), size)
        } catch let error as GoldenError {
            throw GoldenError(error.code, error.message, at: SourceLocation(file: display))
        } catch {
            throw GoldenError(.io, "cannot read file", at: SourceLocation(file: display))
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension Timestamp {
    /// The current time.
    public static var now: Timestamp { Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }
}
