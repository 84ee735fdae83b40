import GoldenCore

/// Bytes already in memory, served as a byte source.
///
/// `maxChunk` caps how much one read returns, so tests can check that a reader copes with data
/// arriving in pieces of any size, down to one byte at a time.
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let maxChunk: Int
    private var offset = 0

    /// Serves `bytes`, at most `maxChunk` of them per read.
    public init(_ bytes: [UInt8], maxChunk: Int = .max) {
        precondition(maxChunk > 0, "maxChunk must be positive")
        self.bytes = bytes
        self.maxChunk = maxChunk
    }

    /// Copies the next bytes into `buffer`; 0 means all bytes were read.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, maxChunk, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { all in
            buffer.baseAddress!.copyMemory(from: all.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
