import CZlib
import GoldenCore

/// Gzip-compresses what is written to it (zlib `deflate` with a gzip wrapper) and passes the
/// compressed bytes on to another sink.
///
/// The gzip header carries no file name and a zero modification time, so the same input always
/// compresses to the same bytes.
final class GzipSink: FeedSink {
    private let downstream: any FeedSink
    private let stream: UnsafeMutablePointer<z_stream>
    private var input: [UInt8] = []
    private var output: [UInt8]
    private var open = true
    private let inputLimit = 1 << 16

    /// - Parameters:
    ///   - downstream: receives the compressed bytes; closed by ``close()``.
    ///   - level: zlib level 1 (fastest) … 9 (smallest).
    init(writingTo downstream: any FeedSink, level: Int32 = 6) throws {
        self.downstream = downstream
        output = [UInt8](repeating: 0, count: 1 << 17)
        input.reserveCapacity(inputLimit)
        // zlib keeps a pointer back to its stream: it must not move, so it lives on the heap.
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw GoldenError(.compression, "cannot start gzip compression (zlib \(status))")
        }
    }

    deinit {
        if open { deflateEnd(stream) }
        stream.deallocate()
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard open else { throw GoldenError(.io, "write to a closed gzip stream") }
        input.append(contentsOf: bytes)
        if input.count >= inputLimit { try deflatePending(finish: false) }
    }

    func close() throws {
        guard open else { return }
        try deflatePending(finish: true)
        deflateEnd(stream)
        open = false
        try downstream.close()
    }

    private func deflatePending(finish: Bool) throws {
        let flush = finish ? Z_FINISH : Z_NO_FLUSH
        let inputCount = input.count
        try input.withUnsafeMutableBufferPointer { source in
            stream.pointee.next_in = source.baseAddress
            stream.pointee.avail_in = UInt32(inputCount)
            var status: Int32
            var produced: Int
            repeat {
                (status, produced) = output.withUnsafeMutableBufferPointer { target in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = UInt32(target.count)
                    let status = deflate(stream, flush)
                    return (status, target.count - Int(stream.pointee.avail_out))
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw GoldenError(.compression, "gzip compression failed (zlib \(status))")
                }
                if produced > 0 {
                    try output.withUnsafeBytes {
                        try downstream.write(UnsafeRawBufferPointer(rebasing: $0[0..<produced]))
                    }
                }
            } while finish ? status != Z_STREAM_END : produced == output.count
            stream.pointee.next_in = nil
        }
        input.removeAll(keepingCapacity: true)
    }
}
