#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoldenCore

/// A buffered file writer over POSIX `open`/`write`. Creates the file or truncates it.
///
/// Writes are collected in a buffer of ``bufferSize`` bytes; larger writes go straight to the
/// file. Call ``close()`` to see errors from the last writes: a writer dropped without closing
/// flushes and closes on a best-effort basis and loses any error.
public final class FileWriter: ByteSink {
    /// The default size of the write buffer.
    public static let defaultBufferSize = 64 * 1024

    /// The path the file was created with.
    public let path: String
    private var descriptor: Int32
    private let buffer: UnsafeMutableRawBufferPointer
    private var buffered = 0

    /// Creates (or truncates) the file at `path`, with permissions `0644` before the umask.
    ///
    /// - Throws: ``GoldenError`` with code `.io` when the file cannot be created.
    public init(path: String, bufferSize: Int = FileWriter.defaultBufferSize) throws {
        precondition(bufferSize > 0, "bufferSize must be positive")
        descriptor = try posixOpen(
            path, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o644, action: "create for writing")
        self.path = path
        buffer = .allocate(byteCount: bufferSize, alignment: 16)
    }

    deinit {
        try? close()
        buffer.deallocate()
    }

    /// Appends `bytes` to the file.
    ///
    /// - Throws: ``GoldenError`` with code `.io` when writing fails or the writer is closed.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw GoldenError(.io, "write after close", at: location) }
        if buffered + bytes.count <= buffer.count {
            if bytes.count > 0 {
                (buffer.baseAddress! + buffered).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
                buffered += bytes.count
            }
            return
        }
        try flush()
        if bytes.count >= buffer.count {
            try posixWriteAll(descriptor, bytes, path: path)
        } else {
            buffer.baseAddress!.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            buffered = bytes.count
        }
    }

    /// Hands the buffered bytes to the operating system.
    public func flush() throws {
        guard descriptor >= 0, buffered > 0 else { return }
        let pending = UnsafeRawBufferPointer(rebasing: buffer[0..<buffered])
        buffered = 0
        try posixWriteAll(descriptor, pending, path: path)
    }

    /// Flushes and closes the file. Safe to call twice.
    public func close() throws {
        guard descriptor >= 0 else { return }
        defer { descriptor = -1 }
        do {
            try flush()
        } catch {
            posixClose(descriptor)
            throw error
        }
        if let code = posixClose(descriptor) { throw posixError("close", path: path, errno: code) }
    }

    private var location: SourceLocation { SourceLocation(file: path) }
}
