#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import GoldenCore

/// A buffered POSIX file writer: creates (or truncates) a file and appends to it in large writes.
final class FileSink: FeedSink {
    let path: String
    private var descriptor: Int32
    private var buffer: UnsafeMutableRawBufferPointer
    private var used = 0

    /// Creates or truncates the file at `path`.
    init(path: String, bufferSize: Int = 1 << 20) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw GoldenError(.io, "cannot create \(path) (errno \(errno))")
        }
        buffer = .allocate(byteCount: bufferSize, alignment: 16)
    }

    deinit {
        if descriptor >= 0 { _ = Glibc_close(descriptor) }
        buffer.deallocate()
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw GoldenError(.io, "write to closed file \(path)") }
        if used + bytes.count > buffer.count { try flush() }
        if bytes.count >= buffer.count {
            try writeFully(bytes)
            return
        }
        UnsafeMutableRawBufferPointer(rebasing: buffer[used..<used + bytes.count])
            .copyMemory(from: bytes)
        used += bytes.count
    }

    func close() throws {
        guard descriptor >= 0 else { return }
        try flush()
        let result = Glibc_close(descriptor)
        descriptor = -1
        guard result == 0 else { throw GoldenError(.io, "cannot close \(path) (errno \(errno))") }
    }

    private func flush() throws {
        guard used > 0 else { return }
        try writeFully(UnsafeRawBufferPointer(rebasing: buffer[0..<used]))
        used = 0
    }

    private func writeFully(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc_write(
                descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw GoldenError(.io, "cannot write \(path) (errno \(errno))")
            }
            offset += written
        }
    }
}

/// Creates `path` and its missing parents, like `mkdir -p`.
func makeDirectories(_ path: String) throws {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
        prefix += component
        if mkdir(prefix, 0o755) != 0, errno != EEXIST {
            throw GoldenError(.io, "cannot create directory \(prefix) (errno \(errno))")
        }
        prefix += "/"
    }
}

/// Deletes the files in `directory` whose names `matches` accepts (directory entries that are
/// not regular files are left alone).
func removeFiles(in directory: String, where matches: (String) -> Bool) throws {
    guard let handle = opendir(directory) else { return }
    defer { closedir(handle) }
    var doomed: [String] = []
    while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if matches(name) { doomed.append(name) }
    }
    for name in doomed where unlink(directory + "/" + name) != 0 && errno != ENOENT {
        throw GoldenError(.io, "cannot remove \(directory)/\(name) (errno \(errno))")
    }
}

// `close` and `write` are shadowed by the sink's own methods inside the class.
@inline(__always) private func Glibc_close(_ descriptor: Int32) -> Int32 { close(descriptor) }
@inline(__always) private func Glibc_write(
    _ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int
) -> Int { write(descriptor, bytes, count) }
