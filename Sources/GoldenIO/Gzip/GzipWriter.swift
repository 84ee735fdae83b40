import CZlib
import GoldenCore

/// A streaming gzip writer: deflates what it is given into another byte sink, by default a file.
///
/// Memory is bounded by one output chunk and zlib's compression state, whatever is written.
/// Call ``close()`` to finish the gzip trailer; a writer dropped without closing finishes and
/// closes on a best-effort basis and loses any error.
public final class GzipWriter: ByteSink {
    /// The compression level used when none is given (zlib's and `gzip`'s default).
    public static let defaultLevel = 6

    private static let chunkSize = 64 * 1024

    private let sink: any ByteSink
    private let file: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutableRawBufferPointer
    private var closed = false

    /// Creates (or truncates) the gzip file at `path`.
    ///
    /// - Parameter level: 0 (store) to 9 (smallest).
    /// - Throws: ``GoldenError`` with code `.config` for a level outside 0...9, `.io` when the file
    ///   cannot be created.
    public convenience init(path: String, level: Int = GzipWriter.defaultLevel) throws {
        try Self.check(level: level, file: path)  // before the file is created or truncated
        try self.init(wrapping: FileWriter(path: path), file: path, level: level)
    }

    /// Writes gzip data into `sink`, which it closes on ``close()``; `file` names it in errors.
    ///
    /// - Throws: ``GoldenError`` with code `.config` for a level outside 0...9.
    public init(wrapping sink: any ByteSink, file: String, level: Int = GzipWriter.defaultLevel) throws {
        try Self.check(level: level, file: file)
        self.sink = sink
        self.file = file
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let code = deflateInit2_(
            stream, Int32(level), Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
            zStreamSize)
        guard code == Z_OK else {
            stream.deallocate()
            throw GoldenError(.compression, "cannot start gzip encoder (zlib error \(code))", at: SourceLocation(file: file))
        }
        output = .allocate(byteCount: Self.chunkSize, alignment: 16)
    }

    deinit {
        try? close()
        deflateEnd(stream)
        stream.deallocate()
        output.deallocate()
    }

    /// Compresses `bytes` into the stream.
    ///
    /// - Throws: ``GoldenError`` with code `.io` when the sink fails or the writer is closed.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !closed else { throw GoldenError(.io, "write after close", at: SourceLocation(file: file)) }
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let slice = min(remaining, 1 << 30)
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = UInt32(slice)
            try deflateAll(flush: Z_NO_FLUSH)
            base += slice
            remaining -= slice
        }
    }

    /// Writes the gzip trailer and closes the sink. Safe to call twice.
    public func close() throws {
        guard !closed else { return }
        closed = true
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        do {
            try deflateAll(flush: Z_FINISH)
        } catch {
            try? sink.close()
            throw error
        }
        try sink.close()
    }

    /// Runs `deflate` until the input is consumed (and, for `Z_FINISH`, the stream is ended),
    /// handing each full output chunk to the sink.
    private func deflateAll(flush: Int32) throws {
        while true {
            stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = UInt32(output.count)
            let code = deflate(stream, flush)
            guard code == Z_OK || code == Z_STREAM_END || code == Z_BUF_ERROR else {
                let reason = zlibMessage(stream, code: code)
                throw GoldenError(.compression, "gzip encoder failed: \(reason)", at: SourceLocation(file: file))
            }
            let produced = output.count - Int(stream.pointee.avail_out)
            if produced > 0 { try sink.write(UnsafeRawBufferPointer(rebasing: output[0..<produced])) }
            if flush == Z_FINISH {
                if code == Z_STREAM_END { return }
            } else if stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 {
                return
            }
        }
    }

    private static func check(level: Int, file: String) throws {
        guard (0...9).contains(level) else {
            throw GoldenError(.config, "gzip level must be 0 to 9, got \(level)", at: SourceLocation(file: file))
        }
    }
}
