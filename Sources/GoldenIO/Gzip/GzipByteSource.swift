import CZlib
import GoldenCore

/// Inflates a gzip stream read from another byte source.
///
/// - Multi-member files (`cat a.gz b.gz`) read as the concatenation of their members, as `gzip -d`
///   does.
/// - After the last member, zero bytes up to the end are accepted as padding (tape and block
///   devices add them; a gzip member can never start with `00`). Any other trailing data is an
///   error, not silently ignored.
/// - An input that ends inside a member, or corrupt data (bad header, bad block, CRC mismatch),
///   throws ``GoldenError`` with code `.compression`, saying how many uncompressed bytes were
///   delivered before the failure.
///
/// Memory is bounded: one input chunk of ``chunkSize`` bytes plus zlib's 32 KiB window; output is
/// inflated straight into the caller's buffer.
public final class GzipByteSource: ByteSource {
    /// The size of one read from the compressed source.
    public static let chunkSize = 64 * 1024

    /// The uncompressed bytes delivered so far.
    public private(set) var uncompressedOffset = 0

    private enum State {
        case inMember, betweenMembers, padding, finished
    }

    private let source: any ByteSource
    private let file: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableRawBufferPointer
    private var state = State.inMember
    private var sourceEnded = false

    /// Reads gzip data from `source`; `file` names it in errors.
    ///
    /// - Throws: ``GoldenError`` with code `.compression` when zlib cannot be initialised.
    public init(wrapping source: any ByteSource, file: String) throws {
        self.source = source
        self.file = file
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let code = inflateInit2_(stream, gzipWindowBits, zlibVersion(), zStreamSize)
        guard code == Z_OK else {
            stream.deallocate()
            throw GoldenError(.compression, "cannot start gzip decoder (zlib error \(code))", at: SourceLocation(file: file))
        }
        input = .allocate(byteCount: Self.chunkSize, alignment: 16)
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        input.deallocate()
    }

    /// Inflates up to `buffer.count` bytes into `buffer`; 0 means the end of the last member.
    ///
    /// - Throws: ``GoldenError`` with code `.compression` when the stream is truncated or corrupt,
    ///   and whatever the underlying source throws.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            if stream.pointee.avail_in == 0 && !sourceEnded && state != .finished { try refill() }
            switch state {
            case .finished:
                return 0
            case .betweenMembers:
                guard stream.pointee.avail_in > 0 else {
                    state = .finished
                    return 0
                }
                if stream.pointee.next_in.pointee == 0 {
                    state = .padding
                } else {
                    inflateReset(stream)
                    state = .inMember
                }
            case .padding:
                try skipZeroPadding()
            case .inMember:
                let produced = try inflateMember(into: buffer)
                if produced > 0 { return produced }
            }
        }
    }

    /// One `inflate` call into `buffer`; returns the bytes produced (possibly 0 while headers are
    /// read or more input is needed).
    private func inflateMember(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard stream.pointee.avail_in > 0 else {
            throw failure("gzip stream truncated after \(uncompressedOffset) bytes of output")
        }
        let availableIn = stream.pointee.avail_in
        let capacity = UInt32(truncatingIfNeeded: min(buffer.count, Int(UInt32.max)))
        stream.pointee.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = capacity
        let code = inflate(stream, Z_NO_FLUSH)
        let produced = Int(capacity - stream.pointee.avail_out)
        uncompressedOffset += produced
        switch code {
        case Z_STREAM_END:
            state = .betweenMembers
        case Z_OK:
            break
        case Z_BUF_ERROR where produced > 0 || stream.pointee.avail_in < availableIn:
            break
        default:
            let reason = zlibMessage(stream, code: code)
            throw failure("gzip stream corrupt after \(uncompressedOffset) bytes of output: \(reason)")
        }
        return produced
    }

    /// Consumes zero bytes after the last member; anything else there is corrupt data.
    private func skipZeroPadding() throws {
        while stream.pointee.avail_in > 0 {
            guard stream.pointee.next_in.pointee == 0 else {
                throw failure("gzip stream corrupt after \(uncompressedOffset) bytes of output: data after zero padding")
            }
            stream.pointee.next_in += 1
            stream.pointee.avail_in -= 1
        }
        if sourceEnded { state = .finished }
    }

    private func refill() throws {
        let n = try source.read(into: input)
        if n == 0 { sourceEnded = true }
        stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = UInt32(n)
    }

    private func failure(_ message: String) -> GoldenError {
        GoldenError(.compression, message, at: SourceLocation(file: file))
    }
}
