#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoldenCore

// Thin wrappers over the system calls the file types use. They live at file scope so that the
// types' own `read`/`write`/`close` methods do not shadow the C functions.

/// Builds the `.io` error for a failed system call on `path`: what was attempted and the system's
/// reason (`strerror`), never any file content.
func posixError(_ action: String, path: String, errno code: Int32) -> GoldenError {
    let reason = String(cString: strerror(code))
    return GoldenError(.io, "cannot \(action): \(reason)", at: SourceLocation(file: path))
}

/// Opens `path` with `flags` (and `mode` when creating), or throws the `.io` error saying why.
func posixOpen(_ path: String, flags: Int32, mode: mode_t = 0, action: String) throws -> Int32 {
    while true {
        let fd = open(path, flags | O_CLOEXEC, mode)
        if fd >= 0 { return fd }
        if errno == EINTR { continue }
        throw posixError(action, path: path, errno: errno)
    }
}

/// Whether the open descriptor `fd` names a directory.
func posixIsDirectory(_ fd: Int32) -> Bool {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) == S_IFDIR
}

/// One `read(2)`, retried on `EINTR`. Returns the count read; 0 at the end of the file.
func posixRead(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) throws -> Int {
    while true {
        let n = read(fd, buffer.baseAddress, buffer.count)
        if n >= 0 { return n }
        if errno == EINTR { continue }
        throw posixError("read", path: path, errno: errno)
    }
}

/// Writes all of `bytes`, looping over short writes and retrying on `EINTR`.
func posixWriteAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
    var offset = 0
    while offset < bytes.count {
        let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n >= 0 {
            offset += n
        } else if errno != EINTR {
            throw posixError("write", path: path, errno: errno)
        }
    }
}

/// Closes `fd`; returns the `errno` of a failed close (data not flushed), or nil.
@discardableResult
func posixClose(_ fd: Int32) -> Int32? {
    close(fd) == 0 ? nil : errno
}
