import CZlib

/// What zlib said about a failed call: its own message (`stream.msg`, fixed text such as
/// "invalid block type", never data), or the return code when it gave none.
func zlibMessage(_ stream: UnsafeMutablePointer<z_stream>, code: Int32) -> String {
    if let message = stream.pointee.msg { return String(cString: message) }
    return "zlib error \(code)"
}

/// The `windowBits` that makes zlib read and write the gzip wrapper (header and CRC-32 trailer)
/// with the largest window.
let gzipWindowBits: Int32 = 16 + MAX_WBITS

/// `sizeof(z_stream)`, which zlib's init functions check against their own.
let zStreamSize = Int32(MemoryLayout<z_stream>.size)
