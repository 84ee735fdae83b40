/// A destination for bytes written in order: a plain file, or a compressor in front of one.
///
/// Code that writes an output file takes a `ByteSink` so that the caller chooses whether the file
/// is gzipped (``GzipWriter``) or not (``FileWriter``); ``ByteSinks/create(path:gzip:level:)``
/// makes either.
public protocol ByteSink: AnyObject {
    /// Writes `bytes` (possibly buffered).
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Flushes everything written, finishes the format and closes the file. Safe to call twice.
    func close() throws
}

extension ByteSink {
    /// Writes a collection of bytes, without copying when its storage is contiguous.
    public func write(_ bytes: some Collection<UInt8>) throws {
        let written: Void? = try bytes.withContiguousStorageIfAvailable {
            try write(UnsafeRawBufferPointer($0))
        }
        if written == nil {
            try Array(bytes).withUnsafeBytes { try write($0) }
        }
    }

    /// Writes the UTF-8 bytes of `string`.
    public func write(_ string: String) throws {
        var string = string
        try string.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}
