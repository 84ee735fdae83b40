import GoldenCore

/// What one file yielded: rows read, stored and quarantined, and the file-level failure if it broke off.
public struct FileIngestResult: Sendable {
    public var rowsRead = 0
    public var rowsStored = 0
    public var rowsQuarantined = 0
    public var records = 0
    public var events = 0
    /// Set when the file could not be read to its end; rows before it were kept.
    public var failure: GoldenError?
}

/// Reads one feed file to its end, handing chunks of `chunkSize` rows to `emit`.
///
/// Invariant: `rowsRead == rowsStored + rowsQuarantined`. A file-level failure becomes one quarantined
/// row of reason `file-error` (or `unsafe-input`) at the place it happened.
public func ingestFile(
    path: String, displayPath: String, source: String, mapping: Mapping, maxFieldBytes: Int, chunkSize: Int,
    emit: (IngestChunk) throws(GoldenError) -> Void
) throws(GoldenError) -> FileIngestResult {
    var result = FileIngestResult()
    var chunk = IngestChunk()
    var rowsInChunk = 0
    func flush() throws(GoldenError) {
        if !chunk.isEmpty { try emit(chunk) }
        chunk = IngestChunk()
        rowsInChunk = 0
    }
    do {
        let reader = try FeedReaders.open(
            path: path, displayPath: displayPath, source: source, mapping: mapping, maxFieldBytes: maxFieldBytes)
        while let outcome = try reader.next() {
            result.rowsRead += 1
            switch outcome {
            case .stored(let record, let events):
                result.rowsStored += 1
                if let record {
                    chunk.records.append(record)
                    result.records += 1
                }
                chunk.events.append(contentsOf: events)
                result.events += events.count
            case .quarantined(let row):
                result.rowsQuarantined += 1
                chunk.quarantine.append(row)
            }
            rowsInChunk += 1
            if rowsInChunk >= chunkSize { try flush() }
        }
    } catch let error where error.code == .config || error.code == .store {
        throw error
    } catch {
        result.failure = error
        result.rowsRead += 1
        result.rowsQuarantined += 1
        chunk.quarantine.append(
            QuarantinedRow(
                source: source, file: displayPath, line: error.location?.line,
                elementPath: error.location?.elementPath, field: error.location?.key,
                reason: error.code == .unsafeInput ? .unsafeInput : .fileError, message: error.message, raw: [UInt8]()))
    }
    try flush()
    return result
}
