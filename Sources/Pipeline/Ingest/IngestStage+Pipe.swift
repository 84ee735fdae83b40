import GoldenCore
import Ingest
import Store

extension IngestStage {
    /// What the reading thread hands to the writing one: the file's chunks in order, then what
    /// the file yielded.
    enum FilePiece: Sendable {
        case chunk(IngestChunk)
        case finished(FileIngestResult)
    }

    /// Reads one file on a thread of its own and writes its chunks to `batch` on this one, so
    /// that parsing and mapping a chunk overlaps with writing the one before.
    ///
    /// The store sees what a serial ingest would write: the chunks in file order, each in its own
    /// transaction. A config or store error of the reader, or a failed write, ends the file and is
    /// thrown (after a failed write no later chunk is written); a file-level failure is a
    /// quarantined row in the result, as ``ingestFile(path:displayPath:source:mapping:maxFieldBytes:chunkSize:emit:)``
    /// makes it.
    func readAndWrite(path: String, relative: String, source: WorkspaceConfig.Source, batch: Int64, runID: Int64)
        throws(GoldenError) -> FileIngestResult
    {
        let pipe = BatchPipe<FilePiece>(capacity: 2)
        let (name, mapping) = (source.name, source.mapping)
        let (maxFieldBytes, chunkSize) = (config.ingest.maxFieldBytes, config.ingest.batchSize)
        pipe.produce { put in
            let result = try ingestFile(
                path: path, displayPath: relative, source: name, mapping: mapping, maxFieldBytes: maxFieldBytes,
                chunkSize: chunkSize
            ) { (chunk) throws(GoldenError) in
                do {
                    try put(.chunk(chunk))
                } catch {
                    // The writer gave up; it throws its own error.
                    throw GoldenError(.store, "Stopped reading \(relative): its chunks could not be written")
                }
            }
            try put(.finished(result))
        }
        var result: FileIngestResult?
        do {
            while let piece = try pipe.take() {
                switch piece {
                case .chunk(let chunk): try store.write(chunk, batch: batch, runID: runID)
                case .finished(let finished): result = finished
                }
            }
        } catch {
            pipe.cancel()
            throw error
        }
        guard let result else { throw GoldenError(.store, "Reading \(relative) ended without a result") }
        return result
    }
}
