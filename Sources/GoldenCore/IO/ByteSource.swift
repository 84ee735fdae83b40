/// A stream of bytes read in chunks: a file, or a decompressor over another source.
///
/// Readers pull from a byte source so memory stays bounded by the chunk size, whatever the
/// size of the file.
public protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`. Returns the number read; 0 means the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
