#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoldenCore

/// A file read with POSIX `open`/`read`, in chunks of ``chunkSize`` bytes.
///
/// Reads of at least ``chunkSize`` bytes go straight into the caller's buffer; smaller reads are
/// served from an internal chunk, so a reader asking for one byte at a time does not make one
/// system call per byte. ``peek(upTo:)`` looks at the first bytes without consuming them, which is
/// how ``ByteSources/open(path:)`` sniffs a format.
public final class FileByteSource: ByteSource {
    /// The size of one `read` system call.
    public static let chunkSize = 64 * 1024

    /// The path the file was opened with.
    public let path: String
    private var descriptor: Int32
    private let chunk: UnsafeMutableRawBufferPointer
    private var chunkStart = 0
    private var chunkEnd = 0

    /// Opens `path` for reading.
    ///
    /// - Throws: ``GoldenError`` with code `.io` when the file cannot be opened or is a directory;
    ///   the message gives the system's reason.
    public init(path: String) throws {
        let fd = try posixOpen(path, flags: O_RDONLY, action: "open for reading")
        if posixIsDirectory(fd) {
            posixClose(fd)
            throw posixError("read", path: path, errno: EISDIR)
        }
        self.path = path
        self.descriptor = fd
        self.chunk = .allocate(byteCount: Self.chunkSize, alignment: 16)
    }

    deinit {
        close()
        chunk.deallocate()
    }

    /// Reads up to `buffer.count` bytes; 0 means the end of the file.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if chunkStart < chunkEnd { return copyFromChunk(into: buffer) }
        if buffer.count >= Self.chunkSize { return try systemRead(into: buffer) }
        chunkStart = 0
        chunkEnd = try systemRead(into: chunk)
        return copyFromChunk(into: buffer)
    }

    /// Returns up to `count` bytes from the current position without consuming them; fewer only
    /// at the end of the file.
    ///
    /// - Precondition: `count <= FileByteSource.chunkSize`.
    public func peek(upTo count: Int) throws -> [UInt8] {
        precondition(count <= Self.chunkSize, "peek is limited to one chunk")
        if chunkStart > 0 {
            let pending = chunkEnd - chunkStart
            chunk.baseAddress!.copyMemory(from: chunk.baseAddress! + chunkStart, byteCount: pending)
            chunkStart = 0
            chunkEnd = pending
        }
        while chunkEnd < count {
            let n = try systemRead(into: UnsafeMutableRawBufferPointer(rebasing: chunk[chunkEnd...]))
            if n == 0 { break }
            chunkEnd += n
        }
        return Array(chunk[0..<min(count, chunkEnd)])
    }

    /// Closes the file descriptor; later reads return the end of the file. Safe to call twice.
    public func close() {
        guard descriptor >= 0 else { return }
        posixClose(descriptor)
        descriptor = -1
        chunkStart = 0
        chunkEnd = 0
    }

    private func copyFromChunk(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(buffer.count, chunkEnd - chunkStart)
        guard n > 0 else { return 0 }
        buffer.baseAddress!.copyMemory(from: chunk.baseAddress! + chunkStart, byteCount: n)
        chunkStart += n
        return n
    }

    private func systemRead(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard descriptor >= 0, buffer.count > 0 else { return 0 }
        return try posixRead(descriptor, into: buffer, path: path)
    }
}
